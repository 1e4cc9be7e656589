import type { StoredDoc } from './stored-doc';

// How a rebuilt corpus's documents continue those of the corpus it replaces. An editor's corpus is rebuilt when
// a source changes, with every unchanged document's stored form kept as the same object (corpus.ts), so the two
// lists are compared by identity: which old document became which new one, and which new ones are new. The
// indexes that are updated rather than built again (postings, the quote index, the known words) start here.

export interface DocChanges {
  /** Each old document's new number, -1 for one that is gone. */
  renumber: Int32Array;
  /** The numbers of the new documents that were not there before, ascending. */
  added: number[];
  /** The numbers of the old documents that are gone, ascending. */
  removed: number[];
}

/** A rebuild replacing more than this share of the documents is indexed from scratch (as cheap, and simpler). */
export const MAX_CHANGED_SHARE = 0.25;

/**
 * The changes from `before` to `after`; undefined when `after` does not continue `before` (kept documents in
 * another order, or one twice) or when most of it is new.
 */
export function docChanges(before: readonly StoredDoc[], after: readonly StoredDoc[]): DocChanges | undefined {
  const oldNumber = new Map<StoredDoc, number>();
  before.forEach((d, i) => oldNumber.set(d, i));
  const renumber = new Int32Array(before.length).fill(-1);
  const added: number[] = [];
  let last = -1;
  for (let k = 0; k < after.length; k++) {
    const j = oldNumber.get(after[k]);
    if (j === undefined) { added.push(k); continue; }
    if (j <= last) return undefined;
    renumber[j] = k;
    last = j;
  }
  const removed: number[] = [];
  renumber.forEach((k, j) => { if (k < 0) removed.push(j); });
  if (added.length + removed.length > MAX_CHANGED_SHARE * Math.max(after.length, 1)) return undefined;
  return { renumber, added, removed };
}
