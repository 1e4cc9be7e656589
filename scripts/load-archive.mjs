#!/usr/bin/env node
// Load on a shared archive (prints numbers; not a test): N simulated writers, each a language server with
// sumber.archive set, open a ~1,000-word draft and edit it at the same time. Prints the time to a ready index,
// the first check, edit → diagnostics, hover and definition latencies over all writers, errors, how many archive documents
// each server drew for its draft, and the servers' memory.
//
//   node scripts/load-archive.mjs --corpus DIR [--writers N] [--edits K] [--pause MS | --in-step MS] [--open-after MS]
//                                 [--no-ingest]
//
// The writers open their drafts at once; they start editing together once every draft's first check is in, so the
// edits measure twenty writers editing, not edits queued behind other drafts' first checks (which the first-check
// line measures). Each writer edits again as soon as its diagnostics and a hover are back, unless --pause gives it
// time to read between edits (a writer types in bursts: the editor checks after 300 ms of quiet by default); such
// writers start their first edits at random points within one pause, not all in the same moment. --in-step MS has
// every writer edit in the same moment, once every MS ms (a writer whose answers are not back by then edits as soon
// as they are, and is counted late): twenty writers editing at once, each edit arriving with nineteen others.
// --open-after MS has each writer open the draft MS ms after their server is ready, not in the same moment (a writer
// who starts a new draft once the editor has been open a while; the server has then had time to warm up).
//
// The archive is SUMBER_DB when set (migrated here, and DIR ingested unless --no-ingest), else a PostgreSQL server
// of the script's own, started from Debian's binaries in a temporary folder (`npm run build` first: it uses the
// tests' helper). DIR is a folder of sources, such as one that ../shared/bench/make-corpus.mjs writes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, SUMBER, killAll, Lsp, random, makeDraft, positionAt, lookupOffsets, typo, words } from './lib/lsp-session.mjs';

process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

function parseArgs(argv) {
  const out = { writers: 5, edits: 20, pause: 0, inStep: 0, openAfter: 0, ingest: true, corpus: undefined, onDisk: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i], v = () => argv[++i];
    if (a === '--writers') out.writers = Number(v());
    else if (a === '--edits') out.edits = Number(v());
    else if (a === '--pause') out.pause = Number(v());
    else if (a === '--in-step') out.inStep = Number(v());
    else if (a === '--corpus') out.corpus = path.resolve(v());
    else if (a === '--no-ingest') out.ingest = false;
    else if (a === '--drafts-on-disk') out.onDisk = true;
    else if (a === '--open-after') out.openAfter = Number(v());
    else throw new Error(`unknown option ${a}; use --corpus DIR, --writers N, --edits K, --pause MS, --in-step MS, --open-after MS, --no-ingest, --drafts-on-disk`);
  }
  if (!out.corpus) throw new Error('--corpus DIR is needed: a folder of sources to put in the archive');
  if (!(out.writers >= 1) || !(out.edits >= 1)) throw new Error('--writers and --edits need whole numbers from 1');
  if (!(out.pause >= 0)) throw new Error('--pause needs a number of milliseconds');
  if (!(out.inStep >= 0)) throw new Error('--in-step needs a number of milliseconds');
  if (!(out.openAfter >= 0)) throw new Error('--open-after needs a number of milliseconds');
  if (out.pause && out.inStep) throw new Error('--pause and --in-step are two rhythms: give one');
  return out;
}

const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN; };
const ms = x => `${Math.round(x)} ms`;

function cli(args, cwd) {
  const started = performance.now();
  const r = spawnSync(process.execPath, [SUMBER, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`sumber ${args.join(' ')} failed: ${r.stderr}`);
  return { out: r.stdout, ms: performance.now() - started };
}

/**
 * One writer's session: open the draft, then edit it `edits` times; after each check, hover a name, go to the
 * source of a quotation and read for `pause` ms. With `tick` (--in-step), edit k waits for the k-th shared moment.
 */
async function writer(lsp, workspace, i, edits, pause, opened, tick, openAfter) {
  const uri = pathToFileURL(draftPath(workspace, i)).toString();
  const rnd = random(100 + i);
  let text = makeDraft(), version = 1;
  const result = { firstCheck: NaN, edit: [], hover: [], definition: [], errors: 0, late: 0 };
  const diagnosticsOf = v => lsp.waitFor('textDocument/publishDiagnostics', p => p.uri === uri && p.version === v, 120_000, `diagnostics of writer ${i}`);
  if (openAfter) await new Promise(resolve => setTimeout(resolve, openAfter));
  let t = performance.now();
  lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  result.firstCheck = (await diagnosticsOf(version)).at - t;
  await opened();
  // Writers who read between edits are not in step: each begins at its own point of that rhythm.
  if (pause) await new Promise(resolve => setTimeout(resolve, rnd() * pause));
  for (let k = 0; k < edits; k++) {
    if (tick && !(await tick(k))) result.late++;
    try {
      const typed = typo(text, rnd);
      text = typed.text;
      version++;
      t = performance.now();
      lsp.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [typed.change] });
      result.edit.push((await diagnosticsOf(version)).at - t);
      // A name to hover, and a quotation (a name when the draft has none) to go to the source of.
      const [name, quote] = lookupOffsets(text, 2, rnd);
      t = performance.now();
      await lsp.request('textDocument/hover', { textDocument: { uri }, position: positionAt(text, name.offset) });
      result.hover.push(performance.now() - t);
      t = performance.now();
      await lsp.request('textDocument/definition', { textDocument: { uri }, position: positionAt(text, quote.offset) });
      result.definition.push(performance.now() - t);
      if (pause) await new Promise(resolve => setTimeout(resolve, pause));
    } catch (e) {
      result.errors++;
      process.stderr.write(`load: writer ${i}: ${e.message}\n`);
    }
  }
  return result;
}

const draftPath = (workspace, i) => path.join(workspace, `draft-${i}.md`);

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  let pg, url = process.env.SUMBER_DB;
  if (!url) {
    const { startTestPostgres } = createRequire(import.meta.url)(path.join(ROOT, 'out/test/archive/postgres.js'));
    pg = startTestPostgres();
    url = await pg.createDatabase('load');
  }
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'sumber-load-'));
  try {
    cli(['db', 'migrate', '--db', url], workspace);
    if (opts.ingest) {
      const r = cli(['ingest', '--db', url, opts.corpus], workspace);
      process.stdout.write(`ingest ${opts.corpus}: ${(r.ms / 1000).toFixed(1)} s (${r.out.trim().split('\n').join(', ')})\n`);
    }
    // With --drafts-on-disk each writer has a folder of their own, where their draft is saved before the editor
    // starts (a draft the server draws ahead); else the writers share one folder and open drafts new to it.
    const folders = Array.from({ length: opts.writers }, (_, i) => (opts.onDisk ? path.join(workspace, `writer-${i}`) : workspace));
    for (const [i, dir] of folders.entries()) {
      mkdirSync(path.join(dir, 'notes'), { recursive: true });
      writeFileSync(path.join(dir, 'notes', 'own.txt'), 'Catatan wawancara penulis sendiri.\n');
      if (opts.onDisk) writeFileSync(draftPath(dir, i), makeDraft());
    }
    const config = { corpus: ['notes/**/*.txt'], archive: url, debounceMs: 0, indexCache: false };
    const servers = folders.map(dir => new Lsp(dir, config));
    const started = performance.now();
    const ready = await Promise.all(servers.map(async (lsp, i) => {
      await lsp.request('initialize', { processId: process.pid, rootUri: pathToFileURL(folders[i]).toString(), workspaceFolders: null, capabilities: { workspace: { configuration: true } } }, 60_000);
      lsp.notify('initialized', {});
      const s = await lsp.waitFor('sumber/status', p => p.state !== 'indexing', 600_000, 'the archive to load');
      if (s.params.archive?.state !== 'connected') throw new Error(`a writer's server did not reach the archive: ${s.params.message}`);
      const ahead = opts.onDisk ? await lsp.waitFor('window/logMessage', p => /ahead for \d+ draft/.test(p.message), 600_000, 'the drafts on disk to be drawn ahead') : undefined;
      return { ms: s.at - started, archive: s.params.archive.documents, ahead: ahead && ahead.at - started };
    }));
    // Every writer waits at `opened` until all drafts have had their first check.
    let left = opts.writers, go, startedEditing = 0;
    const allOpened = new Promise(resolve => { go = resolve; });
    const opened = () => { if (--left === 0) { startedEditing = performance.now(); go(); } return allOpened; };
    // --in-step: the k-th shared moment, k·MS after the last first check; false when it had passed already.
    const tick = opts.inStep ? k => {
      const wait = startedEditing + k * opts.inStep - performance.now();
      return wait > 0 ? new Promise(resolve => setTimeout(() => resolve(true), wait)) : Promise.resolve(wait > -5);
    } : undefined;
    const results = await Promise.all(servers.map((lsp, i) => writer(lsp, folders[i], i, opts.edits, opts.pause, opened, tick, opts.openAfter)));
    const firstEdits = results.flatMap(r => r.edit.slice(0, 1)), laterEdits = results.flatMap(r => r.edit.slice(1));
    const edit = results.flatMap(r => r.edit), hover = results.flatMap(r => r.hover), definition = results.flatMap(r => r.definition);
    const rss = servers.map(s => s.peakRssMb() ?? 0);
    // Each server's corpus at the end: its own notes and the archive documents its writer's draft drew.
    const drawn = servers.map(s => s.seen.filter(n => n.method === 'sumber/status' && n.params.state === 'ready').at(-1)?.params.documents ?? 0);
    process.stdout.write([
      `writers ${opts.writers}, draft ${words(makeDraft())} words, ${opts.edits} edits each${opts.pause ? `, ${opts.pause} ms apart after each answer` : ''}${opts.inStep ? `, all at once every ${opts.inStep} ms` : ''}; archive ${ready[0].archive} documents, of which each server drew ${Math.min(...drawn) - 1}-${Math.max(...drawn) - 1} (beside its own notes)`,
      `ready: p50 ${ms(pct(ready.map(r => r.ms), 50))}, slowest ${ms(Math.max(...ready.map(r => r.ms)))} (all servers starting at once)`,
      ...(opts.onDisk ? [`drafts on disk drawn ahead and checked: p50 ${ms(pct(ready.map(r => r.ahead), 50))}, slowest ${ms(Math.max(...ready.map(r => r.ahead)))} from the start`] : []),
      `first check${opts.onDisk ? ' (a draft drawn ahead, opened then)' : ' (a draft new to the server)'}${opts.openAfter ? `, opened ${opts.openAfter} ms after ready` : ''}: p50 ${ms(pct(results.map(r => r.firstCheck), 50))}, slowest ${ms(Math.max(...results.map(r => r.firstCheck)))}`,
      `edit → diagnostics: p50 ${ms(pct(edit, 50))}, p99 ${ms(pct(edit, 99))} (${edit.length} edits${opts.inStep ? `; ${results.reduce((n, r) => n + r.late, 0)} made late, after their moment had passed` : ''})`,
      // A server's first edit after its first check runs code the first check did not (the incremental paths), and
      // with writers in step every server makes it in the same moment: its share of the tail is shown apart.
      ...(opts.edits > 1 ? [`  of which each writer's first edit: p50 ${ms(pct(firstEdits, 50))}, slowest ${ms(Math.max(...firstEdits))}; the later edits: p50 ${ms(pct(laterEdits, 50))}, p99 ${ms(pct(laterEdits, 99))}`] : []),
      `hover: p50 ${ms(pct(hover, 50))}, p99 ${ms(pct(hover, 99))} (${hover.length} hovers)`,
      `definition: p50 ${ms(pct(definition, 50))}, p99 ${ms(pct(definition, 99))} (${definition.length} requests)`,
      `errors: ${results.reduce((n, r) => n + r.errors, 0)}`,
      `server peak RSS: each up to ${Math.round(Math.max(...rss))} MB, ${Math.round(rss.reduce((a, b) => a + b, 0))} MB in all`,
    ].join('\n') + '\n');
    await Promise.all(servers.map(s => s.stop()));
  } finally {
    rmSync(workspace, { recursive: true, force: true });
    pg?.remove();
  }
}

main().catch(e => { process.stderr.write(`load: ${e.stack ?? e}\n`); process.exit(1); });
