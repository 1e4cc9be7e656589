import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { SERVER, LspClient } from '../lsp/lsp-client';
import { makeWorkspace, removeWorkspace } from '../workspace';

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
    } finally { removeWorkspace(ws); }
  });

  it('exits 0 on a draft the sources support', () => {
    const ws = makeWorkspace('Keamanan diperketat di Samarkand dengan kehadiran polisi yang banyak di jalan-jalan.\n');
    try {
      const r = sumber(ws.dir, 'check', 'draft.md');
      assert.equal(r.status, 0, r.stdout);
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
      const key = (d: any) => `${d.code} ${JSON.stringify(d.range)} ${d.message}`;
      assert.deepEqual(lsp.diagnostics.map(key).sort(), cli.map(key).sort());
    } finally { await client.shutdown(); removeWorkspace(ws); }
  });
});
