import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LspClient } from './lsp-client';
import { makeWorkspace, removeWorkspace, Workspace } from '../workspace';
import { DISPLAY_LANGUAGE_OPTION, SOURCES_REQUEST, SourcesResult, StatusParams } from '../../server/src/protocol';

// The writer's language over LSP. A name's hover speaks the findings' language (the draft's, or the setting's);
// what belongs to no draft (the corpus status, a skipped file's reason in the status and the Sources view) speaks
// the editor's display language, which the client gives in its initialization options, unless
// `sumber.messageLanguage` names one. A client that gives none gets English.

const DRAFT = 'Menurut Xi, hubungan kedua negara itu kuat.\n';
const HOVER_XI = (ws: Workspace) => ({ textDocument: { uri: ws.draftUri }, position: { line: 0, character: 9 } });

async function start(ws: Workspace, displayLanguage: string | undefined, config: Record<string, unknown>): Promise<{ client: LspClient; status: StatusParams }> {
  const client = new LspClient({ 'workspace/configuration': (p: any) => p.items.map(() => config) });
  await client.request('initialize', {
    processId: process.pid, rootUri: ws.rootUri, workspaceFolders: null, capabilities: { workspace: { configuration: true } },
    ...(displayLanguage ? { initializationOptions: { [DISPLAY_LANGUAGE_OPTION]: displayLanguage } } : {}),
  });
  client.notify('initialized', {});
  // A server that never gets ready is stopped here: the test fails, and leaves nothing running.
  const status = await client.waitFor('sumber/status', (p: StatusParams) => p.state === 'ready').catch(e => { client.kill(); throw e; });
  client.notify('textDocument/didOpen', { textDocument: { uri: ws.draftUri, languageId: 'markdown', version: 1, text: DRAFT } });
  return { client, status };
}

describe('the writer\'s language over LSP: the hover and what belongs to no draft', function () {
  this.timeout(40000);
  let ws: Workspace;
  before(() => {
    ws = makeWorkspace(DRAFT);
    fs.writeFileSync(path.join(ws.dir, 'seeds', 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
  });
  after(() => removeWorkspace(ws));

  it('says the status and the skipped file in Indonesian in an Indonesian editor, and the hover of an Indonesian draft too', async () => {
    const { client, status } = await start(ws, 'id', { debounceMs: 0 });
    try {
      assert.equal(status.message, '5 dokumen diindeks; 1 berkas yang tak terbaca dilewati.');
      assert.deepEqual(status.skipped, ['seeds/photo.txt adalah berkas biner']);
      const indexing = client.notifications.find(n => n.method === 'sumber/status' && n.params.state === 'indexing');
      assert.match(indexing?.params.message ?? '', /^Mengindeks /);
      const { folders } = await client.request<SourcesResult>(SOURCES_REQUEST, {});
      assert.equal(folders[0].skipped[0].reason, 'adalah berkas biner');
      const hover = await client.request('textDocument/hover', HOVER_XI(ws));
      assert.match(hover.contents.value, /^\*\*Xi Jinping\*\* · orang/);
      assert.match(hover.contents.value, /Disebut \d+ kali dalam 5 dokumen\./);
    } finally { await client.shutdown(); }
  });

  it('speaks English in an English editor, but the hover of an Indonesian draft stays Indonesian', async () => {
    const { client, status } = await start(ws, 'en-us', { debounceMs: 0 });
    try {
      assert.equal(status.message, '5 documents indexed; skipped 1 unreadable file.');
      assert.deepEqual(status.skipped, ['seeds/photo.txt is a binary file']);
      assert.match((await client.request('textDocument/hover', HOVER_XI(ws))).contents.value, /Disebut \d+ kali/);
    } finally { await client.shutdown(); }
  });

  it('follows sumber.messageLanguage over both the editor and the draft', async () => {
    const { client, status } = await start(ws, 'id', { debounceMs: 0, messageLanguage: 'en' });
    try {
      assert.equal(status.message, '5 documents indexed; skipped 1 unreadable file.');
      const { folders } = await client.request<SourcesResult>(SOURCES_REQUEST, {});
      assert.equal(folders[0].skipped[0].reason, 'is a binary file');
      const hover = (await client.request('textDocument/hover', HOVER_XI(ws))).contents.value;
      assert.match(hover, /^\*\*Xi Jinping\*\* · person/);
      assert.match(hover, /Mentioned \d+ times in 5 documents\./);
    } finally { await client.shutdown(); }
  });
});
