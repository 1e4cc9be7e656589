import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { LspClient, SERVER } from './lsp-client';
import { makeWorkspace, removeWorkspace } from '../workspace';
import { DRAFT } from './notes-draft';

// After each check the server tells the client how much of the draft the sources back (sumber/coverage), in the
// findings' language; the command line prints the same line under a draft's findings.


describe('draft coverage over LSP and on the command line', function () {
  this.timeout(30000);

  it('sends the coverage of each check, and the CLI prints the same sentence', async () => {
    const ws = makeWorkspace(DRAFT);
    const client = new LspClient();
    try {
      await client.request('initialize', { processId: process.pid, rootUri: ws.rootUri, capabilities: {} });
      client.notify('initialized', {});
      client.notify('textDocument/didOpen', { textDocument: { uri: ws.draftUri, languageId: 'markdown', version: 1, text: DRAFT } });
      const sent = await client.waitFor('sumber/coverage', p => p.uri === ws.draftUri);
      assert.equal(sent.version, 1);
      assert.deepEqual(sent.coverage, { claims: 3, supported: 1, errors: 1, unsupported: 1, summary: '1 dari 3 klaim didukung sumber · 1 keliru · 1 tanpa sumber' });
      const text = spawnSync(process.execPath, [SERVER, 'check', 'draft.md'], { cwd: ws.dir, encoding: 'utf8' }).stdout;
      assert.match(text, /^draft\.md: 1 dari 3 klaim didukung sumber · 1 keliru · 1 tanpa sumber$/m);
      const json = JSON.parse(spawnSync(process.execPath, [SERVER, 'check', '--format', 'json', '--lang', 'en', 'draft.md'], { cwd: ws.dir, encoding: 'utf8' }).stdout);
      assert.deepEqual(json.files[0].coverage, { claims: 3, supported: 1, errors: 1, unsupported: 1, summary: '1 of 3 claims supported · 1 error · 1 unsupported' });
    } finally { await client.shutdown(); removeWorkspace(ws); }
  });
});
