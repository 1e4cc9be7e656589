import { SentenceFacts } from '../facts/analyze';
import { Corpus, SentenceRef } from './corpus';

// Retrieval scores a claim by its words and leaves its figures out (they are checked on their own). Sentences that
// differ only in a figure then score alike: a weekly price report, a running count, a fixture list filed again
// with the new date. An archive holds dozens of such near-copies of one sentence, and when more tie than retrieval
// keeps, which ones it keeps is a draw: a claim that quotes one of them word for word could be compared with
// another and called wrong, with that one's figure offered as the fix. Among candidates of equal score, those
// that state the claim's figures as written come first; a candidate's score itself is never changed.

/** A claim's figure as written, with the words either side of it (lower case), where the sentence has them. */
export interface Figure { text: string; before?: string; after?: string }

/**
 * The claim's figures as written: its tokens that hold a digit, each once. A source states one in the claim's
 * wording as far as it has the same figure with the same word before it and after it: "lebih dari $637 juta"
 * states "lebih dari $637 juta" fully and "sebesar $637 juta" by half; "14 August" does not state "14 aircraft".
 */
export function figuresOf(s: SentenceFacts): Figure[] {
  const out: Figure[] = [];
  for (const t of s.tokens) {
    if (!DIGIT.test(t.text) || out.some(f => f.text === t.text)) continue;
    // Read from the sentence's text as a source's is read, so both sides split words alike ("US$2": "us").
    const before = wordBefore(s.text, t.start - s.start), after = wordAfter(s.text, t.end - s.start);
    out.push({ text: t.text, ...(before ? { before } : {}), ...(after ? { after } : {}) });
  }
  return out;
}

const DIGIT = /\d/;

/**
 * How much of the claim's figures a source sentence states in the claim's wording (see figuresOf): per figure,
 * one for each word beside it that is the claim's (one for a figure with no word beside it at all).
 */
export function figuresHeld(corpus: Corpus, ref: SentenceRef, figures: readonly Figure[]): number {
  const text = corpus.store.sentenceText(ref.doc, ref.sentence);
  let held = 0;
  for (const f of figures) held += stated(text, f);
  return held;
}

/** The most figuresHeld can give for these figures: each stated in the claim's wording. */
export function fullyHeld(figures: readonly Figure[]): number {
  return figures.reduce((n, f) => n + (f.before === undefined && f.after === undefined ? 1 : Number(f.before !== undefined) + Number(f.after !== undefined)), 0);
}

/** How fully the text states the figure as a whole token ("64" is not in "640" nor in "6.400"), as fullyHeld counts. */
function stated(text: string, f: Figure): number {
  let best = 0;
  for (let at = text.indexOf(f.text); at >= 0; at = text.indexOf(f.text, at + 1)) {
    const end = at + f.text.length;
    if (continues(text, at - 1, -1) || continues(text, end, 1)) continue;
    if (f.before === undefined && f.after === undefined) return 1;
    best = Math.max(best, Number(f.before !== undefined && wordBefore(text, at) === f.before) + Number(f.after !== undefined && wordAfter(text, end) === f.after));
  }
  return best;
}

/** Whether the character at `i` carries a figure on: a letter or digit, or a point or comma with a digit beyond it. */
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
 * Candidates beyond the k kept that state more of the claim's figures than any kept one does. A near-copy one word
 * longer than the others ("Ia sudah menjabat … pada tahun 2005" among hundreds of "Ia menjabat …") scores lower for
 * its length, and falls behind the k kept however well it aligns. Only candidates scoring at least REACH of the
 * best are read (each costs a look at its text), and only when no kept one states all the figures in the claim's
 * wording (`full`, see fullyHeld). `lowest`: the least score a candidate needed to be read or kept, what a grown
 * corpus's added sentences are compared with (best-evidence.ts).
 */
export function figureHolders(count: number, scores: Float64Array, top: readonly number[], k: number, held: (slot: number) => number, full: number): { extra: number[]; lowest: number } {
  const most = top.reduce((m, c) => Math.max(m, held(c)), 0);
  // With room left, every candidate was kept, and any other would be.
  const kept = top.length < k ? -Infinity : scores[top[top.length - 1]];
  if (most === full || top.length === 0) return { extra: [], lowest: kept };
  const lowest = scores[top[0]] * REACH, chosen = new Set(top), extra: number[] = [];
  for (let c = 0; c < count; c++) {
    if (scores[c] < lowest || chosen.has(c) || held(c) <= most) continue;
    // The most figures first, then the higher score; ties in slot order, as retrieval keeps them.
    let i = extra.length;
    while (i > 0 && (held(extra[i - 1]) < held(c) || (held(extra[i - 1]) === held(c) && scores[extra[i - 1]] < scores[c]))) i--;
    if (i >= EXTRA) continue;
    extra.splice(i, 0, c);
    if (extra.length > EXTRA) extra.pop();
  }
  return { extra, lowest: Math.min(lowest, kept) };
}

/** The share of the best score a candidate beyond those kept needs to be read for its figures. */
const REACH = 0.5;
/** Candidates added for their figures, at most. */
const EXTRA = 5;
