#!/usr/bin/env node
// Benchmark (prints numbers; not a test). `npm run bench` builds, then measures per corpus size, side by side:
// a cold `sumber index` (wall time and peak RSS), MiniSearch indexing the same files as a yardstick, and the
// language server's latencies on a ~1,000-word draft (full check, edit → diagnostics, hover, definition, hover
// while a check runs). Every measurement runs in its own child process, so a peak RSS belongs to one measurement.
//
//   node scripts/bench.mjs [--sizes 1,10] [--100] [--runs N]
//
// --runs N repeats the cold index and MiniSearch N times and reports the medians: on a shared or small machine
// one run can be off by half.
//
// Corpora come from the deterministic generator in the shared folder (SUMBER_SHARED, else ../shared), so numbers
// from two machines or two commits refer to byte-identical input. They are generated once into the system's temp
// folder and reused while the generator is unchanged.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { ROOT, SUMBER, start, kill, killAll, withTimeout, Lsp, random, words, makeDraft, positionAt, lookupOffsets, typo } from './lib/lsp-session.mjs';

const SELF = fileURLToPath(import.meta.url);

// --- children: every process we start is killed when we leave, however we leave ----------------------------

// Temp folders of measurements in flight: a signal skips their `finally`, so the exit handler removes them too.
const tempDirs = new Set();
process.on('exit', () => {
  killAll();
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { process.stderr.write(`\nbench: ${signal}, stopping\n`); process.exit(130); });

// --- child mode: the programs whose time and memory are measured ---------------------------------------------

/** Source files under a folder, as Sumber's `--corpus DIR` takes them, in a stable order. */
function sourceFiles(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(?:txt|md|markdown)$/i.test(e.name)) out.push(p);
  }
  return out.sort();
}

async function runChild(kind, dir) {
  const require = createRequire(import.meta.url);
  if (kind === 'minisearch') {
    const MiniSearch = require('minisearch');
    // The title line is a field of its own, as a search box over news would have it.
    const docs = sourceFiles(dir).map((file, id) => {
      const text = readFileSync(file, 'utf8');
      const nl = text.indexOf('\n');
      return nl < 0 ? { id, title: text, text: '' } : { id, title: text.slice(0, nl), text: text.slice(nl + 1) };
    });
    const index = new MiniSearch({ fields: ['title', 'text'] });
    index.addAll(docs);
    process.stdout.write(`documents ${index.documentCount}\nterms ${index.termCount}\n`);
  } else if (kind === 'index') {
    // Used only where /usr/bin/time is missing: the same loading the CLI does, in a process that can report its
    // own peak RSS (the CLI does not print it).
    const { loadCorpus } = require(path.join(ROOT, 'out', 'server', 'src', 'corpus-files.js'));
    const loaded = loadCorpus(path.dirname(dir), [dir], f => pathToFileURL(f).toString(), undefined, { allowOutside: true });
    const s = loaded.corpus.stats;
    process.stdout.write(`documents ${s.documents}\nsentences ${s.sentences}\n`);
  } else throw new Error(`unknown child ${kind}`);
  // resourceUsage reports kilobytes, like /usr/bin/time's %M.
  process.stdout.write(`maxrss-kb ${process.resourceUsage().maxRSS}\n`);
}

// --- measuring a process: wall time from here, peak RSS from /usr/bin/time or from the child itself ---------

/** Whether /usr/bin/time is GNU time (takes -f and -o); BSD and some BusyBox builds do not. */
function probeGnuTime() {
  if (!existsSync('/usr/bin/time')) return false;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sumber-time-'));
  try {
    const out = path.join(dir, 'o');
    const r = spawnSync('/usr/bin/time', ['-f', '%e %M', '-o', out, process.execPath, '-e', ''], { stdio: 'ignore', timeout: 10_000 });
    return r.status === 0 && /^\s*[\d.]+ \d+\s*$/.test(readFileSync(out, 'utf8'));
  } catch { return false; } finally { rmSync(dir, { recursive: true, force: true }); }
}

/** Runs a program to its end (or kills it at the timeout); wall time is measured here, from spawn to exit. */
async function run(cmd, args, timeoutMs, what) {
  const started = performance.now();
  const child = start(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '', stderr = '';
  child.stdout.on('data', d => { stdout += d; });
  child.stderr.on('data', d => { stderr += d; });
  try {
    const code = await withTimeout(new Promise((resolve, reject) => { child.on('error', reject); child.on('close', resolve); }), timeoutMs, what);
    const wallMs = performance.now() - started;
    if (code !== 0) throw new Error(`${what} exited with ${code}:\n${stderr.trim()}`);
    return { wallMs, stdout };
  } finally {
    kill(child);
  }
}

/** Wall time and peak RSS of `node ARGS`: RSS from GNU time when there is one, else from the child's own report. */
async function measure(args, timeoutMs, what, gnuTime) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sumber-measure-'));
  tempDirs.add(dir);
  const timeFile = path.join(dir, 'time');
  try {
    const { wallMs, stdout } = gnuTime
      ? await run('/usr/bin/time', ['-f', '%e %M', '-o', timeFile, process.execPath, ...args], timeoutMs, what)
      : await run(process.execPath, args, timeoutMs, what);
    const rssKb = gnuTime ? Number(readFileSync(timeFile, 'utf8').trim().split(/\s+/).pop()) : Number(stdout.match(/^maxrss-kb (\d+)$/m)?.[1]);
    const field = name => { const m = stdout.match(new RegExp(`^${name} (\\d+)$`, 'm')); return m ? Number(m[1]) : undefined; };
    return { wallMs, rssMb: rssKb / 1024, field };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    tempDirs.delete(dir);
  }
}

// --- corpora -----------------------------------------------------------------------------------------------

function sharedDir() {
  const shared = process.env.SUMBER_SHARED ?? path.resolve('..', 'shared');
  const generator = path.join(shared, 'bench', 'make-corpus.mjs');
  if (!existsSync(generator)) {
    throw new Error(`the corpus generator ${generator} is missing. The benchmark needs the shared folder (bench/, data/, seeds/) `
      + `beside the project, or SUMBER_SHARED set to where it is.`);
  }
  return { shared, generator };
}

/**
 * A workspace folder holding `corpus/` of the given size, generated on first use. A marker, written only after the
 * generator succeeded, records the generator's hash: an interrupted run or a changed generator means a fresh corpus.
 */
async function corpusFor(sizeMb, generator) {
  const workspace = path.join(os.tmpdir(), `sumber-bench-${sizeMb}`);
  const dir = path.join(workspace, 'corpus');
  const marker = path.join(workspace, 'complete.json');
  const hash = createHash('sha256').update(readFileSync(generator)).digest('hex');
  if (existsSync(marker)) {
    try {
      const m = JSON.parse(readFileSync(marker, 'utf8'));
      if (m.generator === hash && existsSync(dir)) return { workspace, dir, files: m.files, bytes: m.bytes, reused: true };
    } catch { /* unreadable marker: generate again */ }
  }
  rmSync(workspace, { recursive: true, force: true });
  mkdirSync(workspace, { recursive: true });
  progress(`${sizeMb} MB: generating corpus in ${dir}`);
  await run(process.execPath, [generator, dir, String(sizeMb)], 60_000 + 10_000 * sizeMb, `the ${sizeMb} MB corpus generator`);
  const files = sourceFiles(dir);
  const bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);
  writeFileSync(marker, JSON.stringify({ generator: hash, files: files.length, bytes }) + '\n');
  return { workspace, dir, files: files.length, bytes, reused: false };
}

// --- one language-server session against a corpus -------------------------------------------------------------

async function lspSession(corpus, sizeMb) {
  const rootUri = pathToFileURL(corpus.workspace).toString();
  // The index cache off: these are the latencies of a cold start; the warm start is measured on its own.
  const config = { corpus: [`${path.relative(corpus.workspace, corpus.dir).split(path.sep).join('/')}/**/*.txt`], debounceMs: 0, indexCache: false };
  const lsp = new Lsp(corpus.workspace, config);
  const ms = () => performance.now();
  try {
    await lsp.request('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: path.basename(corpus.workspace) }],
      // Watching files is offered the way VS Code offers it, so the server does not start its own recursive
      // watcher over the corpus (not part of what an editor user waits for).
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, publishDiagnostics: { versionSupport: true } },
      },
    });
    const initialized = ms();
    lsp.notify('initialized', {});
    const status = await lsp.waitFor('sumber/status', p => p.state !== 'indexing', 120_000 + 30_000 * sizeMb, 'the server to finish indexing');
    if (status.params.state !== 'ready') throw new Error(`the server did not index the corpus: ${status.params.message}`);
    const indexMs = status.at - initialized;

    let text = makeDraft();
    let version = 1;
    const uri = pathToFileURL(path.join(corpus.workspace, 'draft.md')).toString();
    const diagnosticsOf = (v, timeoutMs = 120_000) =>
      lsp.waitFor('textDocument/publishDiagnostics', p => p.uri === uri && p.version === v, timeoutMs, `diagnostics for version ${v}`);

    // (a) full check: didOpen → the first diagnostics for that version.
    let t = ms();
    lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
    const opened = await diagnosticsOf(version);
    const fullCheckMs = opened.at - t;
    const fullCheckServerMs = lsp.serverCheckMs.at(-1);
    const findings = opened.params.diagnostics.length;

    const rnd = random(42);
    /** Inserts one letter inside a random word of four letters or more, as a typo fixed mid-word would. */
    const typeOne = () => {
      const typed = typo(text, rnd);
      text = typed.text;
      version++;
      lsp.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [typed.change] });
    };

    // (b) edit → diagnostics, one edit at a time.
    const editMs = [];
    const loggedBefore = lsp.serverCheckMs.length;
    for (let i = 0; i < 30; i++) {
      t = ms();
      typeOne();
      editMs.push((await diagnosticsOf(version)).at - t);
    }
    const editServerMs = lsp.serverCheckMs.slice(loggedBefore);

    // (c) hover and definition on a settled draft.
    const lookups = async (method, spots) => {
      const times = [];
      const answered = { name: 0, quote: 0 }, asked = { name: 0, quote: 0 };
      for (const { kind, offset } of spots) {
        t = ms();
        const r = await lsp.request(method, { textDocument: { uri }, position: positionAt(text, offset) });
        times.push(ms() - t);
        asked[kind]++;
        if (Array.isArray(r) ? r.length : r) answered[kind]++;
      }
      return { times, answered, asked };
    };
    const hover = await lookups('textDocument/hover', lookupOffsets(text, 100, rnd));
    const definition = await lookups('textDocument/definition', lookupOffsets(text, 100, rnd));

    // (d) hovers sent right after an edit, one after another until that edit's diagnostics arrive: the hovers a
    // writer makes while the check of their last keystroke is still running.
    const busyHover = [];
    let overlapped = 0;
    for (let i = 0; i < 20; i++) {
      typeOne();
      let checked = false;
      const done = diagnosticsOf(version).then(() => { checked = true; });
      const spots = lookupOffsets(text, 50, rnd);
      for (let k = 0; k < spots.length && (k < 3 || !checked); k++) {
        const during = !checked;
        t = ms();
        await lsp.request('textDocument/hover', { textDocument: { uri }, position: positionAt(text, spots[k].offset) });
        busyHover.push(ms() - t);
        if (during) overlapped++;
      }
      await done;
    }

    // (e) a source file added, changed and removed, as the editor's file watcher reports them: each until the
    // server announces the corpus ready again. The file is written beside the generated ones, named to sort in the
    // middle of them (as a new file in a folder usually does: every document after it is renumbered), and always
    // removed.
    // Each change finds the server idle, as a writer's saved source does: the open draft's re-check after the
    // change before, and a second of quiet, come first (back to back, a step also paid for the last one's re-check).
    const documents = status.params.documents;
    const names = readdirSync(corpus.dir).filter(f => f.endsWith('.txt')).sort();
    const added = path.join(corpus.dir, names[names.length >> 1].replace(/\.txt$/, '-bench-added-source.txt'));
    const sourceUri = pathToFileURL(added).toString();
    const sourceMs = {};
    const sourceStep = async (label, type, write, expectDocuments) => {
      write();
      const from = lsp.seen.length;
      t = ms();
      lsp.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: sourceUri, type }] });
      const ready = await lsp.waitFor('sumber/status', p => p.state === 'ready' && p.documents === expectDocuments, 120_000, `the corpus after a source was ${label}`, from);
      (sourceMs[label] ??= []).push(ready.at - t);
      await lsp.waitFor('textDocument/publishDiagnostics', p => p.uri === uri, 120_000, `the draft re-checked after a source was ${label}`, from);
      await new Promise(r => setTimeout(r, 1_000));
    };
    try {
      const article = 'Menteri Perdagangan Zorbaya Kelantika mengatakan ekspor naik 12 persen pada Maret 2024.\n';
      // Three rounds: the first pays for compiling the update's code; the median is the steady cost.
      for (let round = 0; round < 3; round++) {
        await sourceStep('added', 1, () => writeFileSync(added, article), documents + 1);
        await sourceStep('changed', 2, () => writeFileSync(added, article + 'Ia menyebut pasar baru di Qwertania sebagai alasannya.\n'), documents + 1);
        await sourceStep('removed', 3, () => rmSync(added), documents);
      }
    } finally {
      rmSync(added, { force: true });
    }

    // (f) full checks of new drafts once the server has settled: the draft with a word added before every full
    // stop, so that no sentence was checked before, each opened alone after two seconds of quiet. The full check in
    // (a) is the first after the corpus is announced ready, when the server is still warming up.
    const newDraftMs = [];
    for (const [i, word] of ['pula', 'juga', 'lagi', 'saja', 'sekali'].entries()) {
      await new Promise(r => setTimeout(r, 2_000));
      const other = pathToFileURL(path.join(corpus.workspace, `draft-new-${i}.md`)).toString();
      lsp.notify('textDocument/didOpen', { textDocument: { uri: other, languageId: 'markdown', version: 1, text: makeDraft().replace(/\./g, ` ${word}.`) } });
      await lsp.waitFor('textDocument/publishDiagnostics', p => p.uri === other && p.version === 1, 120_000, `diagnostics of new draft ${i + 1}`);
      newDraftMs.push(lsp.serverCheckMs.at(-1));
      lsp.notify('textDocument/didClose', { textDocument: { uri: other } });
    }

    const rssMb = lsp.peakRssMb();
    return {
      indexMs, fullCheckMs, fullCheckServerMs, newDraftMs, findings, draftWords: words(text), editMs, editServerMs, hover, definition, busyHover, overlapped, sourceMs, rssMb,
    };
  } finally {
    await lsp.stop();
  }
}

// --- the table ---------------------------------------------------------------------------------------------

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

const num = (x, digits = 0) => (x === undefined || Number.isNaN(x) ? '?' : x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }));
const msText = x => (x === undefined ? '?' : x < 10 ? num(x, 1) : num(x));
const p50p99 = values => `${msText(percentile(values, 50))} / ${msText(percentile(values, 99))}`;

function printTable(header, rows) {
  const width = rows.reduce((w, r) => Math.max(w, r[0].length), header[0].length);
  const cols = header.slice(1).map((_, i) => rows.reduce((w, r) => Math.max(w, String(r[i + 1] ?? '').length), header[i + 1].length));
  const line = cells => cells.map((c, i) => (i === 0 ? c.padEnd(width) : String(c ?? '').padStart(cols[i - 1]))).join('   ');
  console.log(line(header));
  console.log(line(header.map((_, i) => '-'.repeat(i === 0 ? width : cols[i - 1]))));
  for (const r of rows) console.log(r.length === 1 ? r[0] : line(r));
}

function progress(message) {
  process.stderr.write(`bench: ${message}\n`);
}

function parseArgs(argv) {
  let sizes = [1, 10];
  let add100 = false;
  let runs = 1;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--100') add100 = true;
    else if (a === '--runs' || a.startsWith('--runs=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      runs = Number(v);
      if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs needs a whole number of runs (got ${v})`);
    }
    else if (a === '--sizes' || a.startsWith('--sizes=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      sizes = String(v ?? '').split(',').map(Number);
      if (!sizes.length || sizes.some(s => !(s > 0))) throw new Error(`--sizes needs sizes in MB, such as --sizes 1,10 (got ${v})`);
    } else throw new Error(`unknown option ${a}; use --sizes 1,10, --100 and --runs N`);
  }
  if (add100 && !sizes.includes(100)) sizes.push(100);
  return { sizes, runs };
}

/** Medians of wall time and of peak RSS over runs (each its own median: they need not come from one run). */
function medianOf(runs) {
  return { wallMs: percentile(runs.map(r => r.wallMs), 50), rssMb: percentile(runs.map(r => r.rssMb), 50), field: runs[0].field };
}

async function main() {
  const { sizes, runs } = parseArgs(process.argv.slice(2));
  const { generator } = sharedDir();
  if (!existsSync(SUMBER)) throw new Error(`${path.relative(ROOT, SUMBER)} is missing; run npm run build (npm run bench does)`);
  const gnuTime = probeGnuTime();

  const results = [];
  for (const size of sizes) {
    const corpus = await corpusFor(size, generator);
    const timeout = 120_000 + 30_000 * size;
    const indexRuns = [], miniRuns = [], warmRuns = [];
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'sumber-bench-cache-'));
    for (let i = 0; i < runs; i++) {
      const nth = runs > 1 ? ` ${i + 1}/${runs}` : '';
      progress(`${size} MB: cold index${nth} (${corpus.files} files)`);
      indexRuns.push(gnuTime
        ? await measure([SUMBER, 'index', '--no-cache', '--corpus', corpus.dir], timeout, 'sumber index', true)
        : await measure([SELF, '--child', 'index', corpus.dir], timeout, 'sumber index', false));
      if (gnuTime) {
        // Warm: the second of two runs sharing a cache folder, the first having written it.
        progress(`${size} MB: warm start${nth}`);
        if (i === 0) await measure([SUMBER, 'index', '--cache', cacheDir, '--corpus', corpus.dir], timeout, 'sumber index', true);
        warmRuns.push(await measure([SUMBER, 'index', '--cache', cacheDir, '--corpus', corpus.dir], timeout, 'sumber index', true));
      }
      progress(`${size} MB: MiniSearch${nth}`);
      miniRuns.push(await measure([SELF, '--child', 'minisearch', corpus.dir], timeout, 'MiniSearch', gnuTime));
    }
    rmSync(cacheDir, { recursive: true, force: true });
    const index = medianOf(indexRuns), mini = medianOf(miniRuns), warm = warmRuns.length ? medianOf(warmRuns) : undefined;
    progress(`${size} MB: language server`);
    const lsp = await lspSession(corpus, size);
    results.push({ size, corpus, index, mini, warm, lsp });
  }

  const cpus = os.cpus();
  let commit = '';
  try { commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim(); } catch { /* not a checkout */ }
  console.log(`Sumber benchmark  ${new Date().toISOString()}${commit ? `  commit ${commit}` : ''}`);
  console.log(`${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${num(os.totalmem() / 2 ** 30, 1)} GB, node ${process.version}, ${os.platform()} ${os.release()}`);
  console.log(`draft: ${num(results[0].lsp.draftWords)} words of the seed articles, some numbers changed; peak RSS from ${gnuTime ? '/usr/bin/time' : 'process.resourceUsage() in the child'}`
    + (runs > 1 ? `; index and MiniSearch: medians of ${runs} runs` : '; one run each'));
  console.log('');
  const r = (label, f) => [label, ...results.map(f)];
  const answers = l => `${l.answered.name}/${l.asked.name} / ${l.answered.quote}/${l.asked.quote}`;
  printTable(['', ...results.map(x => `${x.size} MB`)], [
    r('corpus files / MB', x => `${num(x.corpus.files)} / ${num(x.corpus.bytes / 1e6, 1)}`),
    r('documents / sentences', x => `${num(x.index.field('documents'))} / ${num(x.index.field('sentences'))}`),
    [gnuTime ? 'cold index (sumber index)' : 'cold index (loadCorpus in a node child)'],
    r('  wall ms', x => msText(x.index.wallMs)),
    r('  peak RSS MB', x => num(x.index.rssMb)),
    ['MiniSearch addAll (title, text)'],
    r('  wall ms', x => msText(x.mini.wallMs)),
    r('  peak RSS MB', x => num(x.mini.rssMb)),
    r('  Sumber / MiniSearch time', x => `${num(x.index.wallMs / x.mini.wallMs, 1)}x`),
    r('  Sumber / MiniSearch RSS', x => `${num(x.index.rssMb / x.mini.rssMb, 1)}x`),
    ['warm start (sumber index, unchanged corpus, index cache)'],
    r('  wall ms', x => (x.warm ? msText(x.warm.wallMs) : 'n/a (1)')),
    r('  peak RSS MB', x => (x.warm ? num(x.warm.rssMb) : 'n/a (1)')),
    r('  warm / cold time', x => (x.warm ? `${num((100 * x.warm.wallMs) / x.index.wallMs)}%` : 'n/a (1)')),
    ['language server (debounce 0)'],
    r('  initialized -> ready ms', x => msText(x.lsp.indexMs)),
    r('  full check ms (server)', x => `${msText(x.lsp.fullCheckMs)} (${msText(x.lsp.fullCheckServerMs)})`),
    r('  full check of a new draft, server ms, median (min-max) (5)', x => `${msText(percentile(x.lsp.newDraftMs, 50))} (${msText(Math.min(...x.lsp.newDraftMs))}-${msText(Math.max(...x.lsp.newDraftMs))})`),
    r('  findings on the draft', x => num(x.lsp.findings)),
    r('  edit -> diagnostics p50 / p99 (2)', x => p50p99(x.lsp.editMs)),
    r('    of which the server checked', x => p50p99(x.lsp.editServerMs)),
    r('  hover p50 / p99', x => p50p99(x.lsp.hover.times)),
    r('  hovers answered, names / quotes', x => answers(x.lsp.hover)),
    r('  definition p50 / p99', x => p50p99(x.lsp.definition.times)),
    r('  definitions answered, names / quotes', x => answers(x.lsp.definition)),
    r('  hover during check p50 / p99 (3)', x => p50p99(x.lsp.busyHover)),
    r('  source added / changed / removed -> ready ms, median (4)', x => ['added', 'changed', 'removed'].map(k => msText(percentile(x.lsp.sourceMs[k], 50))).join(' / ')),
    r('    first round', x => ['added', 'changed', 'removed'].map(k => msText(x.lsp.sourceMs[k][0])).join(' / ')),
    r('  server peak RSS MB', x => (x.lsp.rssMb === undefined ? 'n/a' : num(x.lsp.rssMb))),
  ]);
  console.log('');
  console.log('(1) measured only where GNU time is available.');
  console.log('(2) 30 one-letter edits inside words, each waiting for the diagnostics of its version; p99 of 30 is the slowest.'
    + ' The server\'s own time (analysis and check, from its log) is the line below.');
  console.log(`(3) 20 edits, each followed at once by hovers one after another until its diagnostics arrive (at least 3); `
    + `${results.map(x => `${x.size} MB: ${x.lsp.overlapped} of ${x.lsp.busyHover.length}`).join(', ')} hovers were sent before the diagnostics came.`);
  console.log('(4) one small source file written beside the generated ones, named to sort in their middle, then changed, then removed, each reported as the'
    + ' editor\'s file watcher reports it, until the server says the corpus is ready again (with new words, so the vocabulary changes);'
    + ' each change waits for the draft\'s re-check after the one before and a second of quiet; three rounds.');
  console.log('(5) after the rest, five new drafts (the draft with a word added before every full stop, so that no sentence was checked before), each opened'
    + ' after two seconds of quiet; the full check above is the first one after the corpus is announced ready.');
  console.log('Wall times include node start-up; the corpus files are usually in the page cache (just generated, or read by an earlier run).');
}

const argv = process.argv.slice(2);
try {
  if (argv[0] === '--child') await runChild(argv[1], argv[2]);
  else await main();
} catch (err) {
  process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
  killAll();
}
