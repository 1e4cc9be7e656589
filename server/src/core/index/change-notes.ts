import type { DocChanges } from './doc-changes';

// What the postings (postings-update.ts) and the quote index (quote-overlay.ts) note beside the lists they laid
// out, instead of copying every entry when a source changes: each laid-out document's number now, the entries of
// the documents added since, and the lists' lengths where they changed. Both keep them alike; only what an entry
// is (a sentence number, or a document and position) differs.

export interface ChangeNotes {
  /** Each laid-out document's number now, -1 when gone. */
  renumber: Int32Array;
  /** Whether every laid-out entry still there kept its value: a list no change touched is the laid-out one. */
  sameNumbers: boolean;
  /** Per list (a stem, a form), the entries of documents added since the layout, as they are now, in order. */
  added: Map<number, number[]>;
  /** Per list that changed, how many entries it has now. */
  counts: Map<number, number>;
  /** Entries added and taken away since the layout: past a share of the laid-out ones, they are laid out again. */
  changed: number;
}

/**
 * Notes after `changes` that start from `before` (none: the layout is current): each laid-out document's number
 * now, and a counter of the lists' lengths, which `laidCount` gives as laid out. The caller counts the entries of
 * the documents removed and added, and carries and merges the added lists, whose entries only it can read.
 */
export function notesAfter(laidDocs: number, before: ChangeNotes | undefined, changes: DocChanges, laidCount: (list: number) => number) {
  const renumber = new Int32Array(laidDocs);
  for (let b = 0; b < laidDocs; b++) {
    const was = before ? before.renumber[b] : b;
    renumber[b] = was < 0 ? -1 : changes.renumber[was];
  }
  const counts = new Map(before?.counts);
  const notes = {
    renumber, counts, changed: before?.changed ?? 0,
    /** One entry of `list` added (1) or taken away (-1). */
    bump(list: number, by: 1 | -1): void {
      counts.set(list, (counts.get(list) ?? laidCount(list)) + by);
      notes.changed++;
    },
  };
  return notes;
}
