import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LspClient } from './lsp-client';
import { makeWorkspace, removeWorkspace, Workspace } from '../workspace';

// Go to source for an editor that takes links (VS Code does): the source's quoted words are the link's
// selection, so the editor scrolls to them even on a source written one paragraph per line, and the whole draft
// quote is the link's origin. An editor that does not take links still gets the words' place.

const DRAFT = 'Blinken menuduh China menjadi “kontributor utama” perang Moskow.\n';
const SOURCE = '004_b5881bf3274fa01a.txt';

async function start(ws: Workspace, linkSupport: boolean): Promise<LspClient> {
  const client = new LspClient();
  await client.request('initialize', {
    processId: process.pid, rootUri: ws.rootUri, workspaceFolders: null,
    capabilities: { textDocument: { definition: { linkSupport } } },
  });
  client.notify('initialized', {});
  client.notify('textDocument/didOpen', { textDocument: { uri: ws.draftUri, languageId: 'markdown', version: 1, text: DRAFT } });
  await client.waitFor('sumber/status', p => p.state === 'ready');
  return client;
}

/** The text a single-line range covers in a file. */
function textAt(file: string, range: any): string {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  assert.equal(range.start.line, range.end.line);
  return lines[range.start.line].slice(range.start.character, range.end.character);
}

describe('go to source as a link', function () {
  this.timeout(30000);
  let ws: Workspace;
  before(() => { ws = makeWorkspace(DRAFT); });
  after(() => removeWorkspace(ws));

  it('selects the quoted words in the source, within their sentence, from the whole draft quote', async () => {
    const client = await start(ws, true);
    try {
      const links = await client.request<any[]>('textDocument/definition', { textDocument: { uri: ws.draftUri }, position: { line: 0, character: 35 } });
      const link = links.find(l => l.targetUri.endsWith(SOURCE));
      assert.ok(link, JSON.stringify(links));
      const file = path.join(ws.dir, 'seeds', SOURCE);
      assert.equal(textAt(file, link.targetSelectionRange), 'kontributor utama');
      assert.match(textAt(file, link.targetRange), /^Selama kunjungannya ke Beijing bulan lalu, Blinken .*kontributor utama/);
      assert.deepEqual(link.originSelectionRange, { start: { line: 0, character: 30 }, end: { line: 0, character: 49 } });
      assert.equal(DRAFT.slice(30, 49), '“kontributor utama”');
    } finally { await client.shutdown(); }
  });

  it('gives the quoted words\' place to an editor that does not take links', async () => {
    const client = await start(ws, false);
    try {
      const locs = await client.request<any[]>('textDocument/definition', { textDocument: { uri: ws.draftUri }, position: { line: 0, character: 35 } });
      const loc = locs.find(l => l.uri.endsWith(SOURCE));
      assert.ok(loc && !('targetUri' in loc), JSON.stringify(locs));
      assert.equal(textAt(path.join(ws.dir, 'seeds', SOURCE), loc.range), 'kontributor utama');
    } finally { await client.shutdown(); }
  });
});
