import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { LspClient, SERVER } from './lsp-client';
import { makeWorkspace, removeWorkspace, Workspace } from '../workspace';

// The language of the findings as an editor gets them: the draft's own by default, or the one
// `sumber.messageLanguage` names for the draft's folder (read per resource, as VS Code answers it), with the
// quick fixes titled in it too; the command line's --lang says the same words; and each code links to its page.

const DRAFT = 'China menyediakan sekitar 40 persen peralatan mesin yang diimpor Rusia.\n';

async function open(ws: Workspace, config: Record<string, unknown>): Promise<{ client: LspClient; diagnostics: any[] }> {
  const client = new LspClient({ 'workspace/configuration': (p: any) => p.items.map(() => config) });
  await client.request('initialize', { processId: process.pid, rootUri: ws.rootUri, workspaceFolders: null, capabilities: { workspace: { configuration: true } } });
  client.notify('initialized', {});
  client.notify('textDocument/didOpen', { textDocument: { uri: ws.draftUri, languageId: 'markdown', version: 1, text: DRAFT } });
  const published = await client.waitFor('textDocument/publishDiagnostics', p => p.uri === ws.draftUri && p.diagnostics.length > 0);
  return { client, diagnostics: published.diagnostics };
}

const titles = async (client: LspClient, uri: string, d: any) =>
  (await client.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })).map((a: any) => a.title);

describe('messages over LSP', function () {
  this.timeout(40000);
  let ws: Workspace;
  before(() => { ws = makeWorkspace(DRAFT); });
  after(() => removeWorkspace(ws));

  it('tells an Indonesian draft in Indonesian, and links the code to its page', async () => {
    const { client, diagnostics } = await open(ws, { debounceMs: 0 });
    try {
      const [d] = diagnostics;
      assert.equal(d.code, 'number-mismatch');
      assert.match(d.message, /^Sumber menyebut “70 persen”; draf menyebut “40 persen”\./);
      assert.deepEqual(await titles(client, ws.draftUri, d), ['Ganti dengan “70 persen”', 'Abaikan temuan ini']);
      const page = fileURLToPath(d.codeDescription.href);
      assert.ok(page.endsWith('docs/checks/number-mismatch.md'), page);
      assert.match(fs.readFileSync(page, 'utf8'), /^# number-mismatch/);
    } finally { await client.shutdown(); }
  });

  it('speaks English when the folder\'s sumber.messageLanguage says so, as the CLI does with --lang en', async () => {
    const { client, diagnostics } = await open(ws, { debounceMs: 0, messageLanguage: 'en' });
    try {
      const [d] = diagnostics;
      assert.match(d.message, /^The source says “70 persen”; the draft says “40 persen”\./);
      assert.deepEqual(await titles(client, ws.draftUri, d), ['Replace with “70 persen”', 'Ignore this finding']);
      const cli = spawnSync(process.execPath, [SERVER, 'check', '--format', 'json', '--lang', 'en', 'draft.md'], { cwd: ws.dir, encoding: 'utf8' });
      const [c] = JSON.parse(cli.stdout).files[0].diagnostics;
      assert.deepEqual([c.message, c.fixes.map((f: any) => f.title), c.codeDescription], [d.message, ['Replace with “70 persen”'], d.codeDescription]);
    } finally { await client.shutdown(); }
  });

  it('falls back to the draft\'s language on a value it does not know, and says so', async () => {
    const { client, diagnostics } = await open(ws, { debounceMs: 0, messageLanguage: 'fr' });
    try {
      assert.match(diagnostics[0].message, /^Sumber menyebut/);
      const warning = await client.waitFor('window/showMessage', p => /messageLanguage/.test(p.message));
      assert.match(warning.message, /sumber\.messageLanguage must be one of auto, en, id; using auto/);
    } finally { await client.shutdown(); }
  });
});
