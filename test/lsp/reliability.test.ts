import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lsp-client';
import { makeWorkspace, removeWorkspace, Workspace } from '../workspace';

// The server as a confused client or an unlucky user meets it: protocol out of order, malformed changes, bad
// settings, a huge draft, sources that vanish. It must answer, say what is wrong, and stay up.

const DRAFT = 'China menyediakan sekitar 40 persen peralatan mesin yang diimpor Rusia.\n\nBlinken menuduh China menjadi “kontributor utama” perang Moskow.\n';

interface Options { config?: unknown; watch?: boolean }

async function start(ws: Workspace, opts: Options = {}): Promise<LspClient> {
  const client = new LspClient({ 'workspace/configuration': (p: any) => p.items.map(() => opts.config ?? null) });
  await client.request('initialize', {
    processId: process.pid,
    rootUri: ws.rootUri,
    workspaceFolders: [{ uri: ws.rootUri, name: 'ws' }],
    capabilities: { workspace: { configuration: opts.config !== undefined, didChangeWatchedFiles: { dynamicRegistration: !!opts.watch } } },
  });
  client.notify('initialized', {});
  return client;
}

function open(client: LspClient, uri: string, text: string, version = 1): void {
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
}

const diagnostics = (client: LspClient, uri: string, test: (d: any[]) => boolean = d => d.length > 0) =>
  client.waitFor('textDocument/publishDiagnostics', p => p.uri === uri && test(p.diagnostics));

describe('language server under bad input', function () {
  this.timeout(30000);
  let ws: Workspace;
  beforeEach(() => { ws = makeWorkspace(DRAFT); });
  afterEach(() => removeWorkspace(ws));

  it('refuses requests before initialize (-32002) and after shutdown (-32600)', async () => {
    const client = new LspClient();
    try {
      await assert.rejects(client.request('textDocument/hover', { textDocument: { uri: ws.draftUri }, position: { line: 0, character: 0 } }),
        (e: any) => e.code === -32002);
      await client.request('initialize', { processId: null, rootUri: ws.rootUri, capabilities: {} });
      client.notify('initialized', {});
      await client.request('shutdown', null);
      await assert.rejects(client.request('textDocument/hover', { textDocument: { uri: ws.draftUri }, position: { line: 0, character: 0 } }),
        (e: any) => e.code === -32600);
      assert.ok(client.alive);
    } finally { await client.shutdown().catch(() => undefined); }
  });

  it('answers a malformed didChange with a re-sync from the file, and keeps checking', async () => {
    const client = await start(ws);
    try {
      open(client, ws.draftUri, DRAFT);
      await diagnostics(client, ws.draftUri, d => d.some(x => x.code === 'number-mismatch'));
      // The file on disk now says 70 persen; the change itself is malformed (range: null).
      fs.writeFileSync(ws.draft, DRAFT.replace('40 persen', '70 persen'));
      client.notify('textDocument/didChange', { textDocument: { uri: ws.draftUri, version: 2 }, contentChanges: [{ range: null, text: 'x' }] });
      await diagnostics(client, ws.draftUri, d => !d.some(x => x.code === 'number-mismatch'));
      assert.ok(client.notifications.some(n => n.method === 'window/logMessage' && /malformed document change/.test(n.params.message)));
      assert.ok(client.alive);
    } finally { await client.shutdown(); }
  });

  it('stays up on a corpus path through a file and a broken glob, and says why the corpus is empty', async () => {
    fs.writeFileSync(path.join(ws.dir, 'x.txt'), 'not a folder');
    const client = await start(ws, { config: { corpus: ['x.txt/y', 'seeds/{a,b.txt'] } });
    try {
      const status = await client.waitFor('sumber/status', p => p.state === 'empty');
      assert.match(status.message, /unclosed \{/);
      open(client, ws.draftUri, DRAFT);
      await diagnostics(client, ws.draftUri, () => true);
      const hover = await client.request('textDocument/hover', { textDocument: { uri: ws.draftUri }, position: { line: 0, character: 2 } });
      assert.equal(hover, null);
      assert.ok(client.alive);
    } finally { await client.shutdown(); }
  });

  it('reads no corpus outside the folder when the client says the setting is not the user\'s own', async () => {
    const secret = fs.mkdtempSync(path.join(path.dirname(ws.dir), 'sumber-secret-'));
    fs.writeFileSync(path.join(secret, 'notes.txt'), 'Rahasia: Sekar Wulandari adalah menteri pertahanan.\n');
    fs.writeFileSync(path.join(secret, 'keys.env'), 'TOKEN=abc\n');
    const corpus = [path.join(secret, 'notes.txt'), path.relative(ws.dir, secret) + '/*', path.join(secret, 'keys.env')];
    const client = await start(ws, { config: { corpus, corpusOutsideAllowed: false } });
    try {
      const status = await client.waitFor('sumber/status', p => p.state === 'empty');
      assert.match(status.message, /outside the workspace folder/);
      assert.doesNotMatch(JSON.stringify(client.notifications), /Rahasia|TOKEN/);
    } finally { await client.shutdown(); fs.rmSync(secret, { recursive: true, force: true }); }
  });

  it('names a bad setting and the value it uses instead', async () => {
    const client = await start(ws, { config: { supportThreshold: true, debounceMs: 'soon' } });
    try {
      open(client, ws.draftUri, DRAFT);
      const shown = await client.waitFor('window/showMessage', p => /sumber\.supportThreshold/.test(p.message));
      assert.match(shown.message, /number from 0 to 1; using 0\.\d+/);
      await client.waitFor('window/showMessage', p => /sumber\.debounceMs/.test(p.message));
      // The check still runs with the default threshold: the wrong number is still reported.
      await diagnostics(client, ws.draftUri, d => d.some(x => x.code === 'number-mismatch'));
    } finally { await client.shutdown(); }
  });

  it('re-checks the drafts on a settings change, and re-indexes only when the corpus setting changed', async () => {
    const config: Record<string, unknown> = { debounceMs: 0 };
    const client = await start(ws, { config });
    try {
      open(client, ws.draftUri, DRAFT);
      await diagnostics(client, ws.draftUri, d => d.some(x => x.code === 'number-mismatch'));
      const indexings = () => client.notifications.filter(n => n.method === 'sumber/status' && n.params.state === 'indexing').length;
      const before = indexings();
      config.severity = { 'number-mismatch': 'off' };
      const next = client.waitForNext('textDocument/publishDiagnostics', p => p.uri === ws.draftUri);
      client.notify('workspace/didChangeConfiguration', { settings: null });
      assert.ok(!(await next).diagnostics.some((x: any) => x.code === 'number-mismatch'), 'the new severity applies');
      assert.equal(indexings(), before, 'a severity change re-indexed the sources');
      config.corpus = ['seeds/**/*.md'];
      client.notify('workspace/didChangeConfiguration', { settings: null });
      await client.waitFor('sumber/status', p => p.state === 'empty');
      assert.ok(indexings() > before);
    } finally { await client.shutdown(); }
  });

  it('reports a draft over the size limit in one information diagnostic instead of checking it', async () => {
    const client = await start(ws, { config: { maxDraftSizeKB: 1 } });
    try {
      open(client, ws.draftUri, DRAFT.repeat(20));
      const { diagnostics: d } = await diagnostics(client, ws.draftUri);
      assert.equal(d.length, 1);
      assert.equal(d[0].code, 'draft-too-large');
      assert.equal(d[0].severity, 3);
      assert.match(d[0].message, /sumber\.maxDraftSizeKB/);
    } finally { await client.shutdown(); }
  });

  it('checks a draft outside the workspace against the workspace sources, without indexing its folder', async () => {
    const outside = fs.mkdtempSync(path.join(path.dirname(ws.dir), 'sumber-outside-'));
    const client = await start(ws);
    try {
      await client.waitFor('sumber/status', p => p.state === 'ready');
      const uri = pathToFileURL(path.join(outside, 'notes.md')).toString();
      open(client, uri, DRAFT);
      await diagnostics(client, uri, d => d.some(x => x.code === 'number-mismatch'));
      const statuses = client.notifications.filter(n => n.method === 'sumber/status' && n.params.state !== 'indexing');
      assert.ok(statuses.every(n => n.params.state === 'ready' && n.params.documents === 5));
    } finally { await client.shutdown(); fs.rmSync(outside, { recursive: true, force: true }); }
  });

  it('notices that the sources folder was deleted', async () => {
    const client = await start(ws, { watch: true });
    try {
      await client.waitFor('sumber/status', p => p.state === 'ready');
      fs.rmSync(path.join(ws.dir, 'seeds'), { recursive: true });
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.rootUri + '/seeds', type: 3 }] });
      await client.waitFor('sumber/status', p => p.state === 'empty');
    } finally { await client.shutdown(); }
  });

  it('reports indexing progress with file counts to a client that takes work-done progress', async () => {
    const client = new LspClient({ 'window/workDoneProgress/create': () => null });
    try {
      await client.request('initialize', { processId: null, rootUri: ws.rootUri, capabilities: { window: { workDoneProgress: true } } });
      client.notify('initialized', {});
      const report = await client.waitFor('$/progress', p => p.value?.kind === 'report' && /Indexing 5 \/ 5 files/.test(p.value.message));
      assert.equal(report.value.percentage, 100);
      await client.waitFor('$/progress', p => p.value?.kind === 'end');
      await client.waitFor('sumber/status', p => p.state === 'ready' && p.documents === 5);
    } finally { await client.shutdown(); }
  });

  it('answers hover while a long draft is being checked', async () => {
    const paragraphs = fs.readdirSync(path.join(ws.dir, 'seeds')).sort()
      .flatMap(f => fs.readFileSync(path.join(ws.dir, 'seeds', f), 'utf8').split(/\n+/)).filter(p => p.length > 80);
    // Every sentence made unique (a number of its own before the full stop), so no check result can be reused.
    let text = '';
    for (let i = 0; text.length < 300_000; i++) text += paragraphs[i % paragraphs.length].replace(/\.(\s|$)/g, ` ${i}.$1`) + '\n\n';
    const config = { debounceMs: 0, supportThreshold: 0.5 };
    const client = await start(ws, { config });
    try {
      open(client, ws.draftUri, text);
      const at = { textDocument: { uri: ws.draftUri }, position: { line: 0, character: 12 } };
      await client.request('textDocument/hover', at); // waits for the index and analyses the draft
      await diagnostics(client, ws.draftUri);
      // Another threshold: the analysed draft is checked again from scratch, starting now.
      config.supportThreshold = 0.6;
      let checked = false;
      const since = Date.now();
      const done = client.waitForNext('textDocument/publishDiagnostics', p => p.uri === ws.draftUri).then(() => { checked = true; });
      client.notify('workspace/didChangeConfiguration', { settings: null });
      const times: number[] = [];
      while (!checked) {
        const t = Date.now();
        await client.request('textDocument/hover', at);
        if (!checked) times.push(Date.now() - t);
        await new Promise(r => setTimeout(r, 20));
      }
      await done;
      const checking = Date.now() - since;
      if (process.env.SUMBER_TEST_VERBOSE) console.error(`hover during a ${checking} ms check: ${times.length} answered, max ${Math.max(...times)} ms`);
      // A hover every 20 ms plus its own time: a check that let hovers through answers one per 300 ms at the least.
      // How long the check takes depends on the machine; a check that blocked them answers none however long it is.
      assert.ok(times.length >= Math.floor(checking / 300), `only ${times.length} hovers were answered during a ${checking} ms check`);
      assert.ok(Math.max(0, ...times) < 500, `slowest hover during the check: ${Math.max(...times)} ms`);
    } finally { await client.shutdown(); }
  });
});
