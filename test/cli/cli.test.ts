import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { SERVER, LspClient } from '../lsp/lsp-client';
import { makeWorkspace, removeWorkspace, REPO } from '../workspace';

// The `sumber` command as a writer or a script runs it, and its agreement with the editor.

const DRAFT = [
  'China menyediakan sekitar 40 persen peralatan mesin yang diimpor Rusia.',
  '',
  'Keamanan diperketat di Samarkand dengan kehadiran polisi yang banyak di jalan-jalan.',
  '',
  'Dalam wawancara dengan BBC, Zelensky memperingatkan bahwa Rusia dapat melancarkan perangnya ke Eropa.',
  '',
].join('\n');

function sumber(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, [SERVER, ...args], { cwd, encoding: 'utf8' });
}

describe('sumber CLI', function () {
  this.timeout(30000);

  it('check --format json reports findings in LSP coordinates with evidence, exit 1', () => {
    const ws = makeWorkspace(DRAFT);
    try {
      const r = sumber(ws.dir, 'check', '--format', 'json', 'draft.md');
      assert.equal(r.status, 1, r.stderr);
      const out = JSON.parse(r.stdout);
      const diags = out.files[0].diagnostics;
      assert.equal(out.files[0].path, 'draft.md');
      const number = diags.find((d: any) => d.code === 'number-mismatch');
      assert.deepEqual(number.range.start, { line: 0, character: 26 });
      assert.equal(number.severity, 'error');
      assert.equal(number.evidence[0].path, 'seeds/004_b5881bf3274fa01a.txt');
      assert.equal(number.evidence[0].text, '70 persen');
      const entity = diags.find((d: any) => d.code === 'unknown-entity');
      assert.equal(entity.range.start.line, 4);
      assert.match(entity.message, /BBC/);
      assert.ok(!diags.some((d: any) => d.range.start.line === 2), 'supported sentence passes');
    } finally { removeWorkspace(ws); }
  });

  it('check prints file:line:col severity code message in text form', () => {
    const ws = makeWorkspace(DRAFT);
    try {
      const r = sumber(ws.dir, 'check', 'draft.md');
      assert.match(r.stdout, /^draft\.md:1:27 error number-mismatch .*70 persen/m);
      // The closing count in the draft's language, as its findings are; in English with --lang en.
      assert.match(r.stdout, /^\d+ temuan dalam 1 berkas\n$/m);
      assert.match(sumber(ws.dir, 'check', '--lang', 'en', 'draft.md').stdout, /^\d+ problems? in 1 file\n$/m);
    } finally { removeWorkspace(ws); }
  });

  it('exits 0 on a draft the sources support', () => {
    const ws = makeWorkspace('Keamanan diperketat di Samarkand dengan kehadiran polisi yang banyak di jalan-jalan.\n');
    try {
      const r = sumber(ws.dir, 'check', 'draft.md');
      assert.equal(r.status, 0, r.stdout);
    } finally { removeWorkspace(ws); }
  });

  it('reads the English word vectors from beside the bundle: a sentence its passage words otherwise passes', () => {
    // The passage: "… we are asking anyone with a rash and a fever to call ahead before coming in," Hale said.
    const draft = "The chief medical officer of St. Brendan's Regional Hospital urged people with a fever and rash to phone ahead rather than simply turn up at the hospital.\n";
    const ws = makeWorkspace(draft, 'draft.md', path.join(REPO, 'test/fixtures/vaccine'));
    try {
      const r = sumber(ws.dir, 'check', 'draft.md');
      assert.equal(r.status, 0, r.stdout + r.stderr);
    } finally { removeWorkspace(ws); }
  });

  it('exits 2 on bad usage and says why', () => {
    const r = sumber(process.cwd(), 'check', '--format', 'xml', 'x.md');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /unknown format "xml"/);
    assert.equal(sumber(process.cwd(), 'frobnicate').status, 2);
  });

  it('takes --corpus paths, reports a missing one and skips unreadable files', () => {
    const ws = makeWorkspace(DRAFT);
    try {
      fs.writeFileSync(path.join(ws.dir, 'seeds', 'broken.txt'), Buffer.from([0x41, 0xff, 0xfe, 0x42]));
      const r = sumber(ws.dir, 'index', '--corpus', 'seeds', '--corpus', 'nowhere/*.txt');
      assert.match(r.stdout, /^documents 5$/m);
      assert.match(r.stderr, /skipped seeds\/broken\.txt: it is not valid UTF-8/);
      assert.match(r.stderr, /no corpus files match nowhere\/\*\.txt/);
      // In Indonesian when --lang says so, from the same words the editor shows.
      const id = sumber(ws.dir, 'index', '--corpus', 'seeds', '--lang', 'id');
      assert.match(id.stderr, /sumber: seeds\/broken\.txt dilewati: berkas ini bukan teks UTF-8 yang sah/);
    } finally { removeWorkspace(ws); }
  });

  it('index prints what it found', () => {
    const ws = makeWorkspace('');
    try {
      const r = sumber(ws.dir, 'index');
      assert.equal(r.status, 0);
      assert.match(r.stdout, /^documents 5$/m);
      assert.match(r.stdout, /^sentences \d+$/m);
      assert.match(r.stdout, /Vladimir Putin/);
    } finally { removeWorkspace(ws); }
  });

  it('agrees with the language server on every finding', async () => {
    const ws = makeWorkspace(DRAFT);
    const client = new LspClient();
    try {
      const cli = JSON.parse(sumber(ws.dir, 'check', '--format', 'json', 'draft.md').stdout).files[0].diagnostics;
      await client.request('initialize', { processId: process.pid, rootUri: ws.rootUri, capabilities: {} });
      client.notify('initialized', {});
      client.notify('textDocument/didOpen', { textDocument: { uri: ws.draftUri, languageId: 'markdown', version: 1, text: DRAFT } });
      const lsp = await client.waitFor('textDocument/publishDiagnostics', p => p.uri === ws.draftUri && p.diagnostics.length > 0);
      const key = (d: any) => `${d.code} ${JSON.stringify(d.range)} ${d.message} ${d.codeDescription?.href}`;
      assert.deepEqual(lsp.diagnostics.map(key).sort(), cli.map(key).sort());
    } finally { await client.shutdown(); removeWorkspace(ws); }
  });

  it('exits 2, not 1, when a draft is missing, so a script can tell a typo from findings', () => {
    const ws = makeWorkspace(DRAFT);
    try {
      const r = sumber(ws.dir, 'check', 'drfat.md');
      assert.equal(r.status, 2);
      assert.match(r.stderr, /drfat\.md does not exist/);
      assert.doesNotMatch(r.stderr, /at \w+ \(/); // no stack trace
    } finally { removeWorkspace(ws); }
  });

  it('exits 2 when there are no sources, instead of passing a draft as clean', () => {
    const ws = makeWorkspace(DRAFT);
    try {
      fs.rmSync(path.join(ws.dir, 'seeds'), { recursive: true });
      const r = sumber(ws.dir, 'check', 'draft.md');
      assert.equal(r.status, 2);
      assert.match(r.stderr, /no sources to check against/);
      assert.equal(r.stdout, '');
      const empty = sumber(ws.dir, 'check', '--corpus', 'nothing/**/*.txt', 'draft.md');
      assert.equal(empty.status, 2);
      // In Indonesian when --lang says so, as the editor says it in an Indonesian window.
      const id = sumber(ws.dir, 'check', '--lang', 'id', '--corpus', 'nothing/**/*.txt', 'draft.md');
      assert.equal(id.stderr, 'sumber: tidak ada berkas sumber yang cocok dengan nothing/**/*.txt\nsumber: tidak ada sumber untuk memeriksa draf: sumbernya kosong\n');
    } finally { removeWorkspace(ws); }
  });

  it('exits 2 at once on a broken glob or a path through a file', () => {
    const ws = makeWorkspace(DRAFT);
    try {
      const started = Date.now();
      const brace = sumber(ws.dir, 'check', '--corpus', 'seeds/{a,b.txt', 'draft.md');
      assert.equal(brace.status, 2);
      assert.match(brace.stderr, /unclosed \{/);
      const through = sumber(ws.dir, 'check', '--corpus', 'draft.md/y', 'draft.md');
      assert.equal(through.status, 2);
      assert.doesNotMatch(through.stderr, /at \w+ \(/);
      assert.ok(Date.now() - started < 4000);
    } finally { removeWorkspace(ws); }
  });

  it('reports a draft over --max-draft-size instead of checking it', () => {
    const ws = makeWorkspace(DRAFT.repeat(10));
    try {
      const r = sumber(ws.dir, 'check', '--format', 'json', '--max-draft-size', '1', 'draft.md');
      assert.equal(r.status, 0);
      const d = JSON.parse(r.stdout).files[0].diagnostics;
      assert.deepEqual(d.map((x: any) => [x.code, x.severity]), [['draft-too-large', 'information']]);
      assert.match(d[0].message, /--max-draft-size/);
    } finally { removeWorkspace(ws); }
  });

  it('documents its exit codes in --help', () => {
    const r = sumber(process.cwd(), '--help');
    assert.equal(r.status, 0);
    for (const code of ['0', '1', '2']) assert.match(r.stdout, new RegExp(`^\\s+${code}\\s+\\w`, 'm'));
  });

  it('prints byte-identical JSON for the evaluation claims, process after process', () => {
    const ws = makeWorkspace('');
    try {
      // Every own claim set as one draft each, a paragraph per claim.
      const files = ['a', 'b', 'c'].map(set => {
        const rows = fs.readFileSync(path.join(REPO, 'eval', `claims-own-${set}.tsv`), 'utf8').split('\n').slice(1).filter(Boolean);
        const name = `claims-${set}.md`;
        fs.writeFileSync(path.join(ws.dir, name), rows.map(r => r.split('\t')[3]).join('\n\n') + '\n');
        return name;
      });
      const first = sumber(ws.dir, 'check', '--format', 'json', ...files);
      const second = sumber(ws.dir, 'check', '--format', 'json', ...files.slice().reverse());
      assert.equal(first.status, 1);
      const byPath = (out: string) => JSON.parse(out).files.sort((x: any, y: any) => x.path.localeCompare(y.path));
      assert.ok(byPath(first.stdout).every((f: any) => f.diagnostics.length > 0));
      assert.equal(JSON.stringify(byPath(second.stdout)), JSON.stringify(byPath(first.stdout)));
      assert.equal(sumber(ws.dir, 'check', '--format', 'json', ...files).stdout, first.stdout);
    } finally { removeWorkspace(ws); }
  });

  it('keeps the analysed corpus in --cache and checks the same from it', () => {
    const ws = makeWorkspace(DRAFT);
    try {
      const cache = path.join(ws.dir, 'cache');
      assert.match(sumber(ws.dir, 'index', '--cache', cache).stdout, /^cache written$/m);
      assert.match(sumber(ws.dir, 'index', '--cache', cache).stdout, /^cache hit$/m);
      const cached = sumber(ws.dir, 'check', '--format', 'json', '--cache', cache, 'draft.md');
      const fresh = sumber(ws.dir, 'check', '--format', 'json', '--no-cache', 'draft.md');
      assert.equal(cached.stdout, fresh.stdout);
      assert.match(sumber(ws.dir, 'index', '--no-cache').stdout, /^cache off$/m);
    } finally { removeWorkspace(ws); }
  });
});
