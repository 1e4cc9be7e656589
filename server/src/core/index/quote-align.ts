import type { DocWords } from './quote-index';

// Word-level alignment of a quote with a window of source words (quote-search.ts): a semi-global alignment whose
// substitution cost forgives a typo (an edit distance of one or two letters). A check aligns thousands of windows,
// so the work reads string ids and reuses typed-array rows instead of allocating per window.

/** Two rows of edit-distance work, grown as needed and reused: a check computes thousands of small distances. */
let rowA = new Int32Array(32), rowB = new Int32Array(32);

/**
 * Levenshtein distance of a and b when it is at most cap; otherwise some number above cap. A row whose every
 * entry is above cap can only lead to a distance above cap, so the work stops there.
 */
function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  if (rowA.length <= b.length) { rowA = new Int32Array(2 * (b.length + 1)); rowB = new Int32Array(2 * (b.length + 1)); }
  let prev = rowA, cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let least = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1), del = prev[j] + 1, ins = cur[j - 1] + 1;
      const v = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
      cur[j] = v;
      if (v < least) least = v;
    }
    if (least > cap) return cap + 1;
    const t = prev; prev = cur; cur = t;
  }
  return prev[b.length];
}

/** Cost of putting source word b where the quote has a: 0 same, small for a typo, 1 for another word. */
function substitution(a: string, b: string): number {
  if (a === b) return 0;
  const allowed = a.length >= 8 ? 2 : a.length >= 4 ? 1 : 0;
  return allowed > 0 && editDistance(a, b, allowed) <= allowed ? 0.25 : 1;
}

/**
 * Substitution costs of one quote's words against source words given by their form ids, remembered per quote
 * word: the windows around a quote's anchors share most of their source words, and an edit distance costs far
 * more than a lookup.
 */
export class Costs {
  private readonly known: Array<Map<number, number>>;
  /** The quote's words as ids of the store's string table (-1: no source word has that form), and their lengths. */
  readonly ids: Int32Array;
  readonly lengths: Int32Array;
  constructor(private readonly q: readonly string[], private readonly strings: readonly string[], idOf: (w: string) => number) {
    this.known = q.map(() => new Map());
    this.ids = Int32Array.from(q, idOf);
    this.lengths = Int32Array.from(q, w => w.length);
  }
  /** The length of the source form with this id. */
  lengthOf(b: number): number {
    return this.strings[b].length;
  }
  /** The cost of putting source form `b` (not the word itself, of `bLength` letters) for quote word i: most cannot be a typo of the quote's word, and need no memo. */
  near(i: number, b: number, bLength: number): number {
    const length = this.lengths[i];
    if (length < 4 || Math.abs(length - bLength) > 2) return 1;
    const memo = this.known[i];
    let c = memo.get(b);
    if (c === undefined) { c = substitution(this.q[i], this.strings[b]); memo.set(b, c); }
    return c;
  }
}

/** Rows of alignment work, reused across windows and checks (a window is at most a few hundred words). */
let prevCost = new Float64Array(256), curCost = new Float64Array(256), prevFrom = new Int32Array(256), curFrom = new Int32Array(256);
let windowIds = new Int32Array(256), windowLengths = new Int32Array(256);

/**
 * Semi-global alignment of the quote words inside a window of source words. The window's form ids and lengths are
 * read once, not per quote word: reading a form's length follows a pointer into the string table, a miss in the
 * processor's cache on a large corpus.
 */
export function alignWindow(q: string[], src: DocWords, from: number, to: number, costs: Costs): { cost: number; start: number; end: number } {
  const m = to - from;
  if (prevCost.length <= m) {
    const n = 2 * (m + 1);
    prevCost = new Float64Array(n); curCost = new Float64Array(n); prevFrom = new Int32Array(n); curFrom = new Int32Array(n);
    windowIds = new Int32Array(n); windowLengths = new Int32Array(n);
  }
  for (let j = 0; j < m; j++) { const id = src.formId(from + j); windowIds[j] = id; windowLengths[j] = costs.lengthOf(id); }
  // cost[j]: cost of aligning q[0..i) ending at source word from+j; starting anywhere in the window is free.
  let prev = prevCost, cur = curCost, prevStart = prevFrom, curStart = curFrom;
  for (let j = 0; j <= m; j++) { prev[j] = 0; prevStart[j] = j; }
  for (let i = 1; i <= q.length; i++) {
    cur[0] = i; curStart[0] = 0;
    const word = costs.ids[i - 1];
    for (let j = 1; j <= m; j++) {
      const b = windowIds[j - 1];
      const sub = prev[j - 1] + (b === word ? 0 : costs.near(i - 1, b, windowLengths[j - 1]));
      const del = prev[j] + 1; // quote word missing from source
      const ins = cur[j - 1] + 1; // extra source word
      const best = Math.min(sub, del, ins);
      cur[j] = best;
      curStart[j] = best === sub ? prevStart[j - 1] : best === del ? prevStart[j] : curStart[j - 1];
    }
    let t = prev; prev = cur; cur = t;
    const u = prevStart; prevStart = curStart; curStart = u;
  }
  let bestJ = 1;
  for (let j = 1; j <= m; j++) if (prev[j] < prev[bestJ]) bestJ = j;
  return { cost: prev[bestJ], start: from + prevStart[bestJ], end: from + bestJ };
}
