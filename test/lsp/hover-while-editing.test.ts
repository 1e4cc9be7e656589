import * as assert from 'node:assert/strict';
import { LspClient } from './lsp-client';
import { makeWorkspace, removeWorkspace, Workspace } from '../workspace';
import { SAMPLE_LINES } from './sample-draft';

// A hover sent right after a keystroke, before the new text's analysis is made: away from the edit it may be
// answered from the analysis before (so it waits for no analysis), and either way it must describe the name under
// the cursor and give its range in the text as it is now, wherever the edit moved it.

const LINES = SAMPLE_LINES;

describe('hover while the draft is being edited', function () {
  this.timeout(30000);
  let ws: Workspace;
  let client: LspClient;
  let version = 1;
  before(async () => {
    ws = makeWorkspace(LINES.join('\n'));
    client = new LspClient({ 'workspace/configuration': (p: any) => p.items.map(() => ({ debounceMs: 0 })) });
    await client.request('initialize', { processId: process.pid, rootUri: ws.rootUri, capabilities: { workspace: { configuration: true }, textDocument: { hover: { contentFormat: ['markdown'] } } } });
    client.notify('initialized', {});
    client.notify('textDocument/didOpen', { textDocument: { uri: ws.draftUri, languageId: 'markdown', version, text: LINES.join('\n') } });
    await client.waitFor('textDocument/publishDiagnostics', p => p.uri === ws.draftUri && p.version === 1);
  });
  after(async () => { await client.shutdown(); removeWorkspace(ws); });

  /** Replaces the draft's text and hovers at once, without waiting for anything in between. */
  async function editThenHover(lines: string[], line: number, character: number): Promise<any> {
    version++;
    client.notify('textDocument/didChange', { textDocument: { uri: ws.draftUri, version }, contentChanges: [{ text: lines.join('\n') }] });
    return client.request('textDocument/hover', { textDocument: { uri: ws.draftUri }, position: { line, character } });
  }

  it('describes a name after the edit, with its range moved by what the edit added', async () => {
    const lines = [...LINES];
    lines[4] = 'Menurut data bea cukai, ' + lines[4];
    lines.splice(5, 0, '', 'Data itu dikutip oleh banyak media.');
    const hover = await editThenHover(lines, 8, 1);
    assert.ok(hover, 'a hover on Xi');
    assert.match(hover.contents.value, /Xi Jinping/);
    assert.deepEqual(hover.range, { start: { line: 8, character: 0 }, end: { line: 8, character: 2 } });
  });

  it('describes a name before the edit, with its range where it was', async () => {
    const lines = [...LINES];
    lines[6] = lines[6].replace('musim semi', 'musim gugur');
    const hover = await editThenHover(lines, 2, 3);
    assert.ok(hover, 'a hover on Blinken');
    assert.match(hover.contents.value, /Antony Blinken/);
    assert.deepEqual(hover.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 7 } });
  });

  it('describes a name the edit itself typed, from the new text', async () => {
    const lines = [...LINES];
    lines[4] = 'Putin mengatakan China menyediakan sekitar 40 persen peralatan mesin yang diimpor Rusia.';
    const hover = await editThenHover(lines, 4, 2);
    assert.ok(hover, 'a hover on the Putin just typed');
    assert.match(hover.contents.value, /Vladimir Putin/);
    assert.deepEqual(hover.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 5 } });
    // The check of the last version still comes, for that version.
    await client.waitFor('textDocument/publishDiagnostics', p => p.uri === ws.draftUri && p.version === version);
  });
});
