// A quotation a writer is correcting: one or two characters away from one the archive was already asked about.
// The archive's quotation search is a trigram similarity of at least 0.6 (working-set.ts), which such a change moves
// by a few hundredths at most, and asking it again was the costliest query an edit made (with twenty writers on the
// 100 MB archive, 150-280 ms each, one edit in ten touching a quotation, before quotations were looked up by their
// rarest words). A quotation is taken as asked when it is within TYPO_EDITS of one that was truly asked: only those
// count, so a quotation rewritten a few characters at a time is asked again once it has moved further than that from
// the last one asked.

/** Characters inserted, deleted or replaced that still make the same quotation. */
export const TYPO_EDITS = 2;
/** Quotations shorter than this are asked again on any change: two characters are too much of them. */
export const MIN_ALIKE_CHARS = 24;

/** Whether `a` becomes `b` by at most `k` inserted, deleted or replaced characters (a band of the edit distance table). */
export function withinEdits(a: string, b: string, k: number): boolean {
  if (Math.abs(a.length - b.length) > k) return false;
  if (a === b) return true;
  // Row i holds the distances from a's first i characters to b's first j, for j within k of i; the cells either
  // side of that band hold k + 1, which is all the band reads of them.
  const m = b.length, far = k + 1;
  let prev = new Array<number>(m + 2).fill(far), row = new Array<number>(m + 2).fill(far);
  for (let j = 0; j <= Math.min(k, m); j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i <= k ? i : far;
    if (i - k - 1 >= 1) row[i - k - 1] = far;
    let best = row[0];
    for (let j = Math.max(1, i - k); j <= Math.min(m, i + k); j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      row[j] = Math.min(prev[j - 1] + cost, prev[j] + 1, row[j - 1] + 1, far);
      if (row[j] < best) best = row[j];
    }
    if (i + k + 1 <= m) row[i + k + 1] = far;
    if (best > k) return false;
    [prev, row] = [row, prev];
  }
  return prev[m] <= k;
}

/** Whether a quotation was asked about already, as written or a typo away from one asked. */
export function askedAlike(asked: ReadonlySet<string>, quote: string): boolean {
  if (asked.has(quote)) return true;
  if (quote.length < MIN_ALIKE_CHARS) return false;
  for (const q of asked) if (q.length >= MIN_ALIKE_CHARS && withinEdits(q, quote, TYPO_EDITS)) return true;
  return false;
}
