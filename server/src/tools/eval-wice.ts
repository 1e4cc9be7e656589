import * as path from 'node:path';
import { checkDraft } from '../core/checks/check';
import { loadWice, wiceCorpus, wicePart } from './wice';

// Scores the checks on WiCE dev the way the CLI judges a claim: the cited page is the whole corpus, the claim is
// the draft, and the claim counts as flagged when any error or warning is reported. The split into a tune part and
// an untouched report part is in wice.ts.

interface Tally { tp: number; fn: number; tn: number; fp: number }

function figures(t: Tally): string {
  const recall = t.tp / Math.max(1, t.tp + t.fn), specificity = t.tn / Math.max(1, t.tn + t.fp);
  return `balanced accuracy ${((recall + specificity) / 2).toFixed(3)}, recall ${recall.toFixed(3)} ` +
    `(${t.tp}/${t.tp + t.fn}), specificity ${specificity.toFixed(3)} (${t.tn}/${t.tn + t.fp}), n=${t.tp + t.fn + t.tn + t.fp}`;
}

const file = process.argv[2] ?? path.resolve(process.cwd(), '../shared/data/wice/dev.jsonl');
const show = process.argv.includes('--misses');
const examples = loadWice(file);
const tallies = { tune: { tp: 0, fn: 0, tn: 0, fp: 0 }, report: { tp: 0, fn: 0, tn: 0, fp: 0 } };
// The same with information and hints counted as flags: what a reader who reads every finding would see, and the
// price of reporting weakly unsupported sentences as information (checks/weak-support.ts).
const anyFinding = { tune: { tp: 0, fn: 0, tn: 0, fp: 0 }, report: { tp: 0, fn: 0, tn: 0, fp: 0 } };
// Per code, on the tune part only: how often a finding of that code lands on a supported claim (a false alarm).
const byCode = new Map<string, { right: number; wrong: number }>();
const started = Date.now();
for (const ex of examples) {
  const part = wicePart(ex.id);
  const corpus = wiceCorpus(ex);
  const all = checkDraft(corpus, ex.claim + '\n', 'markdown');
  const found = all.filter(d => d.severity === 'error' || d.severity === 'warning');
  const flagged = found.length > 0, unsupported = ex.label === 'unsupported';
  const t = tallies[part], a = anyFinding[part];
  if (unsupported) flagged ? t.tp++ : t.fn++; else flagged ? t.fp++ : t.tn++;
  if (unsupported) all.length ? a.tp++ : a.fn++; else all.length ? a.fp++ : a.tn++;
  if (part !== 'tune') continue;
  for (const code of new Set(found.map(d => d.code))) {
    const c = byCode.get(code) ?? { right: 0, wrong: 0 };
    unsupported ? c.right++ : c.wrong++;
    byCode.set(code, c);
  }
  if (show && flagged !== unsupported) {
    console.log(`${flagged ? 'FALSE ALARM' : 'MISSED'} ${ex.id} ${ex.claim}`);
    for (const d of found) console.log(`    -> ${d.code}: ${d.message.slice(0, 300)}`);
  }
}
console.log(`${path.basename(file)}: ${examples.length} claims, each against the page it cites; flagged = any error or warning`);
console.log(`  report part (untouched): ${figures(tallies.report)}`);
console.log(`  tune part:               ${figures(tallies.tune)}`);
console.log(`  counting information and hints too: report part ${figures(anyFinding.report)}; tune part ${figures(anyFinding.tune)}`);
console.log(`  tune part by code (right/false alarms): ${[...byCode].map(([k, v]) => `${k} ${v.right}/${v.wrong}`).join(', ')}`);
console.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
