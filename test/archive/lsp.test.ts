import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../lsp/lsp-client';
import { makeWorkspace, removeWorkspace, Workspace } from '../workspace';
import { startTestPostgres, TestPostgres } from './postgres';
import { archiveOfSeeds, runSumber } from './cli';
import { SOURCE_TEXT_REQUEST, originalOfExtracted } from '../../server/src/protocol';

// The editor with a shared archive (sumber.archive): the draft is checked against the archive's documents as
// against the same files in the folder; the status names the archive; with the database stopped, the folder's
// own sources still check the draft, the status says why, and the archive returns by itself.

const DRAFT = [
  'China menyediakan sekitar 40 persen peralatan mesin yang diimpor Rusia.',
  '',
  'Menteri Zorbaya Kelantika mengatakan ekspor naik 15 persen pada Maret 2024.',
  '',
  '“Kami mendukung inisiatif rekan-rekan dan teman-teman Tiongkok kami untuk mengatur situasi ini,” kata Putin.',
  '',
].join('\n');

async function start(ws: Workspace, config: Record<string, unknown>, open = true): Promise<LspClient> {
  const client = new LspClient({ 'workspace/configuration': (p: any) => p.items.map(() => config) });
  await client.request('initialize', {
    processId: process.pid, rootUri: ws.rootUri, workspaceFolders: null,
    capabilities: { workspace: { configuration: true }, textDocument: { hover: { contentFormat: ['markdown'] } } },
  });
  client.notify('initialized', {});
  if (open) client.notify('textDocument/didOpen', { textDocument: { uri: ws.draftUri, languageId: 'markdown', version: 1, text: DRAFT } });
  return client;
}

/** The findings of the draft against the seeds: figures the sources give otherwise, and Putin's words reworded. */
const SEED_FINDINGS = ['0:number-mismatch', '2:number-mismatch', '4:quote-mismatch'];
/** The server's log line when drafts on disk were drawn and checked ahead. */
const DRAWN_AHEAD = /drew \d+ archive document\(s\) ahead for (\d+) draft\(s\)/;
/** The server's log line when it warmed up its checks on a sample of the archive. */
const WARMED = /warmed up the checks on a draft made of (\d+) archive document\(s\): (\d+) sentence\(s\) checked, (\d+) document\(s\) drawn apart/;
const logged = (client: LspClient, pattern: RegExp) => client.notifications.some(n => n.method === 'window/logMessage' && pattern.test(n.params.message));

const codesOf = (p: any) => p.diagnostics.map((d: any) => `${d.range.start.line}:${d.code}`).sort();

describe('the editor with a shared archive', function () {
  this.timeout(120_000);
  let pg: TestPostgres;
  let url: string;
  let ws: Workspace;
  before(async () => {
    pg = startTestPostgres();
    url = await pg.createDatabase('editor_test');
    ws = makeWorkspace(DRAFT);
    await archiveOfSeeds(url, ws.dir);
    // The writer's folder keeps one interview of their own; the seeds live in the archive only.
    fs.renameSync(path.join(ws.dir, 'seeds'), path.join(ws.dir, 'ingested'));
    fs.mkdirSync(path.join(ws.dir, 'notes'));
    fs.writeFileSync(path.join(ws.dir, 'notes', 'interview.txt'), 'Menteri Perdagangan Zorbaya Kelantika mengatakan ekspor naik 12 persen pada Maret 2024.\n');
  });
  after(() => {
    pg?.remove();
    if (ws) removeWorkspace(ws);
  });

  it('checks the draft against the archive and the folder\'s sources, and opens archive evidence read-only', async () => {
    const client = await start(ws, { corpus: ['notes/**/*.txt'], archive: url, debounceMs: 0, archivePrefetchDrafts: 0 });
    try {
      // Ready with the folder's own source; the archive's documents are drawn as the draft's check needs them.
      const status = await client.waitFor('sumber/status', p => p.state === 'ready', 60_000);
      assert.equal(status.documents, 1);
      assert.equal(status.archive?.state, 'connected');
      assert.match(status.message, /; the archive local\/editor_test: 5 documents\.$/);
      assert.doesNotMatch(JSON.stringify(status), /password/);
      const published = await client.waitFor('textDocument/publishDiagnostics', p => p.uri === ws.draftUri, 60_000);
      assert.equal(client.notifications.filter(n => n.method === 'textDocument/publishDiagnostics').length, 1, 'no check published before the draw');
      const drawn = await client.waitFor('sumber/status', p => p.state === 'ready' && p.documents > 1, 10_000);
      assert.ok(drawn.documents <= 6);
      assert.deepEqual(codesOf(published), SEED_FINDINGS);
      assert.ok(!logged(client, DRAWN_AHEAD), 'nothing is drawn ahead with sumber.archivePrefetchDrafts at 0');
      const fromArchive = published.diagnostics[0].relatedInformation[0].location.uri;
      assert.match(fromArchive, /^sumber-source:/);
      const text = await client.request(SOURCE_TEXT_REQUEST, { uri: originalOfExtracted(fromArchive.slice(fromArchive.indexOf('?') + 1)) });
      assert.match(text.text, /40 persen|70 persen/);
      const hover = await client.request('textDocument/hover', { textDocument: { uri: ws.draftUri }, position: { line: 4, character: 105 } });
      assert.match(hover?.contents.value ?? '', /Vladimir Putin/);
    } finally {
      await client.shutdown();
    }
  });

  it('draws and checks the newest draft on disk ahead, so that opening it draws nothing and shows the same findings', async () => {
    const now = new Date();
    fs.utimesSync(ws.draft, now, now);
    const client = await start(ws, { corpus: ['notes/**/*.txt'], archive: url, debounceMs: 0, archivePrefetchDrafts: 1 }, false);
    try {
      await client.waitFor('window/logMessage', p => DRAWN_AHEAD.test(p.message), 60_000);
      assert.equal(client.notifications.filter(n => n.method === 'window/logMessage').map(n => DRAWN_AHEAD.exec(n.params.message)?.[1]).find(Boolean), '1');
      const from = client.notifications.length;
      client.notify('textDocument/didOpen', { textDocument: { uri: ws.draftUri, languageId: 'markdown', version: 1, text: DRAFT } });
      const published = await client.waitFor('textDocument/publishDiagnostics', p => p.uri === ws.draftUri, 30_000, from);
      assert.deepEqual(codesOf(published), SEED_FINDINGS);
      assert.ok(!client.notifications.slice(from).some(n => n.method === 'sumber/status'), 'opening the draft indexed nothing again');
    } finally {
      await client.shutdown();
    }
  });

  it('with no draft on disk to draw ahead, rehearses a first check on a draft of archive documents drawn apart, drawing none of them for the folder', async () => {
    const client = await start(ws, { corpus: ['notes/**/*.txt'], archive: url, debounceMs: 0, archivePrefetchDrafts: 0 }, false);
    try {
      const warmed = await client.waitFor('window/logMessage', p => WARMED.test(p.message), 60_000);
      // The seeds' archive holds five documents: all of them are the sample, and the draft made of them draws them.
      const [, sampled, sentences, apart] = WARMED.exec(warmed.message)!;
      assert.deepEqual([sampled, apart], ['5', '5']);
      assert.ok(Number(sentences) > 20, `the rehearsal checked ${sentences} sentence(s)`);
      const statuses = client.notifications.filter(n => n.method === 'sumber/status' && n.params.state === 'ready');
      assert.deepEqual(statuses.map(n => n.params.documents), [1], 'the warm-up drew nothing into the folder\'s corpus');
      client.notify('textDocument/didOpen', { textDocument: { uri: ws.draftUri, languageId: 'markdown', version: 1, text: DRAFT } });
      const published = await client.waitFor('textDocument/publishDiagnostics', p => p.uri === ws.draftUri, 60_000);
      assert.deepEqual(codesOf(published), SEED_FINDINGS);
    } finally {
      await client.shutdown();
    }
  });

  it('stops the rehearsal the moment a document is open in the editor, even one that is not checked', async () => {
    const client = await start(ws, { corpus: ['notes/**/*.txt'], archive: url, debounceMs: 0, archivePrefetchDrafts: 0 }, false);
    try {
      await client.waitFor('sumber/status', p => p.state === 'ready', 60_000);
      // The folder's own source: no check of its own, so nothing is drawn for it; the writer is at work all the same.
      const source = path.join(ws.dir, 'notes', 'interview.txt');
      client.notify('textDocument/didOpen', { textDocument: { uri: pathToFileURL(source).toString(), languageId: 'plaintext', version: 1, text: fs.readFileSync(source, 'utf8') } });
      await client.waitFor('window/logMessage', p => /the warm-up stopped, a document being open or checked/.test(p.message), 60_000);
      assert.ok(!logged(client, WARMED));
    } finally {
      await client.shutdown();
    }
  });

  it('goes on with the folder\'s sources while the database is down, says so, and takes the archive back when it returns', async () => {
    const client = await start(ws, { corpus: ['notes/**/*.txt'], archive: url, debounceMs: 0, archivePrefetchDrafts: 0 });
    try {
      await client.waitFor('sumber/status', p => p.state === 'ready' && p.archive?.state === 'connected' && p.documents > 1, 60_000);
      pg.stop();
      const from = client.notifications.length;
      await client.request('sumber/reindex', {});
      const down = await client.waitFor('sumber/status', p => p.state === 'ready', 30_000, from);
      assert.equal(down.archive?.state, 'unreachable');
      assert.equal(down.documents, 1);
      assert.match(down.message, /cannot be reached, so only local sources are checked/);
      // Without the archive, nothing says 70 persen; the folder's interview still says 12.
      const local = await client.waitFor('textDocument/publishDiagnostics', p => p.uri === ws.draftUri && !codesOf(p).includes('0:number-mismatch'), 30_000, from);
      assert.ok(codesOf(local).includes('2:number-mismatch'), JSON.stringify(codesOf(local)));
      assert.ok(client.alive);
      pg.start();
      // Back with the documents drawn before.
      const back = await client.waitFor('sumber/status', p => p.state === 'ready' && p.archive?.state === 'connected', 60_000, from);
      assert.ok(back.documents > 1, JSON.stringify(back));
    } finally {
      await client.shutdown();
    }
  });

  it('draws what an edit needs before it publishes a finding that the drawn documents would take back', async () => {
    // A report in the archive that nothing in the draft points to: the first check does not draw it.
    fs.mkdirSync(path.join(ws.dir, 'reports'));
    fs.writeFileSync(path.join(ws.dir, 'reports', 'panen.txt'),
      'Panen padi di Kecamatan Wonosari mencapai 512 ton pada tahun 2021 menurut Kepala Dinas Pertanian Sutrisno Wibowo.\n\n'
      + 'Harga gabah kering di tingkat petani mencapai Rp5.200 per kilogram menjelang musim tanam.\n');
    const ingested = await runSumber(['ingest', '--db', url, 'reports'], ws.dir, { SUMBER_DB: '' });
    assert.equal(ingested.code, 0, ingested.stderr);
    const client = await start(ws, { corpus: ['notes/**/*.txt'], archive: url, debounceMs: 0, archivePrefetchDrafts: 0 });
    try {
      await client.waitFor('textDocument/publishDiagnostics', p => p.uri === ws.draftUri && p.version === 1, 60_000);
      const drawn = client.notifications.filter(n => n.method === 'sumber/status' && n.params.state === 'ready').at(-1)!.params.documents;
      assert.ok(drawn < 7, 'the report is not drawn for the draft as it was');
      const from = client.notifications.length, requestsFrom = client.requests.length;
      const text = DRAFT + '\nPanen padi di Kecamatan Wonosari mencapai 512 ton pada tahun 2021.\n\nHarga gabah kering di tingkat petani mencapai Rp6.100 per kilogram.\n';
      client.notify('textDocument/didChange', { textDocument: { uri: ws.draftUri, version: 2 }, contentChanges: [{ text }] });
      const added = (p: any) => codesOf(p).filter((c: string) => Number(c.split(':')[0]) >= 6);
      // The first line the report states: no finding; the second it contradicts: the figure, not "unsupported".
      const edited = await client.waitFor('textDocument/publishDiagnostics', p => p.uri === ws.draftUri && p.version === 2 && added(p).length > 0, 60_000, from);
      assert.deepEqual(added(edited), ['8:number-mismatch']);
      assert.ok(client.notifications.slice(from).some(n => n.method === 'sumber/status' && n.params.documents > drawn), 'the edit drew the report');
      // Grown while the writer types: the status item never flips to indexing, and no progress notice opens.
      assert.deepEqual(client.notifications.slice(from).filter(n => n.method === 'sumber/status' && n.params.state !== 'ready').map(n => n.params.state), []);
      assert.ok(!client.requests.slice(requestsFrom).some(r => r.method === 'window/workDoneProgress/create'), 'no progress for a grown working set');
      // Whatever was shown while the report was drawn: never "unsupported" for what the archive has, and the
      // findings of the draft's first lines all along.
      const shown = client.notifications.slice(from).filter(n => n.method === 'textDocument/publishDiagnostics' && n.params.uri === ws.draftUri && n.params.version === 2);
      for (const n of shown) {
        assert.deepEqual(added(n.params).filter((c: string) => c !== '8:number-mismatch'), [], JSON.stringify(codesOf(n.params)));
        assert.deepEqual(codesOf(n.params).filter((c: string) => Number(c.split(':')[0]) < 6), SEED_FINDINGS);
      }
    } finally {
      await client.shutdown();
    }
  });
});
