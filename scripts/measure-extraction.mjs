#!/usr/bin/env node
// What extraction costs (prints numbers; not a test): a folder of 100 sources as writers get them, a third each
// PDF reports, saved web pages and Word files, against the same text as .txt files. Run `npm run build` first.
//
//   node scripts/measure-extraction.mjs [--runs N] [--keep]
//
// --keep leaves the two folders in the temp folder (it says where), to look at or profile.
// The text is the first 100 articles of the 1 MB benchmark corpus (the shared generator, as scripts/bench.mjs
// uses). Each becomes a PDF (pdfkit: pages with a running header and page numbers), a web page (with a site's
// navigation and footer around it) or a Word file (docx), in turn. The .txt twin of each file holds exactly the
// text Sumber extracts from it, so both folders give the analyser the same text and a difference in time is
// extraction's. Measured, each in a fresh process, alternating and reporting medians:
//   - reading: the sources read and extracted (readSourcesAsync), no analysis;
//   - indexing: `sumber index --no-cache` (the bundled CLI): reading plus analysis, as a user waits for it;
//   - indexing with extractions cached: the analysis cache gone, the extraction cache kept.
// Each as wall time and, where GNU time is there to report it, CPU time (steadier on a busy machine).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SUMBER = path.join(ROOT, 'dist', 'sumber.js');
const require = createRequire(import.meta.url);
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;

// --- child mode: read one folder's sources and print the time -----------------------------------------------
if (process.argv[2] === '--read') {
  const { readSourcesAsync } = require(path.join(ROOT, 'out', 'server', 'src', 'corpus-files.js'));
  const dir = process.argv[3];
  const files = readdirSync(dir).sort().map(f => path.join(dir, f));
  const started = performance.now(), cpu = process.cpuUsage();
  const r = await readSourcesAsync(dir, files, f => f, {});
  const ms = performance.now() - started, used = process.cpuUsage(cpu);
  if (r.skipped.length) throw new Error(`skipped: ${JSON.stringify(r.skipped)}`);
  process.stdout.write(`${ms} ${(used.user + used.system) / 1000}\n`);
  process.exit(0);
}

// --- the folders -----------------------------------------------------------------------------------------------
function articles() {
  const generator = path.join(process.env.SUMBER_SHARED ?? path.resolve(ROOT, '..', 'shared'), 'bench', 'make-corpus.mjs');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sumber-extract-src-'));
  const r = spawnSync(process.execPath, [generator, path.join(dir, 'c'), '1'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`the corpus generator ${generator} failed (the shared folder must be beside the project, or SUMBER_SHARED set):\n${r.stderr}`);
  const files = readdirSync(path.join(dir, 'c')).filter(f => f.startsWith('doc_')).sort().slice(0, 100);
  const texts = files.map(f => readFileSync(path.join(dir, 'c', f), 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  return texts.map(t => {
    const [title, ...rest] = t.trim().split('\n');
    return { title, paragraphs: rest.join('\n').split(/\n\s*\n/).map(p => p.replace(/\s+/g, ' ').trim()).filter(Boolean) };
  });
}

function pdf({ title, paragraphs }) {
  const doc = new PDFDocument({ size: 'A4', margin: 72, bufferPages: true, info: { Title: title, CreationDate: new Date(0) } });
  const chunks = [];
  doc.on('data', c => chunks.push(c));
  const done = new Promise(resolve => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font('Helvetica-Bold').fontSize(16).text(title).moveDown(0.5);
  doc.font('Helvetica').fontSize(11);
  for (const p of paragraphs) doc.text(p, { align: 'justify' }).moveDown(0.8);
  const { count } = doc.bufferedPageRange();
  for (let i = 0; i < count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0;
    doc.fontSize(8).text('Kabar Harian · Arsip', 72, 36, { lineBreak: false }).text(String(i + 1), 500, doc.page.height - 40, { lineBreak: false });
  }
  doc.end();
  return done;
}

function html({ title, paragraphs }) {
  const body = paragraphs.map(p => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n');
  return `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>${title} - Kabar Harian</title></head><body>
<header><nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a> <a href="/ekonomi">Ekonomi</a></nav></header>
<main><article><h1>${title}</h1>\n${body}</article>
<section class="related"><h2>Berita terkait</h2><ul><li><a href="/a">Wali kota menutup 14 sekolah</a></li><li><a href="/b">Kereta terlambat dua jam</a></li></ul></section></main>
<footer><p>© 2024 Kabar Harian. Redaksi berkantor di Jakarta Pusat.</p></footer></body></html>\n`;
}

function docx({ title, paragraphs }) {
  return Packer.toBuffer(new Document({ sections: [{ children: [
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: title }), ...paragraphs.map(text => new Paragraph({ text })),
  ] }] }));
}

async function makeFolders(work) {
  const { extractSource } = require(path.join(ROOT, 'out', 'server', 'src', 'extract', 'index.js'));
  const mixed = path.join(work, 'mixed'), txt = path.join(work, 'txt');
  mkdirSync(mixed);
  mkdirSync(txt);
  const kinds = { pdf, html, docx };
  const names = Object.keys(kinds);
  const list = articles();
  for (const [i, a] of list.entries()) {
    const kind = names[i % names.length];
    const name = `doc_${String(i).padStart(3, '0')}`;
    const bytes = Buffer.from(await kinds[kind](a));
    writeFileSync(path.join(mixed, `${name}.${kind}`), bytes);
    const ex = await extractSource(`x.${kind}`, bytes);
    if ('error' in ex) throw new Error(`${name}.${kind} ${ex.error}`);
    writeFileSync(path.join(txt, `${name}.txt`), ex.text);
  }
  return { mixed, txt, count: list.length };
}

// --- measuring ---------------------------------------------------------------------------------------------------
// Wall time and CPU time (user + system) of a child. On a machine shared with other work the wall time of one run
// can be off by half; the CPU time, which GNU time reports, much less.
const GNU_TIME = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, '-e', ''], { encoding: 'utf8' }).status === 0;

function timed(args, cwd) {
  const started = performance.now();
  const r = GNU_TIME
    ? spawnSync('/usr/bin/time', ['-f', 'cpu %U %S', process.execPath, ...args], { cwd, encoding: 'utf8' })
    : spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  const wall = performance.now() - started;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${r.status}:\n${r.stderr}`);
  const times = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  return { wall, cpu: times ? (Number(times[1]) + Number(times[2])) * 1000 : NaN, stdout: r.stdout };
}

const median = xs => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const fmt = ms => `${Math.round(ms).toLocaleString('en-US')} ms`;

const work = mkdtempSync(path.join(os.tmpdir(), 'sumber-extract-measure-'));
try {
  const { mixed, txt, count } = await makeFolders(work);
  const sizeOf = dir => readdirSync(dir).reduce((n, f) => n + readFileSync(path.join(dir, f)).length, 0);
  console.log(`${count} sources: ${readdirSync(mixed).filter(f => f.endsWith('.pdf')).length} PDF, ${readdirSync(mixed).filter(f => f.endsWith('.html')).length} HTML, `
    + `${readdirSync(mixed).filter(f => f.endsWith('.docx')).length} DOCX (${Math.round(sizeOf(mixed) / 1024)} KB); the same text as .txt: ${Math.round(sizeOf(txt) / 1024)} KB. `
    + `${RUNS} runs each, alternating; medians.`);
  const results = {};
  const add = (key, { wall, cpu }) => { (results[key] ??= { wall: [], cpu: [] }).wall.push(wall); results[key].cpu.push(cpu); };
  const self = fileURLToPath(import.meta.url);
  const read = dir => { const [wall, cpu] = timed([self, '--read', dir], ROOT).stdout.split(' ').map(Number); return { wall, cpu }; };
  for (let run = 0; run < RUNS; run++) {
    add('read mixed', read(mixed));
    add('read .txt', read(txt));
    add('index mixed', timed([SUMBER, 'index', '--no-cache', '--corpus', mixed], work));
    add('index .txt', timed([SUMBER, 'index', '--no-cache', '--corpus', txt], work));
    // Extractions cached, analysis not: what a changed analyser (or a new word in one file) costs on a re-index.
    const cache = path.join(work, `cache-${run}`);
    timed([SUMBER, 'index', '--cache', cache, '--corpus', mixed], work);
    for (const f of readdirSync(cache)) if (f.endsWith('.idx')) rmSync(path.join(cache, f));
    add('index mixed, extractions cached', timed([SUMBER, 'index', '--cache', cache, '--corpus', mixed], work));
  }
  const m = Object.fromEntries(Object.entries(results).map(([k, v]) => [k, { wall: median(v.wall), cpu: median(v.cpu) }]));
  const both = k => `${fmt(m[k].wall)} wall, ${fmt(m[k].cpu)} CPU`;
  console.log(`reading only (readSourcesAsync in a fresh process): mixed ${both('read mixed')}; .txt ${both('read .txt')}`);
  console.log(`  extraction: ${((m['read mixed'].wall - m['read .txt'].wall) / count).toFixed(1)} ms a file on average (pdf.js's first load included)`);
  for (const k of ['index .txt', 'index mixed', 'index mixed, extractions cached']) {
    console.log(`${k.padEnd(32)} ${both(k)}: ${(m[k].wall / m['index .txt'].wall).toFixed(2)}x wall, ${(m[k].cpu / m['index .txt'].cpu).toFixed(2)}x CPU`);
  }
  console.log(`all runs (wall/CPU ms): ${JSON.stringify(Object.fromEntries(Object.entries(results).map(([k, v]) => [k, v.wall.map((w, i) => `${Math.round(w)}/${Math.round(v.cpu[i])}`)])))}`);
} finally {
  if (process.argv.includes('--keep')) console.log(`the folders are kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
