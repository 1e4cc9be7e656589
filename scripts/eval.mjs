#!/usr/bin/env node
// `npm run eval`: every quality number of the checker against its target, each beside its baseline.
// Run after a build, from the project root; the data sets sit in ../shared (override with SUMBER_SHARED).
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { FIXTURE_SETS, SEED_SETS } from './lib/own-sets.mjs';

const shared = resolve(process.env.SUMBER_SHARED ?? '../shared');
const run = (label, args, target) => {
  console.log(`\n== ${label} (target: ${target})`);
  const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (r.status !== 0) { console.log(`(${label} failed with exit code ${r.status})`); process.exitCode = 1; }
};

run('Dev claims on the seed corpus', [join(shared, 'eval/score-claims.mjs'), ...(process.argv[2] ? [process.argv[2]] : [])],
  'balanced accuracy >= 0.94, at most 2 false alarms on the 30 supported');
// More claim sets on the seeds, written from the articles alone, without reading the checker. Each was scored
// unseen once before its misses were looked at; README gives those first scores, the fair estimate.
for (const set of SEED_SETS) {
  run(`Own claims ${set.toUpperCase()} on the seed corpus`, [join(shared, 'eval/score-claims.mjs'), `eval/claims-own-${set}.tsv`],
    'balanced accuracy >= 0.94');
}
// English claims against English fixture articles: the scorer takes the corpus from seeds/ of its working
// directory, so each set runs in a scratch folder whose seeds/ holds its articles and whose package.json points here.
// Sets E and G are Indonesian, each on a fixture of its own rather than the seeds.
for (const { set, name, fixture, lang } of FIXTURE_SETS) {
  const dir = mkdtempSync(join(tmpdir(), 'sumber-en-'));
  cpSync(`test/fixtures/${fixture}`, join(dir, 'seeds'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ bin: { sumber: resolve('dist/sumber.js') } }));
  console.log(`\n== Own ${lang} claims ${name}on the ${fixture} fixture (target: balanced accuracy >= 0.94)`);
  const r = spawnSync(process.execPath, [join(shared, 'eval/score-claims.mjs'), resolve(`eval/claims-own-${set}.tsv`)], { stdio: 'inherit', cwd: dir });
  rmSync(dir, { recursive: true, force: true });
  if (r.status !== 0) process.exitCode = 1;
}
run('IndoNLI val, support verifier', ['out/server/src/tools/eval-verifier.js', join(shared, 'data/indonli/val.jsonl')],
  'balanced accuracy >= 0.78');
run('Entity recogniser on idner-news-2k dev', ['scripts/eval-ner.mjs'], 'overall F1 >= 0.80, exact span and type');
// English beside it: a small set the project annotated by hand (eval/ner-en.tsv); no target was set for it yet.
run('Entity recogniser on the English set', ['scripts/eval-ner-en.mjs'], 'none yet, measured only');
// WiCE dev: English Wikipedia claims against the page each cites (human labels), split by a hash of the claim id
// into a tune part and a report part; the report part's figure is the one to quote (server/src/tools/eval-wice.ts).
run('WiCE dev, English claims against their cited page', ['out/server/src/tools/eval-wice.js', join(shared, 'data/wice/dev.jsonl')],
  'balanced accuracy >= 0.70 on the report part, recall and specificity >= 0.55');
// Every check's findings over the own sets: how many land on unsupported claims (scripts/eval-codes.mjs).
run('Findings by check over the own sets', ['scripts/eval-codes.mjs'], 'contradiction precision >= 0.80 in each language');
