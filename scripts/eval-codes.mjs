#!/usr/bin/env node
// Every check's findings over the project's own claim sets (prints numbers; not a test): per code and language of
// the set, how many claims it flags that are unsupported (right) and supported (false alarms), and its precision.
// Claims are checked as the shared scorer checks them (each a paragraph of one draft per set, `sumber check --format
// json`, a finding counted when it is an error or a warning on the claim's line), against the seeds or the set's
// fixture. Run after a build, from the project root:   node scripts/eval-codes.mjs [--false-alarms]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { FIXTURE_SETS, SEED_SETS } from './lib/own-sets.mjs';

const showFalse = process.argv.includes('--false-alarms');
const sets = [
  ...SEED_SETS.map(set => ({ file: `eval/claims-own-${set}.tsv`, corpus: 'seeds', lang: 'Indonesian' })),
  ...FIXTURE_SETS.map(({ set, fixture, lang }) => ({ file: `eval/claims-own-${set}.tsv`, corpus: `test/fixtures/${fixture}`, lang })),
];

/** The codes of each claim's errors and warnings, in the order of the claims. */
function codesOfClaims(file, corpus) {
  const [head, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const cols = head.split('\t');
  const claims = lines.map(l => Object.fromEntries(l.split('\t').map((v, i) => [cols[i], v])));
  const dir = mkdtempSync(join(tmpdir(), 'sumber-codes-'));
  try {
    const draft = join(dir, 'draft.md');
    writeFileSync(draft, claims.map(c => c.text).join('\n\n') + '\n');
    const r = spawnSync(process.execPath, [resolve('dist/sumber.js'), 'check', '--format', 'json', '--no-cache', '--corpus', resolve(corpus), draft],
      { encoding: 'utf8', maxBuffer: 64 << 20 });
    const out = JSON.parse(r.stdout);
    const codes = claims.map(() => new Set());
    for (const d of out.files.flatMap(f => f.diagnostics)) {
      if (d.severity !== 'error' && d.severity !== 'warning') continue;
      for (let line = d.range.start.line; line <= d.range.end.line; line++) if (line % 2 === 0) codes[line / 2]?.add(d.code);
    }
    return claims.map((c, i) => ({ ...c, codes: codes[i] }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Per language, per code: the claims it flags that are unsupported (right) and supported (wrong). */
const tally = { Indonesian: new Map(), English: new Map() };
const falseAlarms = [];
for (const { file, corpus, lang } of sets) {
  for (const c of codesOfClaims(file, corpus)) {
    for (const code of c.codes) {
      const t = tally[lang].get(code) ?? { right: 0, wrong: 0 };
      c.label === 'unsupported' ? t.right++ : t.wrong++;
      tally[lang].set(code, t);
      if (c.label !== 'unsupported') falseAlarms.push(`${lang} ${code} ${c.id}: ${c.text}`);
    }
  }
}
console.log(`${sets.length} sets; per check, the claims it flags: unsupported / supported (precision)`);
for (const [lang, codes] of Object.entries(tally)) {
  const rows = [...codes].sort((a, b) => (b[1].right + b[1].wrong) - (a[1].right + a[1].wrong));
  console.log(`  ${lang}: ${rows.map(([code, t]) => `${code} ${t.right}/${t.wrong} (${(t.right / (t.right + t.wrong)).toFixed(2)})`).join(', ')}`);
}
if (showFalse) for (const f of falseAlarms) console.log(`  false alarm: ${f}`);
