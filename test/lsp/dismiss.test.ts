import * as assert from 'node:assert/strict';
import { LspClient } from './lsp-client';
import { makeWorkspace, removeWorkspace, Workspace } from '../workspace';

// The two ways to dismiss a finding, as an editor uses them: "Ignore this finding" is an edit the client applies,
// "Add … to known names" a command the client runs (it writes the setting; here the test plays VS Code and
// answers workspace/configuration with the new list). After either, the next check leaves nothing where it acted.

const DRAFT = [
  '# Catatan',
  '',
  'China menyediakan sekitar 40 persen peralatan mesin yang diimpor Rusia.',
  '',
  '- Dalam wawancara dengan BBC, Zelensky memperingatkan bahwa Rusia dapat melancarkan perangnya ke Eropa.',
  '',
].join('\n');

/** Applies LSP text edits (positions in UTF-16 code units, as here: the draft has no astral characters). */
function applyEdits(text: string, edits: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>): string {
  const offset = (p: { line: number; character: number }) => text.split('\n').slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  for (const e of sorted) text = text.slice(0, offset(e.range.start)) + e.newText + text.slice(offset(e.range.end));
  return text;
}

async function start(ws: Workspace, config: Record<string, unknown>, runsCommand: boolean): Promise<LspClient> {
  const client = new LspClient({ 'workspace/configuration': (p: any) => p.items.map(() => config) });
  await client.request('initialize', {
    processId: process.pid, rootUri: ws.rootUri, workspaceFolders: null,
    capabilities: { workspace: { configuration: true } },
    initializationOptions: runsCommand ? { addKnownNameCommand: true } : undefined,
  });
  client.notify('initialized', {});
  client.notify('textDocument/didOpen', { textDocument: { uri: ws.draftUri, languageId: 'markdown', version: 1, text: DRAFT } });
  return client;
}

const actionsFor = (client: LspClient, uri: string, d: any) =>
  client.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });

describe('dismissing findings over LSP', function () {
  this.timeout(40000);
  let ws: Workspace;
  let client: LspClient;
  const config: Record<string, unknown> = { debounceMs: 0 };
  /** The draft as the server has it after the first test's edit. */
  let ignored = '';
  before(async () => { ws = makeWorkspace(DRAFT); client = await start(ws, config, true); });
  after(async () => { await client.shutdown(); removeWorkspace(ws); });

  it('ignores a finding with a comment the next check honours, and only that finding', async () => {
    const first = await client.waitFor('textDocument/publishDiagnostics', p => p.uri === ws.draftUri && p.diagnostics.length > 0);
    const number = first.diagnostics.find((d: any) => d.code === 'number-mismatch');
    assert.ok(number, JSON.stringify(first.diagnostics.map((d: any) => d.code)));
    const actions = await actionsFor(client, ws.draftUri, number);
    const ignore = actions.find((a: any) => a.title === 'Abaikan temuan ini');
    assert.ok(ignore, JSON.stringify(actions.map((a: any) => a.title)));
    assert.equal(actions[0].title, 'Ganti dengan “70 persen”', 'the real fix comes first, in the draft\'s language');
    const text = applyEdits(DRAFT, ignore.edit.changes[ws.draftUri]);
    assert.equal(text.split('\n')[2], '<!-- sumber-disable-next-line number-mismatch -->');
    ignored = text;
    client.notify('textDocument/didChange', { textDocument: { uri: ws.draftUri, version: 2 }, contentChanges: [{ text }] });
    const after = await client.waitFor('textDocument/publishDiagnostics', p => p.uri === ws.draftUri && p.version === 2);
    assert.deepEqual(after.diagnostics.map((d: any) => d.code), ['unknown-entity']);
  });

  it('offers to add an unknown name to the known names; with the setting changed, the finding goes', async () => {
    const seen = await client.waitFor('textDocument/publishDiagnostics', p => p.uri === ws.draftUri && p.version === 2);
    const entity = seen.diagnostics.find((d: any) => d.code === 'unknown-entity');
    const actions = await actionsFor(client, ws.draftUri, entity);
    const add = actions.find((a: any) => a.command?.command === 'sumber.addKnownName');
    assert.ok(add, JSON.stringify(actions.map((a: any) => a.title)));
    assert.equal(add.title, 'Tambahkan “BBC” ke nama yang dikenal');
    assert.deepEqual(add.command.arguments, ['BBC', ws.draftUri]);
    // What the VS Code command does: append to sumber.knownNames, which notifies the server.
    config.knownNames = [add.command.arguments[0]];
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const after = await client.waitForNext('textDocument/publishDiagnostics', p => p.uri === ws.draftUri);
    assert.deepEqual(after.diagnostics, []);
  });

  it('ignores a finding in a list item at the end of its line, keeping the list one list', async () => {
    config.knownNames = [];
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const seen = await client.waitForNext('textDocument/publishDiagnostics', p => p.uri === ws.draftUri && p.diagnostics.length > 0);
    const entity = seen.diagnostics.find((d: any) => d.code === 'unknown-entity');
    const ignore = (await actionsFor(client, ws.draftUri, entity)).find((a: any) => a.title === 'Abaikan temuan ini');
    const text = applyEdits(ignored, ignore.edit.changes[ws.draftUri]);
    assert.equal(text.split('\n').length, ignored.split('\n').length, 'no line was added');
    assert.match(text, /ke Eropa\. <!-- sumber-disable-line unknown-entity -->$/m);
    client.notify('textDocument/didChange', { textDocument: { uri: ws.draftUri, version: 3 }, contentChanges: [{ text }] });
    const after = await client.waitFor('textDocument/publishDiagnostics', p => p.uri === ws.draftUri && p.version === 3);
    assert.deepEqual(after.diagnostics, []);
  });
});

describe('the known-names action and other clients', function () {
  this.timeout(40000);

  it('is offered only to a client that says it runs the command; ignoring is offered to all', async () => {
    const ws = makeWorkspace(DRAFT);
    const client = await start(ws, {}, false);
    try {
      const first = await client.waitFor('textDocument/publishDiagnostics', p => p.uri === ws.draftUri && p.diagnostics.length > 0);
      const entity = first.diagnostics.find((d: any) => d.code === 'unknown-entity');
      const titles = (await actionsFor(client, ws.draftUri, entity)).map((a: any) => a.title);
      assert.deepEqual(titles, ['Abaikan temuan ini']);
    } finally { await client.shutdown(); removeWorkspace(ws); }
  });
});
