import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LspClient } from './lsp-client';
import { FORMAT_FIXTURES, makeWorkspace, REPO, removeWorkspace, Workspace } from '../workspace';

// In the editor a PDF source opens as the read-only text Sumber extracted from it, with a line where each page
// begins: go-to-source and evidence land on the right words of that view (past the page marks before them), and
// the PDFs that cannot be read are named, with the reason, in the status the server sends.

const QUOTE = '“Punctuality will not improve until the old signals are gone,” said Maria Castellano.';
const DRAFT = `${QUOTE}\n\nThe Northgate line was the least punctual, with 71.9 percent of trains on time.\n`;

describe('language server with a PDF source', function () {
  this.timeout(30000);
  let ws: Workspace;
  let client: LspClient;
  before(async () => {
    ws = makeWorkspace(DRAFT, 'draft.md', FORMAT_FIXTURES);
    const unreadable = path.join(REPO, 'test/fixtures/unreadable');
    for (const f of fs.readdirSync(unreadable)) fs.copyFileSync(path.join(unreadable, f), path.join(ws.dir, 'seeds', f));
    client = new LspClient({ 'workspace/configuration': (p: any) => p.items.map(() => ({ indexCache: false })) });
    await client.request('initialize', { processId: process.pid, rootUri: ws.rootUri, workspaceFolders: null, capabilities: { workspace: { configuration: true } } });
    client.notify('initialized', {});
    client.notify('textDocument/didOpen', { textDocument: { uri: ws.draftUri, languageId: 'markdown', version: 1, text: DRAFT } });
  });
  after(async () => { await client.shutdown(); removeWorkspace(ws); });

  const sourceText = async (uri: string): Promise<string> => {
    assert.match(uri, /^sumber-source:.*\/seeds\/rail-punctuality-2023\.pdf\.txt\?file%3A/);
    const answer = await client.request<{ text: string } | null>('sumber/sourceText', { uri: decodeURIComponent(uri.slice(uri.indexOf('?') + 1)) });
    assert.ok(answer);
    return answer.text;
  };
  const at = (text: string, range: any) => {
    assert.equal(range.start.line, range.end.line);
    return text.split('\n')[range.start.line].slice(range.start.character, range.end.character);
  };

  it('goes from a quote to its words in the view of the PDF', async () => {
    const locs = await client.request<any[]>('textDocument/definition', { textDocument: { uri: ws.draftUri }, position: { line: 0, character: 10 } });
    const target = locs.find(l => l.uri.includes('rail-punctuality-2023.pdf'));
    assert.ok(target, JSON.stringify(locs));
    const view = await sourceText(target.uri);
    assert.match(at(view, target.range), /^Punctuality will not improve until the old signals are gone/);
    // The view shows the pages; the quote is on the first.
    assert.ok(view.split('\n').findIndex(l => l === '─── page 1 ───') < target.range.start.line);
    assert.ok(view.split('\n').findIndex(l => l === '─── page 2 ───') > target.range.start.line);
  });

  it('points evidence on a later page at its words, past the page marks', async () => {
    const { diagnostics } = await client.waitFor('textDocument/publishDiagnostics', p => p.uri === ws.draftUri && p.diagnostics.length > 0);
    const number = diagnostics.find((d: any) => d.code === 'number-mismatch');
    assert.ok(number, JSON.stringify(diagnostics));
    const evidence = number.relatedInformation[0].location;
    const view = await sourceText(evidence.uri);
    assert.equal(at(view, evidence.range), '79.1 percent');
    assert.ok(view.split('\n').findIndex(l => l === '─── page 2 ───') < evidence.range.start.line);
  });

  it('names the PDFs it could not read, with the reason, in its status', async () => {
    const status = await client.waitFor('sumber/status', p => p.state === 'ready');
    assert.deepEqual(status.skipped, [
      'seeds/protected-memo.pdf is a password-protected PDF, which Sumber cannot open; save a copy without the password',
      'seeds/scanned-letter.pdf has no text layer: its pages are images (a scan?), which Sumber cannot read without OCR',
    ]);
    assert.match(status.message, /skipped 2 unreadable files/);
  });
});
