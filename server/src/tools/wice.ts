import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../core/index/corpus';
import { checkDraft, DEFAULT_OPTIONS } from '../core/checks/check';
import { CheckOptions } from '../core/checks/types';
import { ENGLISH_WEAK } from '../core/checks/weak-support';

// WiCE dev (English Wikipedia claims against the page each cites, human labels) and its fixed split. The file is
// split by a hash of each claim's id into a tune part, which may be looked at and learned from, and a report part,
// whose figure is the one to quote: WiCE has no other split available here, so without this the number would be
// a score on the data it was tuned on. The evaluation (eval-wice.ts) reads the split from here.
//
// Run as a script, it weighs how English claims are judged weakly unsupported (checks/weak-support.ts ENGLISH_WEAK)
// on the tune part only: for each share of the weak-support threshold and each weight stated elsewhere tolerated,
// the tune part's balanced accuracy with a claim counted as flagged on any error or warning, as `npm run eval`
// counts it. The report part is never read. Deterministic: the data and the checks decide.
//   node out/server/src/tools/wice.js [dev.jsonl]

export interface WiceExample { id: string; sources: string[]; claim: string; label: 'supported' | 'unsupported' }

/** FNV-1a of the id with a fixed salt: stable across runs and machines, unrelated to the order of the file. */
export function wicePart(id: string): 'tune' | 'report' {
  let h = 0x811c9dc5;
  for (const ch of `sumber-wice-2026:${id}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h % 2 === 0 ? 'tune' : 'report';
}

/** The pages a claim cites, as the corpus it is checked against. */
export function wiceCorpus(ex: WiceExample): Corpus {
  return Corpus.build(ex.sources.map((text, i) => ({ uri: `wice:${ex.id}/${i}`, label: `${ex.id}-${i}.txt`, text, format: 'plaintext' as const })));
}

export function loadWice(file: string): WiceExample[] {
  return fs.readFileSync(file, 'utf8').trim().split('\n').map(l => JSON.parse(l) as WiceExample);
}

/** Shares of the weak-support threshold and weights stated elsewhere tried for English claims. */
const SHARES = [0, 0.08, 0.2, 0.4, 0.6, 0.8, 1];
const ELSEWHERE = [0, 0.05, 0.1, 0.15, 0.2];

function weighEnglishWeak(file: string): void {
  const tune = loadWice(file).filter(e => wicePart(e.id) === 'tune');
  const cases = tune.map(ex => ({
    corpus: wiceCorpus(ex),
    claim: ex.claim + '\n',
    unsupported: ex.label === 'unsupported',
  }));
  const rows: string[] = [];
  let best = { ba: -1, label: '' };
  for (const share of SHARES) {
    const cells: string[] = [];
    for (const elsewhere of ELSEWHERE) {
      const options: CheckOptions = { ...DEFAULT_OPTIONS, englishWeak: { share, elsewhere } };
      let tp = 0, fn = 0, tn = 0, fp = 0;
      for (const c of cases) {
        const flagged = checkDraft(c.corpus, c.claim, 'markdown', options).some(d => d.severity === 'error' || d.severity === 'warning');
        if (c.unsupported) flagged ? tp++ : fn++; else flagged ? fp++ : tn++;
      }
      const ba = (tp / (tp + fn) + tn / (tn + fp)) / 2;
      cells.push(ba.toFixed(3).padStart(8));
      if (ba > best.ba) best = { ba, label: `share ${share}, elsewhere ${elsewhere}` };
    }
    rows.push(`${String(share).padStart(5)} ${cells.join('')}`);
  }
  console.log(`balanced accuracy on the tune part (${cases.length} claims); rows: share of the weak-support threshold, columns: weight elsewhere`);
  console.log(`share ${ELSEWHERE.map(e => String(e).padStart(8)).join('')}`);
  for (const r of rows) console.log(r);
  console.log(`best: ${best.label} (${best.ba.toFixed(3)}); in use: share ${ENGLISH_WEAK.share}, elsewhere ${ENGLISH_WEAK.elsewhere}`);
}

if (require.main === module) weighEnglishWeak(process.argv[2] ?? path.resolve(process.cwd(), '../shared/data/wice/dev.jsonl'));
