import { SentenceFacts } from '../facts/analyze';
import { isNegator } from '../facts/negation';
import { Corpus, SentenceRef } from './corpus';

// Retrieval scores a claim by its content words. Its figures (checked on their own) and its negations (stopwords)
// are left out, though they decide what the sentence says. Sentences that differ only in them then score alike, or
// the shorter scores higher: a weekly price report filed again with the new price, a running count, "Tidak ada
// ahli …" beside "Ada ahli …". An archive holds dozens of such near-copies of one sentence, and which of them were
// kept and put first was a draw: a claim that quotes one word for word was compared with another and called wrong,
// with the other's figure offered as the fix. These marks break ties: among candidates of equal score, and
// among passages of equal coverage, the one stating more of the claim's marks in the claim's wording comes first.
// No score itself changes.

/** A figure or a negation of the claim as written (lower case), with the words either side of it, where it has them. */
export interface Mark { text: string; before?: string; after?: string }

/**
 * The claim's marks: its tokens that hold a digit, and its negations ("tidak", "bukan", "not", "never"), each
 * once. A source states one in the claim's wording as far as it has the same mark with the same word before it and
 * after it: "lebih dari $637 juta" states "lebih dari $637 juta" fully and "sebesar $637 juta" by half; "14 August"
 * does not state "14 aircraft".
 */
export function marksOf(s: SentenceFacts): Mark[] {
  const out: Mark[] = [];
  const lower = s.text.toLowerCase();
  for (const t of s.tokens) {
    const text = t.text.toLowerCase();
    if (!(DIGIT.test(text) || (t.kind === 'word' && isNegator(t.norm))) || out.some(f => f.text === text)) continue;
    // Read from the sentence's text as a source's is read, so both sides split words alike ("US$2": "us").
    const before = wordBefore(lower, t.start - s.start), after = wordAfter(lower, t.end - s.start);
    out.push({ text, ...(before ? { before } : {}), ...(after ? { after } : {}) });
  }
  return out;
}

const DIGIT = /\d/;

/**
 * How much of the claim's marks a source sentence states in the claim's wording (see marksOf): per mark, one for
 * each word beside it that is the claim's (one for a mark with no word beside it at all).
 */
export function marksHeld(corpus: Corpus, ref: SentenceRef, marks: readonly Mark[]): number {
  const text = corpus.store.sentenceText(ref.doc, ref.sentence).toLowerCase();
  let held = 0;
  for (const f of marks) held += stated(text, f);
  return held;
}

/** The most marksHeld can give for these marks: each stated in the claim's wording. */
export function fullyHeld(marks: readonly Mark[]): number {
  return marks.reduce((n, f) => n + fullOf(f), 0);
}

/** The most one mark counts: one for each word beside it, or one for a mark with none. */
function fullOf(f: Mark): number {
  return f.before === undefined && f.after === undefined ? 1 : Number(f.before !== undefined) + Number(f.after !== undefined);
}

/** How fully the text states the mark as a whole token ("64" is not in "640" nor in "6.400"), as fullyHeld counts. */
function stated(text: string, f: Mark): number {
  const full = fullOf(f), alone = f.before === undefined && f.after === undefined;
  let best = 0;
  for (let at = text.indexOf(f.text); at >= 0 && best < full; at = text.indexOf(f.text, at + 1)) {
    const end = at + f.text.length;
    if (continues(text, at - 1, -1) || continues(text, end, 1)) continue;
    best = alone ? 1 : Math.max(best, Number(f.before !== undefined && wordBefore(text, at) === f.before) + Number(f.after !== undefined && wordAfter(text, end) === f.after));
  }
  return best;
}

/** Whether the character at `i` carries a token on: a letter or digit, or a point or comma with a digit beyond it. */
function continues(text: string, i: number, step: 1 | -1): boolean {
  const c = text[i];
  if (c === undefined) return false;
  if (ALNUM.test(c)) return true;
  return (c === '.' || c === ',') && DIGIT.test(text[i + step] ?? '');
}

/** The run of letters and digits nearest before `at`, lower case. */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && !ALNUM.test(text[end - 1])) end--;
  let start = end;
  while (start > 0 && ALNUM.test(text[start - 1])) start--;
  return text.slice(start, end).toLowerCase();
}

/** The run of letters and digits nearest after `at`, lower case. */
function wordAfter(text: string, at: number): string {
  let start = at;
  while (start < text.length && !ALNUM.test(text[start])) start++;
  let end = start;
  while (end < text.length && ALNUM.test(text[end])) end++;
  return text.slice(start, end).toLowerCase();
}

const ALNUM = /[\p{L}\p{N}]/u;

/**
 * Candidates beyond the k kept that state more of the claim's marks than any kept one does. A near-copy one word
 * longer than the others ("Ia sudah menjabat … pada tahun 2005" among hundreds of "Ia menjabat …") scores lower for
 * its length, and falls behind the k kept however well it aligns. Only candidates scoring at least REACH of the
 * best are read (each costs a look at its text), and only when no kept one states all the marks in the claim's
 * wording (`full`, see fullyHeld). `lowest`: the least score a candidate needed to be read or kept, what a grown
 * corpus's added sentences are compared with (best-evidence.ts).
 */
export function markHolders(count: number, scores: Float64Array, top: readonly number[], k: number, held: (slot: number) => number, full: number): { extra: number[]; lowest: number } {
  const most = top.reduce((m, c) => Math.max(m, held(c)), 0);
  // With room left, every candidate was kept, and any other would be.
  const kept = top.length < k ? -Infinity : scores[top[top.length - 1]];
  if (most === full || top.length === 0) return { extra: [], lowest: kept };
  const lowest = scores[top[0]] * REACH, chosen = new Set(top), extra: number[] = [];
  for (let c = 0; c < count; c++) {
    if (scores[c] < lowest || chosen.has(c) || held(c) <= most) continue;
    // The most marks first, then the higher score; ties in slot order, as retrieval keeps them.
    let i = extra.length;
    while (i > 0 && (held(extra[i - 1]) < held(c) || (held(extra[i - 1]) === held(c) && scores[extra[i - 1]] < scores[c]))) i--;
    if (i >= EXTRA) continue;
    extra.splice(i, 0, c);
    if (extra.length > EXTRA) extra.pop();
  }
  return { extra, lowest: Math.min(lowest, kept) };
}

/** The share of the best score a candidate beyond those kept needs to be read for its marks. */
const REACH = 0.5;
/** Candidates added for their marks, at most. */
const EXTRA = 5;
