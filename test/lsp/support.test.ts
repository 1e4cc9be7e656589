import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LspClient } from './lsp-client';
import { makeWorkspace, removeWorkspace, Workspace } from '../workspace';

// Showing the support over LSP, as an editor shows it: a lens over each supported sentence that names the source
// passage and opens it (the server asks the client to show it, selected), a hover with the passage, and the quick
// fix "Insert citation", after which the next check reports the same findings and coverage.

const SUPPORTED = 'Ini merupakan kunjungan pertama Putin setelah kembali menjabat.';
const DRAFT = [
  '# Catatan',
  '',
  `Presiden Rusia Vladimir Putin tiba di Beijing untuk kunjungan kenegaraan dua hari yang menegaskan hubungan dekat dengan pemimpin Tiongkok, Xi Jinping. ${SUPPORTED}`,
  '',
  'China menyediakan sekitar 40 persen peralatan mesin yang diimpor Rusia.',
  '',
].join('\n');

type Pos = { line: number; character: number };
type Range = { start: Pos; end: Pos };

const offsetIn = (text: string, p: Pos) => text.split('\n').slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
const textAt = (text: string, r: Range) => text.slice(offsetIn(text, r.start), offsetIn(text, r.end));
function applyEdits(text: string, edits: Array<{ range: Range; newText: string }>): string {
  const sorted = [...edits].sort((a, b) => offsetIn(text, b.range.start) - offsetIn(text, a.range.start));
  for (const e of sorted) text = text.slice(0, offsetIn(text, e.range.start)) + e.newText + text.slice(offsetIn(text, e.range.end));
  return text;
}
const positionOf = (text: string, words: string): Pos => {
  const at = text.indexOf(words), before = text.slice(0, at).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
};

describe('the support of each sentence over LSP', function () {
  this.timeout(40000);
  let ws: Workspace;
  let client: LspClient;
  const config: Record<string, unknown> = { debounceMs: 0 };
  const shown: any[] = [];
  let refreshes = 0;

  before(async () => {
    ws = makeWorkspace(DRAFT);
    client = new LspClient({
      'workspace/configuration': (p: any) => p.items.map(() => config),
      'window/showDocument': (p: any) => { shown.push(p); return { success: true }; },
      'workspace/codeLens/refresh': () => { refreshes++; return null; },
    });
    await client.request('initialize', {
      processId: process.pid, rootUri: ws.rootUri, workspaceFolders: null,
      capabilities: { workspace: { configuration: true, codeLens: { refreshSupport: true } }, window: { showDocument: { support: true } } },
    });
    client.notify('initialized', {});
    client.notify('textDocument/didOpen', { textDocument: { uri: ws.draftUri, languageId: 'markdown', version: 1, text: DRAFT } });
    await client.waitFor('sumber/coverage', p => p.uri === ws.draftUri && p.version === 1);
  });
  after(async () => { await client.shutdown(); removeWorkspace(ws); });

  it('puts a lens over each supported sentence that opens the passage, selected', async () => {
    // The request follows the check's notifications; give it the moment it takes to arrive.
    for (let i = 0; i < 50 && !refreshes; i++) await new Promise(r => setTimeout(r, 100));
    assert.ok(refreshes > 0, 'the client is asked to draw the lenses after the check');
    const lenses = await client.request('textDocument/codeLens', { textDocument: { uri: ws.draftUri } });
    assert.deepEqual(lenses.map((l: any) => [l.range.start.line, l.command.title]), [
      [2, '↗ 001_4c9eb6d0f9411f2b.txt ¶5'],
      [2, '↗ 001_4c9eb6d0f9411f2b.txt ¶6'],
    ]);
    const lens = lenses[1];
    assert.equal(textAt(DRAFT, lens.range), SUPPORTED);
    assert.equal(lens.command.tooltip, 'Buka kalimat sumber yang mendukung kalimat ini');
    await client.request('workspace/executeCommand', { command: lens.command.command, arguments: lens.command.arguments });
    const [opened] = shown;
    assert.equal(opened.takeFocus, true);
    const source = fs.readFileSync(fileURLToPath(opened.uri), 'utf8');
    assert.equal(path.basename(fileURLToPath(opened.uri)), '001_4c9eb6d0f9411f2b.txt');
    assert.equal(textAt(source, opened.selection), SUPPORTED);
  });

  it('hovers a supported sentence with the passage and its place; a name keeps its own hover', async () => {
    const hover = await client.request('textDocument/hover', { textDocument: { uri: ws.draftUri }, position: positionOf(DRAFT, 'menjabat') });
    const lines = hover.contents.value.split('\n');
    assert.match(lines[0], /^\*\*Didukung sumber\*\* \[seeds\/001\\_4c9eb6d0f9411f2b\.txt ¶6\]\(file:\/\/.*001_4c9eb6d0f9411f2b\.txt#L10,1\)$/);
    assert.equal(lines[2], `> ${SUPPORTED}`);
    assert.equal(textAt(DRAFT, hover.range), SUPPORTED);
    const name = await client.request('textDocument/hover', { textDocument: { uri: ws.draftUri }, position: positionOf(DRAFT, 'Putin setelah') });
    assert.match(name.contents.value, /^\*\*Vladimir Putin\*\*/);
    // The wrong figure's sentence is not supported: no passage to show.
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: ws.draftUri }, position: positionOf(DRAFT, 'peralatan') }), null);
  });

  it('inserts a citation the next check leaves alone, and does not offer it twice', async () => {
    const before = await client.waitFor('textDocument/publishDiagnostics', p => p.uri === ws.draftUri && p.version === 1);
    const coverage = await client.waitFor('sumber/coverage', p => p.uri === ws.draftUri && p.version === 1);
    const cursor = positionOf(DRAFT, 'kunjungan pertama');
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri: ws.draftUri }, range: { start: cursor, end: cursor }, context: { diagnostics: [] } });
    assert.deepEqual(actions.map((a: any) => a.title), ['Sisipkan rujukan: 001_4c9eb6d0f9411f2b.txt ¶6']);
    const text = applyEdits(DRAFT, actions[0].edit.changes[ws.draftUri]);
    assert.equal(text.split('\n')[2], DRAFT.split('\n')[2] + '[^1]');
    assert.equal(text.split('\n').slice(-2)[0], `[^1]: seeds/001_4c9eb6d0f9411f2b.txt ¶6: “${SUPPORTED}”`);
    client.notify('textDocument/didChange', { textDocument: { uri: ws.draftUri, version: 2 }, contentChanges: [{ text }] });
    const after = await client.waitFor('textDocument/publishDiagnostics', p => p.uri === ws.draftUri && p.version === 2);
    assert.deepEqual(after.diagnostics.map((d: any) => [d.code, textAt(text, d.range)]), before.diagnostics.map((d: any) => [d.code, textAt(DRAFT, d.range)]));
    const covered = await client.waitFor('sumber/coverage', p => p.uri === ws.draftUri && p.version === 2);
    assert.deepEqual(covered.coverage, coverage.coverage);
    const again = await client.request('textDocument/codeAction', { textDocument: { uri: ws.draftUri }, range: { start: cursor, end: cursor }, context: { diagnostics: [] } });
    assert.deepEqual(again, []);
    const lenses = await client.request('textDocument/codeLens', { textDocument: { uri: ws.draftUri } });
    assert.equal(lenses.length, 2, 'the cited sentence keeps its lens, and the note gets none');
  });

  it('answers a lens request made before the check with the lenses of the check', async () => {
    // Sentences not checked before, beside one the server's warm-up checked: a lens answered at once would have
    // that one alone.
    const uri = ws.draftUri.replace(/draft\.md$/, 'second.md');
    const text = `Perdagangan Tiongkok dengan Rusia mencapai $240 miliar tahun lalu dan membantu Moskow meredam dampak terburuk sanksi Barat. ${SUPPORTED}\n`;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const lenses = await client.request('textDocument/codeLens', { textDocument: { uri } });
    assert.deepEqual(lenses.map((l: any) => l.command.title), ['↗ 000_c230f47f23c97080.txt ¶20', '↗ 001_4c9eb6d0f9411f2b.txt ¶6']);
    client.notify('textDocument/didClose', { textDocument: { uri } });
  });

  it('shows no lenses with sumber.showSupport off, and still the hover', async () => {
    config.showSupport = false;
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.waitForNext('sumber/coverage', p => p.uri === ws.draftUri);
    assert.deepEqual(await client.request('textDocument/codeLens', { textDocument: { uri: ws.draftUri } }), []);
    const hover = await client.request('textDocument/hover', { textDocument: { uri: ws.draftUri }, position: positionOf(DRAFT, 'menjabat') });
    assert.match(hover.contents.value, /^\*\*Didukung sumber\*\*/);
  });
});
