#!/usr/bin/env node
// Scaling benchmark (prints numbers; not a test): builds corpora of growing size from the seed sentences,
// each document a deterministic shuffle of seed sentences with renamed words so postings differ, and times
// indexing and a check of the example draft. Run after `npm run build`: node scripts/bench.mjs [maxDocs]
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Corpus } = require('../out/server/src/core/corpus.js');
const { checkDraft } = require('../out/server/src/core/check.js');
const { findPassage } = require('../out/server/src/core/quote-search.js');

const seeds = readdirSync('seeds').sort().map(f => readFileSync(`seeds/${f}`, 'utf8'));
const lines = seeds.flatMap(t => t.split('\n').filter(l => l.trim().length > 40));
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

function syntheticDoc(i) {
  const picked = Array.from({ length: 25 }, () => lines[Math.floor(random() * lines.length)]);
  // A made-up word per document keeps documents apart in the index, as real topics would.
  return picked.map(l => l.replace(/\b(\p{Ll}{6,})\b/u, `$1${i % 97}`)).join('\n');
}

const draft = readFileSync('examples/draft.md', 'utf8');
const max = Number(process.argv[2] ?? 5000);
console.log('docs    sentences  index ms  check ms  quote ms  heap MB');
for (let n = 5; n <= max; n *= 10) {
  const files = seeds.map((text, i) => ({ uri: `seed${i}`, label: `seed${i}`, text, format: 'plaintext' }));
  for (let i = files.length; i < n; i++) files.push({ uri: `doc${i}`, label: `doc${i}`, text: syntheticDoc(i), format: 'plaintext' });
  let t = performance.now();
  const corpus = Corpus.build(files);
  const indexMs = performance.now() - t;
  t = performance.now();
  const found = checkDraft(corpus, draft, 'markdown');
  const checkMs = performance.now() - t;
  t = performance.now();
  findPassage(corpus, 'Kami sangat menghargai posisi yang seimbang dari sahabat China kami');
  const quoteMs = performance.now() - t;
  const heap = process.memoryUsage().heapUsed / 2 ** 20;
  console.log(`${String(n).padEnd(7)} ${String(corpus.sentenceCount).padEnd(10)} ${indexMs.toFixed(0).padStart(8)}  ${checkMs.toFixed(0).padStart(8)}  ${quoteMs.toFixed(0).padStart(8)}  ${heap.toFixed(0).padStart(7)}   (${found.length} findings)`);
}
