import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../core/index/corpus';
import { checkDraft, DEFAULT_OPTIONS } from '../core/checks/check';
import { CheckOptions } from '../core/checks/types';

// WiCE dev (English Wikipedia claims against the page each cites, human labels) and its fixed split. The file is
// split by a hash of each claim's id into a tune part, which may be looked at and learned from, and a report part,
// whose figure is the one to quote: WiCE has no other split available here, so without this the number would be
// a score on the data it was tuned on. The evaluation (eval-wice.ts) reads the split from here.
//
// Run as a script, it chooses the weak-support threshold (checks/weak-support.ts) on the tune part only: for each
// candidate, the tune part's recall and specificity with a claim counted as flagged on any error or warning, as
// `npm run eval` counts it. The report part is never read. Deterministic: the data and the checks decide.
//   node out/server/src/tools/wice.js [dev.jsonl]

export interface WiceExample { id: string; sources: string[]; claim: string; label: 'supported' | 'unsupported' }

/** FNV-1a of the id with a fixed salt: stable across runs and machines, unrelated to the order of the file. */
export function wicePart(id: string): 'tune' | 'report' {
  let h = 0x811c9dc5;
  for (const ch of `sumber-wice-2026:${id}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h % 2 === 0 ? 'tune' : 'report';
}

export function loadWice(file: string): WiceExample[] {
  return fs.readFileSync(file, 'utf8').trim().split('\n').map(l => JSON.parse(l) as WiceExample);
}

function chooseWeakSupport(file: string): void {
  const tune = loadWice(file).filter(e => wicePart(e.id) === 'tune');
  const cases = tune.map(ex => ({
    corpus: Corpus.build(ex.sources.map((text, i) => ({ uri: `wice:${ex.id}/${i}`, label: `${ex.id}-${i}.txt`, text, format: 'plaintext' as const }))),
    claim: ex.claim + '\n',
    unsupported: ex.label === 'unsupported',
  }));

  const results: Array<{ t: number; ba: number }> = [];
  for (let t = 0.1; t <= DEFAULT_OPTIONS.supportThreshold + 1e-9; t += 0.05) {
    const options: CheckOptions = { ...DEFAULT_OPTIONS, weakSupportThreshold: Math.round(t * 100) / 100 };
    let tp = 0, fn = 0, tn = 0, fp = 0;
    for (const c of cases) {
      const flagged = checkDraft(c.corpus, c.claim, 'markdown', options).some(d => d.severity === 'error' || d.severity === 'warning');
      if (c.unsupported) flagged ? tp++ : fn++; else flagged ? fp++ : tn++;
    }
    const recall = tp / (tp + fn), specificity = tn / (tn + fp), ba = (recall + specificity) / 2;
    console.log(`weak at or above ${options.weakSupportThreshold.toFixed(2)}: balanced accuracy ${ba.toFixed(3)}, recall ${recall.toFixed(3)}, specificity ${specificity.toFixed(3)}`);
    results.push({ t: options.weakSupportThreshold, ba });
}
// The best balanced accuracy; on a tie the higher threshold, which lowers fewer findings.
const chosen = results.reduce((a, r) => (r.ba > a.ba || (r.ba === a.ba && r.t > a.t) ? r : a));
console.log(`chosen on the tune part: ${chosen.t} (balanced accuracy ${chosen.ba.toFixed(3)})`);
}

if (require.main === module) chooseWeakSupport(process.argv[2] ?? path.resolve(process.cwd(), '../shared/data/wice/dev.jsonl'));
