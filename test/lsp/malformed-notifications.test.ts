import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LspClient } from './lsp-client';
import { makeWorkspace, removeWorkspace, Workspace } from '../workspace';

// Notifications the fuzzer (npm run fuzz) found the server mishandling: a file event naming a URI with no local
// path made the server drop the rest of the batch, and an open without text left a document whose every check
// threw (an open without a version is now taken as version 0, so an open again must not reuse the old analysis).
// Notifications get no answer, so the only signs are in what the server does next and what it logs.

const DRAFT = 'China menyediakan sekitar 40 persen peralatan mesin yang diimpor Rusia.\n';

async function start(ws: Workspace): Promise<LspClient> {
  const client = new LspClient();
  await client.request('initialize', {
    processId: process.pid, rootUri: ws.rootUri, workspaceFolders: [{ uri: ws.rootUri, name: 'ws' }],
    capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
  });
  client.notify('initialized', {});
  return client;
}

const logged = (client: LspClient, pattern: RegExp) => client.notifications.some(n => n.method === 'window/logMessage' && pattern.test(n.params.message));
const mismatch = (d: any[]) => d.some(x => x.code === 'number-mismatch');

describe('language server and malformed notifications', function () {
  this.timeout(30000);
  let ws: Workspace;
  beforeEach(() => { ws = makeWorkspace(DRAFT); });
  afterEach(() => removeWorkspace(ws));

  it('re-indexes a changed source even when the same file event lists URIs that are no local files', async () => {
    const client = await start(ws);
    try {
      client.notify('textDocument/didOpen', { textDocument: { uri: ws.draftUri, languageId: 'markdown', version: 1, text: DRAFT } });
      await client.waitFor('textDocument/publishDiagnostics', p => p.uri === ws.draftUri && mismatch(p.diagnostics));
      // The source now says what the draft says; the event names it after two URIs with no local path.
      const source = path.join(ws.dir, 'seeds', '004_b5881bf3274fa01a.txt');
      fs.writeFileSync(source, fs.readFileSync(source, 'utf8').replace('70 persen', '40 persen'));
      client.notify('workspace/didChangeWatchedFiles', { changes: [
        { uri: 'file://fileserver/share/notes.md', type: 2 },
        { uri: 'file:///%E0%A4%A', type: 2 },
        { uri: ws.rootUri + '/seeds/004_b5881bf3274fa01a.txt', type: 2 },
      ] });
      await client.waitFor('textDocument/publishDiagnostics', p => p.uri === ws.draftUri && !mismatch(p.diagnostics), 10000);
      assert.ok(!logged(client, /onDidChangeWatchedFiles failed/));
    } finally { await client.shutdown(); }
  });

  it('ignores an open without text, and takes an open without version or language', async () => {
    const client = await start(ws);
    try {
      const other = ws.rootUri + '/other.md';
      client.notify('textDocument/didOpen', { textDocument: { uri: other, languageId: 'markdown', version: 1 } });
      client.notify('textDocument/didOpen', { textDocument: { uri: ws.draftUri, text: DRAFT } });
      await client.waitFor('textDocument/publishDiagnostics', p => p.uri === ws.draftUri && mismatch(p.diagnostics));
      assert.equal(await client.request('textDocument/hover', { textDocument: { uri: other }, position: { line: 0, character: 0 } }), null);
      // A check of the open without text would have been scheduled with the draft's and failed by now.
      await new Promise(r => setTimeout(r, 500));
      assert.ok(logged(client, /malformed document open for .*other\.md was ignored: no text/));
      assert.ok(!logged(client, /failed/), JSON.stringify(client.notifications.filter(n => n.method === 'window/logMessage').map(n => n.params.message)));
    } finally { await client.shutdown(); }
  });

  it('answers about the new text when a document is opened again at the same version without being closed', async () => {
    const client = await start(ws);
    try {
      const at = { textDocument: { uri: ws.draftUri }, position: { line: 0, character: 2 } };
      client.notify('textDocument/didOpen', { textDocument: { uri: ws.draftUri, languageId: 'markdown', version: 1, text: DRAFT } });
      assert.match((await client.request('textDocument/hover', at)).contents.value, /China/);
      client.notify('textDocument/didOpen', { textDocument: { uri: ws.draftUri, languageId: 'markdown', version: 1, text: 'Blinken menuduh China.\n' } });
      assert.match((await client.request('textDocument/hover', at)).contents.value, /Antony Blinken/);
    } finally { await client.shutdown(); }
  });
});
