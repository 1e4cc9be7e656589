import { SentenceFacts } from '../facts/analyze';
import { Corpus, SentenceRef } from './corpus';

// Retrieval scores a claim by its words and leaves its figures out (they are checked on their own). Sentences that
// differ only in a figure then score alike: a weekly price report, a running count, a fixture list filed again
// with the new date. An archive holds dozens of such near-copies of one sentence, and when more tie than retrieval
// keeps, which ones it keeps is a draw: a claim that quotes one of them word for word could be compared with
// another and called wrong, with that one's figure offered as the fix. Among candidates of equal score, those
// that state the claim's figures as written come first; a candidate's score itself is never changed.

/** The claim's figures as written: its tokens that hold a digit, each once. */
export function figuresOf(s: SentenceFacts): string[] {
  const out: string[] = [];
  for (const t of s.tokens) if (DIGIT.test(t.text) && !out.includes(t.text)) out.push(t.text);
  return out;
}

const DIGIT = /\d/;

/** How many of the figures a source sentence states as whole tokens ("64" is not in "640" nor in "6.400"). */
export function figuresHeld(corpus: Corpus, ref: SentenceRef, figures: readonly string[]): number {
  const text = corpus.store.sentenceText(ref.doc, ref.sentence);
  let held = 0;
  for (const f of figures) if (holdsToken(text, f)) held++;
  return held;
}

function holdsToken(text: string, figure: string): boolean {
  for (let at = text.indexOf(figure); at >= 0; at = text.indexOf(figure, at + 1)) {
    if (!continues(text, at - 1, -1) && !continues(text, at + figure.length, 1)) return true;
  }
  return false;
}

/** Whether the character at `i` carries a figure on: a letter or digit, or a point or comma with a digit beyond it. */
function continues(text: string, i: number, step: 1 | -1): boolean {
  const c = text[i];
  if (c === undefined) return false;
  if (ALNUM.test(c)) return true;
  return (c === '.' || c === ',') && DIGIT.test(text[i + step] ?? '');
}

const ALNUM = /[\p{L}\p{N}]/u;
