import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lsp-client';
import { makeWorkspace, removeWorkspace, REPO, SEEDS, Workspace } from '../workspace';

// Once the sources are indexed, the server checks the newest drafts on disk in the background, so that the draft
// a writer opens next shows its findings from that check; a draft the writer opens meanwhile is checked first.

const SAMPLE = fs.readFileSync(path.join(REPO, 'examples', 'draft.md'), 'utf8');
/** A long draft (the seed articles one after the other): checking it ahead takes long enough to be interrupted. */
const LONG = fs.readdirSync(SEEDS).sort().map(f => fs.readFileSync(path.join(SEEDS, f), 'utf8')).join('\n\n');

async function start(ws: Workspace, config: Record<string, unknown> = {}): Promise<LspClient> {
  const client = new LspClient({ 'workspace/configuration': (p: any) => p.items.map(() => ({ debounceMs: 0, indexCache: false, ...config })) });
  await client.request('initialize', { processId: process.pid, rootUri: ws.rootUri, workspaceFolders: [{ uri: ws.rootUri, name: 'ws' }], capabilities: { workspace: { configuration: true } } });
  client.notify('initialized', {});
  await client.waitFor('sumber/status', p => p.state === 'ready', 60_000);
  return client;
}

const logged = (client: LspClient, pattern: RegExp) => client.waitFor('window/logMessage', p => pattern.test(p.message), 60_000).then(p => p.message as string);

describe('language server checking ahead', function () {
  this.timeout(90_000);
  let ws: Workspace;
  afterEach(() => removeWorkspace(ws));

  it('checks the draft on disk before it is opened; opened, it shows the findings of that check', async () => {
    ws = makeWorkspace(SAMPLE);
    const client = await start(ws);
    try {
      assert.match(await logged(client, /checked ahead/), /checked ahead 1 draft\(s\) on disk/);
      client.notify('textDocument/didOpen', { textDocument: { uri: ws.draftUri, languageId: 'markdown', version: 1, text: SAMPLE } });
      const published = await client.waitFor('textDocument/publishDiagnostics', p => p.uri === ws.draftUri, 60_000);
      assert.ok(published.diagnostics.length > 0);
      assert.match(await logged(client, /checked file:.*draft\.md in/), /: \d+ finding\(s\), 0 sentence\(s\) checked anew/);
    } finally { await client.shutdown(); }
  });

  it('checks a draft opened meanwhile first, then goes on', async () => {
    ws = makeWorkspace(LONG);
    const client = await start(ws);
    try {
      const other = pathToFileURL(path.join(ws.dir, 'baru.md')).toString();
      client.notify('textDocument/didOpen', { textDocument: { uri: other, languageId: 'markdown', version: 1, text: SAMPLE } });
      await client.waitFor('textDocument/publishDiagnostics', p => p.uri === other && p.diagnostics.length > 0, 60_000);
      const published = client.notifications.findIndex(n => n.method === 'textDocument/publishDiagnostics' && n.params.uri === other);
      assert.ok(!client.notifications.slice(0, published).some(n => n.method === 'window/logMessage' && /checked ahead/.test(n.params.message)),
        'the opened draft did not wait for the long draft on disk to be checked ahead');
      // Then the draft on disk is checked in full: opened, nothing in it is checked anew.
      assert.match(await logged(client, /checked ahead/), /checked ahead 1 draft\(s\) on disk/);
      client.notify('textDocument/didOpen', { textDocument: { uri: ws.draftUri, languageId: 'markdown', version: 1, text: LONG } });
      assert.match(await logged(client, /checked file:.*draft\.md in/), / 0 sentence\(s\) checked anew/);
    } finally { await client.shutdown(); }
  });

  it('checks no draft on disk when the setting says 0', async () => {
    ws = makeWorkspace(SAMPLE);
    const client = await start(ws, { checkDraftsAhead: 0 });
    try {
      assert.match(await logged(client, /checked ahead/), /checked ahead 0 draft\(s\) on disk/);
    } finally { await client.shutdown(); }
  });
});
