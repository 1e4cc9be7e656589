import { SentenceFacts } from '../facts/analyze';
import { Token } from '../types';

// A word of a name that no source uses, written a letter or two away from a capitalised word of the passage closest
// to the claim: "Svante Stocklius" where the passage names "Svante Stockselius", "Windstone" where it starts
// "Winstone bertemu …". The finding stays (the sources do not use the writer's spelling), and offers the passage's
// spelling as the fix: a misspelt name is the commonest unknown name in a draft about people the sources name.

/** Letters at least, for a word to be compared: shorter names are too often another name one letter away. */
const MIN_LETTERS = 4;

/** The passage's spelling of a capitalised word the token may be a slip of, or undefined. */
export function passageSpelling(token: Token, passage: SentenceFacts): string | undefined {
  const word = token.norm;
  if (word.length < MIN_LETTERS) return undefined;
  let best: { text: string; distance: number } | undefined;
  for (const t of passage.tokens) {
    if (t.kind !== 'word' || !t.cap || t.norm === word || t.norm.length < MIN_LETTERS || t.norm[0] !== word[0]) continue;
    const allowed = Math.max(1, Math.floor(Math.min(word.length, t.norm.length) / 4));
    if (Math.abs(t.norm.length - word.length) > allowed) continue;
    const d = editDistance(word, t.norm, allowed);
    if (d <= allowed && (!best || d < best.distance)) best = { text: t.text, distance: d };
  }
  return best?.text;
}

/**
 * Edits (insert, delete, replace, swap of two neighbours) from one word to the other, or more than `bound` as soon
 * as every way is known to need more (optimal string alignment distance).
 */
export function editDistance(a: string, b: string, bound: number): number {
  let before = new Array<number>(b.length + 1).fill(0), row = Array.from({ length: b.length + 1 }, (_, j) => j);
  let next = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    next[0] = i;
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2] + 1);
      next[j] = v;
      if (v < least) least = v;
    }
    if (least > bound) return bound + 1;
    [before, row, next] = [row, next, before];
  }
  return row[b.length];
}
