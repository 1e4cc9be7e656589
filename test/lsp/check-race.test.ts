import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lsp-client';
import { makeWorkspace, removeWorkspace, Workspace } from '../workspace';

// A check reads the settings, then waits for the corpus and the draft's analysis, which read them again; the
// client may answer differently in between (found by the fuzzer, npm run fuzz, whose client changes its settings
// at any moment). A draft under the size limit at the first read and over it at the second made the check throw
// ("Cannot read properties of undefined (reading 'facts')"). Here the client's answers alternate between a limit
// the drafts are under and one they are over, so whichever read comes second, some check sees both.

const DRAFT = 'China menyediakan sekitar 40 persen peralatan mesin yang diimpor Rusia. '.repeat(30);

describe('language server when the size limit changes during a check', function () {
  this.timeout(30000);
  let ws: Workspace;
  beforeEach(() => { ws = makeWorkspace(DRAFT); });
  afterEach(() => removeWorkspace(ws));

  it('checks every draft to the end, and no check fails', async () => {
    let asked = 0;
    const client = new LspClient({ 'workspace/configuration': (p: any) => p.items.map(() => ({ maxDraftSizeKB: asked++ % 2 ? 1 : 64, debounceMs: 0 })) });
    try {
      await client.request('initialize', { processId: process.pid, rootUri: ws.rootUri, capabilities: { workspace: { configuration: true } } });
      client.notify('initialized', {});
      await client.waitFor('sumber/status', p => p.state === 'ready');
      for (let i = 0; i < 4; i++) {
        const uri = pathToFileURL(path.join(ws.dir, `draft${i}.md`)).toString();
        client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: DRAFT } });
        await new Promise(r => setTimeout(r, 400));
      }
      const failures = client.notifications.filter(n => n.method === 'window/logMessage' && /failed/.test(n.params.message)).map(n => n.params.message);
      assert.deepEqual(failures, []);
    } finally { await client.shutdown(); }
  });
});
