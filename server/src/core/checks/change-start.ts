import { Quantity } from '../types';
import { SentenceFacts } from '../facts/analyze';
import { hedgedStart } from '../facts/hedges';
import { Claim, someSentenceOfEvidenceDocs } from './types';

// The figure a change starts from ("the cost rose from about £1.8 million to £2.6 million", "kerugian naik dari Rp 10
// miliar menjadi Rp 23 miliar") is what an earlier report said. The passage that states where the change ended
// rarely states where it began: that stands in the story that first gave it, often another document. Compared with
// the passage of the end value alone, the start is always "wrong".

const FROM = new Set(['from', 'dari']);
const TO = new Set(['to', 'menjadi', 'jadi', 'ke', 'hingga', 'sampai']);
/** Tokens between the start figure and the word that leads to the end figure: "dari 300 kios menjadi 412 kios". */
const REACH = 3;

/** Whether a figure opens a change: "from" right before it (past a hedge) and "to" with a figure of its kind after. */
export function opensChange(s: SentenceFacts, q: Quantity): boolean {
  const start = hedgedStart(s, q);
  const before = s.tokens.filter(t => t.end <= start && t.kind === 'word').pop();
  if (!before || !FROM.has(before.norm)) return false;
  const after = s.tokens.filter(t => t.start >= q.end).slice(0, REACH + 1);
  const to = after.find(t => TO.has(t.norm));
  return !!to && s.quantities.some(n => n !== q && n.kind === q.kind && n.start > to.start && n.start - to.end <= 12);
}

/** Content words either side of a figure that say what it is a figure of: "at a cost of about £1.8 million". */
const AROUND = 3;

function wordsAround(s: SentenceFacts, n: Quantity): string[] {
  const content = s.words.filter(w => !w.stop);
  const before = content.filter(w => w.end <= n.start).slice(-AROUND), after = content.filter(w => w.start >= n.end).slice(0, AROUND);
  return [...before, ...after].map(w => w.stem);
}

/**
 * A sentence of the documents the claim aligns with, however loosely, that gives the change's start figure for what
 * the claim's words say it is of (a word of the claim beside it): there the earlier value stands, and it is no
 * mismatch. "£1.5 million" of a compensation scheme in the same story does not start the cost's rise.
 */
export function changeStartStated(claim: Claim, q: Quantity, fitsIn: (n: Quantity, s: SentenceFacts) => boolean): boolean {
  if (!opensChange(claim.sentence, q)) return false;
  const stems = new Set(claim.sentence.words.filter(w => !w.stop).map(w => w.stem));
  return someSentenceOfEvidenceDocs(claim, s => s.quantities.some(n => fitsIn(n, s) && wordsAround(s, n).some(st => stems.has(st))));
}
