import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LspClient } from './lsp-client';
import { makeWorkspace, removeWorkspace, Workspace } from '../workspace';
import { SAMPLE_LINES } from './sample-draft';

// The built server over stdio, as an editor drives it: a workspace holding seeds/ and a draft.

const DRAFT = SAMPLE_LINES.join('\n');

async function start(ws: Workspace, opts: { configuration?: boolean; folders?: boolean; config?: unknown; env?: Record<string, string> } = {}): Promise<LspClient> {
  const client = new LspClient({ 'workspace/configuration': (p: any) => p.items.map(() => opts.config ?? null) }, undefined, opts.env);
  await client.request('initialize', {
    processId: process.pid,
    rootUri: opts.folders ? null : ws.rootUri,
    workspaceFolders: opts.folders ? [{ uri: ws.rootUri, name: 'ws' }] : null,
    capabilities: { workspace: { configuration: !!opts.configuration }, textDocument: { hover: { contentFormat: ['markdown'] } } },
  });
  client.notify('initialized', {});
  client.notify('textDocument/didOpen', { textDocument: { uri: ws.draftUri, languageId: 'markdown', version: 1, text: fs.readFileSync(ws.draft, 'utf8') } });
  return client;
}

const diagnosticsFor = (client: LspClient, uri: string) =>
  client.waitFor('textDocument/publishDiagnostics', p => p.uri === uri && p.diagnostics.length > 0);

describe('language server over stdio', function () {
  this.timeout(30000);
  let ws: Workspace;
  let client: LspClient;
  before(async () => { ws = makeWorkspace(DRAFT); client = await start(ws); });
  after(async () => { await client.shutdown(); removeWorkspace(ws); });

  it('reports the indexed corpus in its status', async () => {
    const status = await client.waitFor('sumber/status', p => p.state === 'ready');
    assert.equal(status.documents, 5);
    assert.match(status.message, /5 documents indexed/);
  });

  it('flags the wrong number with the source figure and evidence, and leaves supported lines alone', async () => {
    const { diagnostics } = await diagnosticsFor(client, ws.draftUri);
    const number = diagnostics.find((d: any) => d.code === 'number-mismatch');
    assert.ok(number, JSON.stringify(diagnostics));
    assert.equal(number.range.start.line, 4);
    assert.match(number.message, /70 persen/);
    assert.equal(number.source, 'sumber');
    assert.ok(number.relatedInformation.some((r: any) => r.location.uri.endsWith('004_b5881bf3274fa01a.txt')));
    const lines = new Set(diagnostics.map((d: any) => d.range.start.line));
    assert.ok(!lines.has(2), 'the correct Blinken quote is not flagged');
    assert.ok(!lines.has(6), 'the supported sentence is not flagged');
  });

  it('names who really said a misattributed quote', async () => {
    const { diagnostics } = await diagnosticsFor(client, ws.draftUri);
    const mis = diagnostics.find((d: any) => d.code === 'misattributed-quote');
    assert.ok(mis, JSON.stringify(diagnostics.map((d: any) => d.code)));
    assert.equal(mis.range.start.line, 8);
    assert.match(mis.message, /Xi Jinping/);
  });

  it('hovers a surname with the full name and the role the sources give', async () => {
    const hover = await client.request('textDocument/hover', { textDocument: { uri: ws.draftUri }, position: { line: 2, character: 3 } });
    assert.ok(hover, 'hover on Blinken');
    assert.match(hover.contents.value, /Antony Blinken/);
    assert.match(hover.contents.value, /Menteri Luar Negeri AS/);
    const none = await client.request('textDocument/hover', { textDocument: { uri: ws.draftUri }, position: { line: 4, character: 30 } });
    assert.equal(none, null, 'no hover on an ordinary word');
  });

  it('goes from a quote to the source line that holds it', async () => {
    const locs = await client.request('textDocument/definition', { textDocument: { uri: ws.draftUri }, position: { line: 2, character: 34 } });
    assert.ok(Array.isArray(locs) && locs.length > 0);
    const target = locs.find((l: any) => l.uri.endsWith('004_b5881bf3274fa01a.txt'));
    assert.ok(target, JSON.stringify(locs));
    const line = fs.readFileSync(path.join(ws.dir, 'seeds', '004_b5881bf3274fa01a.txt'), 'utf8').split('\n')[target.range.start.line];
    assert.match(line, /kontributor utama/);
  });

  it('lists every mention of a name as references across the sources', async () => {
    const locs = await client.request('textDocument/references', { textDocument: { uri: ws.draftUri }, position: { line: 6, character: 32 }, context: { includeDeclaration: true } });
    const docs = new Set(locs.map((l: any) => l.uri));
    assert.ok(locs.length >= 20, `Putin mentions: ${locs.length}`);
    assert.equal(docs.size, 5);
  });

  it('offers a quick fix that puts the source number in place', async () => {
    const { diagnostics } = await diagnosticsFor(client, ws.draftUri);
    const number = diagnostics.find((d: any) => d.code === 'number-mismatch');
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri: ws.draftUri }, range: number.range, context: { diagnostics: [number] } });
    const edit = actions[0].edit.changes[ws.draftUri][0];
    assert.equal(edit.newText, '70 persen');
    assert.deepEqual(edit.range, number.range);
  });

  it('re-checks after an edit and reports the new problem', async () => {
    const text = DRAFT + '\nXi dijadwalkan bertemu dengan Erdogan pada hari Senin.\n';
    client.notify('textDocument/didChange', { textDocument: { uri: ws.draftUri, version: 2 }, contentChanges: [{ text }] });
    const p = await client.waitFor('textDocument/publishDiagnostics', x => x.uri === ws.draftUri && x.version === 2);
    const date = p.diagnostics.find((d: any) => d.code === 'date-mismatch');
    assert.ok(date, JSON.stringify(p.diagnostics.map((d: any) => d.code)));
    assert.equal(date.range.start.line, 10);
    assert.match(date.message, /Jumat/);
  });

  it('writes nothing but protocol to stdout', () => {
    assert.deepEqual(client.garbage, []);
  });
});

describe('language server with other clients', function () {
  this.timeout(30000);

  it('works with workspaceFolders and a configuration answer of null', async () => {
    const ws = makeWorkspace(DRAFT);
    const client = await start(ws, { configuration: true, folders: true });
    try {
      const { diagnostics } = await diagnosticsFor(client, ws.draftUri);
      assert.ok(diagnostics.some((d: any) => d.code === 'number-mismatch'));
    } finally { await client.shutdown(); removeWorkspace(ws); }
  });

  it('applies per-resource severity settings, turning a check off', async () => {
    const ws = makeWorkspace(DRAFT);
    const client = await start(ws, { configuration: true, config: { severity: { 'number-mismatch': 'off', 'misattributed-quote': 'hint' } } });
    try {
      const { diagnostics } = await diagnosticsFor(client, ws.draftUri);
      assert.ok(!diagnostics.some((d: any) => d.code === 'number-mismatch'));
      assert.equal(diagnostics.find((d: any) => d.code === 'misattributed-quote')?.severity, 4);
    } finally { await client.shutdown(); removeWorkspace(ws); }
  });

  it('says why when the corpus is empty, and reports nothing', async () => {
    const ws = makeWorkspace(DRAFT);
    fs.rmSync(path.join(ws.dir, 'seeds'), { recursive: true });
    const client = await start(ws);
    try {
      const status = await client.waitFor('sumber/status', p => p.state === 'empty');
      assert.match(status.message, /no files match seeds/);
      const p = await client.waitFor('textDocument/publishDiagnostics', x => x.uri === ws.draftUri);
      assert.deepEqual(p.diagnostics, []);
    } finally { await client.shutdown(); removeWorkspace(ws); }
  });

  it('re-indexes when a corpus file is added, without a restart', async () => {
    const ws = makeWorkspace('Presiden Mesir Abdel Fattah el-Sisi menghadiri pertemuan puncak di Samarkand.\n');
    const client = await start(ws);
    try {
      const first = await diagnosticsFor(client, ws.draftUri);
      assert.ok(first.diagnostics.some((d: any) => d.code === 'unknown-entity'));
      fs.writeFileSync(path.join(ws.dir, 'seeds', 'extra.txt'), 'Presiden Mesir Abdel Fattah el-Sisi menghadiri pertemuan puncak di Samarkand pada hari Kamis.\n');
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.rootUri + '/seeds/extra.txt', type: 1 }] });
      await client.waitFor('sumber/status', p => p.state === 'ready' && p.documents === 6);
      const after = await client.waitFor('textDocument/publishDiagnostics', p => p.uri === ws.draftUri && p.diagnostics.length === 0);
      assert.deepEqual(after.diagnostics, []);
    } finally { await client.shutdown(); removeWorkspace(ws); }
  });
});

describe('language server and the index cache', function () {
  this.timeout(30000);

  it('writes the disk cache after the corpus is in use, and at the latest when shut down', async () => {
    const ws = makeWorkspace(DRAFT);
    const cacheHome = fs.mkdtempSync(path.join(ws.dir, '.cache-home-'));
    const client = await start(ws, { env: { XDG_CACHE_HOME: cacheHome } });
    try {
      await client.waitFor('sumber/status', p => p.state === 'ready');
      await client.shutdown();
      const entries = fs.readdirSync(path.join(cacheHome, 'sumber')).filter(f => f.endsWith('.idx'));
      assert.equal(entries.length, 1, 'one index entry for the folder');
      // The next server starts from it.
      const again = await start(ws, { env: { XDG_CACHE_HOME: cacheHome } });
      try {
        await again.waitFor('sumber/status', p => p.state === 'ready');
        await new Promise(r => setTimeout(r, 50));
        assert.ok(again.notifications.some(n => n.method === 'window/logMessage' && /from the index cache/.test(n.params.message)), 'the second start read the cache');
      } finally {
        await again.shutdown();
      }
    } finally {
      removeWorkspace(ws);
    }
  });
});
