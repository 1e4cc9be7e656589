import { Token } from '../types';

// The tokens of a document as attribution walks them (attribution.ts, attribution-roles.ts): one flat list over
// the sentences, found by position, and the verbs that follow a quote ("“…,” kata Xi", "“…,” Xi said").

/** A token with the number of its sentence and its index there. */
export interface Flat { token: Token; sentence: number; index: number }

export const VERB_AFTER = new Set(['kata', 'ujar', 'ucap', 'tutur', 'tambah', 'imbuh', 'jelas', 'tegas', 'sebut',
  'said', 'says', 'say', 'added', 'adds', 'told', 'tells', 'stated', 'wrote', 'warned', 'insisted', 'explained']);

/** Index of the first token starting at or after offset (tokens are in text order): a binary search. */
export function firstIndexAtOrAfter(flat: Flat[], offset: number): number {
  let lo = 0, hi = flat.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (flat[mid].token.start < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}
