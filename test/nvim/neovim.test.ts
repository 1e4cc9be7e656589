import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { SERVER } from '../lsp/lsp-client';
import { SAMPLE_LINES } from '../lsp/sample-draft';
import { makeWorkspace, removeWorkspace, REPO, SEEDS, Workspace } from '../workspace';

// Neovim as a second, independent LSP client: its own JSON-RPC, its own capabilities and
// position handling. test/nvim/sumber.lua drives it headless and writes what it got as JSON.

// The language server tests' sample draft without its heading and its misattributed quote: a correct quote, a
// wrong figure and a supported sentence.
const DRAFT = SAMPLE_LINES.slice(2, 8).join('\n');

const CONFIG = path.join(REPO, 'test', 'nvim', 'sumber.lua');
const NVIM = process.env.SUMBER_NVIM || 'nvim';
const BUDGET_MS = 10000;

interface Report {
  errors: string[];
  nvim: { major: number; minor: number; patch: number };
  diagnostics?: { lnum: number; col: number; source: string; code: string; message: string }[];
  hover?: { result?: any; lines?: string[] };
  definition?: { result?: any; jumped?: { file: string; line: number; text: string } };
  references?: { result?: any };
}

function runNeovim(ws: Workspace, home: string): Report {
  const out = path.join(home, 'report.json');
  const xdg = (name: string) => path.join(home, name);
  const r = spawnSync(NVIM, ['--headless', '--clean', '-u', CONFIG], {
    cwd: ws.dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: BUDGET_MS + 3000,
    killSignal: 'SIGKILL',
    env: {
      ...process.env,
      SUMBER_DRAFT: ws.draft,
      SUMBER_SERVER: SERVER,
      SUMBER_NODE: process.execPath,
      SUMBER_NVIM_OUT: out,
      SUMBER_TIMEOUT_MS: String(BUDGET_MS),
      // Keep Neovim's log, shada and state out of the user's home.
      XDG_CONFIG_HOME: xdg('config'), XDG_DATA_HOME: xdg('data'), XDG_STATE_HOME: xdg('state'), XDG_CACHE_HOME: xdg('cache'),
    },
  });
  const err = r.error as NodeJS.ErrnoException | undefined;
  if (err?.code === 'ENOENT') {
    assert.fail(`Neovim is not installed: '${NVIM}' is not on PATH. This test drives the language server from Neovim >= 0.7 ` +
      `(apt-get install neovim, or set SUMBER_NVIM to the nvim binary); it is not skipped.`);
  }
  const log = () => {
    const lsp = path.join(home, 'cache', 'nvim', 'lsp.log');
    return `\nexit: ${r.status} ${r.signal ?? ''}\nstderr: ${r.stderr}\nstdout: ${r.stdout}\nlsp.log: ${fs.existsSync(lsp) ? fs.readFileSync(lsp, 'utf8').slice(-4000) : '(none)'}`;
  };
  if (err) assert.fail(`nvim failed to run: ${err.message}${log()}`);
  assert.ok(fs.existsSync(out), `nvim wrote no report${log()}`);
  return JSON.parse(fs.readFileSync(out, 'utf8'));
}

describe('language server from Neovim (headless, vim.lsp.start_client)', function () {
  this.timeout(BUDGET_MS + 5000);
  let ws: Workspace;
  let home: string;
  let report: Report;

  before(() => {
    ws = makeWorkspace(DRAFT);
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'sumber-nvim-'));
    report = runNeovim(ws, home);
  });
  after(() => {
    if (ws) removeWorkspace(ws);
    if (home) fs.rmSync(home, { recursive: true, force: true });
  });

  it('runs on Neovim 0.7 or later without errors', () => {
    assert.ok(report.nvim.major > 0 || report.nvim.minor >= 7, JSON.stringify(report.nvim));
    assert.deepEqual(report.errors, []);
  });

  it('shows the number mismatch on the wrong figure only', () => {
    const diags = report.diagnostics ?? [];
    const number = diags.find(d => d.code === 'number-mismatch');
    assert.ok(number, JSON.stringify(diags));
    assert.equal(number.lnum, 2);
    assert.equal(number.source, 'sumber');
    assert.match(number.message, /70 persen/);
    const lines = new Set(diags.map(d => d.lnum));
    assert.ok(!lines.has(0), 'the correct Blinken quote is not flagged');
    assert.ok(!lines.has(4), 'the supported sentence is not flagged');
  });

  it('hovers the surname with the full name', () => {
    const contents = report.hover?.result?.contents;
    assert.ok(contents, JSON.stringify(report.hover));
    assert.match(typeof contents === 'string' ? contents : contents.value, /Antony Blinken/);
    assert.match((report.hover?.lines ?? []).join('\n'), /Antony Blinken/, 'Neovim renders the hover');
  });

  it('goes from the quote to the source line, and Neovim can jump there', () => {
    const result = report.definition?.result;
    const locs: any[] = Array.isArray(result) ? result : result ? [result] : [];
    const target = locs.find(l => (l.uri ?? l.targetUri).endsWith('004_b5881bf3274fa01a.txt'));
    assert.ok(target, JSON.stringify(result));
    const range = target.range ?? target.targetSelectionRange;
    const line = fs.readFileSync(path.join(ws.dir, 'seeds', '004_b5881bf3274fa01a.txt'), 'utf8').split('\n')[range.start.line];
    assert.match(line, /kontributor utama/);
    const jumped = report.definition?.jumped;
    assert.ok(jumped, 'jump_to_location');
    assert.equal(path.basename(jumped.file), '004_b5881bf3274fa01a.txt');
    assert.match(jumped.text, /kontributor utama/);
  });

  it('finds references to Putin in every source', () => {
    const locs: any[] = report.references?.result ?? [];
    const docs = new Set(locs.map(l => decodeURIComponent(l.uri.slice(l.uri.lastIndexOf('/') + 1))));
    const seeds = fs.readdirSync(SEEDS).filter(f => f.endsWith('.txt')).sort();
    assert.equal(seeds.length, 5);
    assert.deepEqual([...docs].sort(), seeds);
  });
});
