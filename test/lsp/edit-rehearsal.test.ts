import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lsp-client';
import { makeWorkspace, removeWorkspace, REPO, Workspace } from '../workspace';
import { analyzeDraft } from '../../server/src/core/checks/check';
import { rehearsalEdit } from '../../server/src/edit-rehearsal';
import { seedCorpus } from '../core/seed-corpus';

// After a draft's first check the server rehearses an edit in the background. The rehearsal publishes nothing, and
// its check goes into the sentence cache like any check ahead: the same edit made for real checks nothing anew.

const SAMPLE = fs.readFileSync(path.join(REPO, 'examples', 'draft.md'), 'utf8');

describe('language server rehearsing an edit', function () {
  this.timeout(90_000);
  let ws: Workspace;
  afterEach(() => removeWorkspace(ws));

  it('rehearses an edit after the first check, publishes nothing for it, and the real edit finds it checked', async () => {
    ws = makeWorkspace('Draf kosong.\n');
    const client = new LspClient({ 'workspace/configuration': (p: any) => p.items.map(() => ({ debounceMs: 0, indexCache: false, checkDraftsAhead: 0 })) });
    try {
      await client.request('initialize', { processId: process.pid, rootUri: ws.rootUri, workspaceFolders: [{ uri: ws.rootUri, name: 'ws' }], capabilities: { workspace: { configuration: true } } });
      client.notify('initialized', {});
      await client.waitFor('sumber/status', p => p.state === 'ready', 60_000);
      const uri = pathToFileURL(path.join(ws.dir, 'baru.md')).toString();
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: SAMPLE } });
      const first = await client.waitFor('textDocument/publishDiagnostics', p => p.uri === uri, 60_000);
      await client.waitFor('window/logMessage', p => p.message.startsWith(`sumber: rehearsed an edit of ${uri}`), 60_000);
      const published = () => client.notifications.filter(n => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri).length;
      assert.equal(published(), 1, 'the rehearsal published no diagnostics');
      const edited = rehearsalEdit(analyzeDraft(seedCorpus(), SAMPLE, 'markdown'))!;
      client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
      const second = await client.waitFor('textDocument/publishDiagnostics', p => p.uri === uri && p.version === 2, 60_000);
      const checks = client.notifications.filter(n => n.method === 'window/logMessage' && n.params.message.startsWith(`sumber: checked ${uri}`));
      assert.equal(checks.length, 2);
      assert.match(checks[1].params.message, / 0 sentence\(s\) checked anew/);
      assert.equal(second.diagnostics.length, first.diagnostics.length);
    } finally { await client.shutdown(); }
  });
});
