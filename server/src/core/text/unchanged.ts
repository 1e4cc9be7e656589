// Where an offset of an edited text stood before the edit, when the edit left it alone. The text before and after
// share a start and an end; an offset in the shared start is where it was, one in the shared end moved by what the
// edit added or took away, and one in between was edited. An editor answers a hover from the analysis it has
// while the analysis of the latest keystroke is still being made, for a place the keystroke did not touch.

export interface Unchanged {
  /** Length of the start both texts share. */
  head: number;
  /** Length of the end both texts share, not overlapping the shared start in either text. */
  tail: number;
  /** How far offsets in the shared end moved (after minus before). */
  shift: number;
  /** Length of the text before. */
  before: number;
}

/** What two versions of a text share at their start and end. */
export function unchangedParts(before: string, after: string): Unchanged {
  const most = Math.min(before.length, after.length);
  let head = 0;
  while (head < most && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < most - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { head, tail, shift: after.length - before.length, before: before.length };
}

/** The offset before the edit of an offset after it, or undefined when it lies in what the edit changed. */
export function offsetBefore(u: Unchanged, after: number): number | undefined {
  if (after < u.head) return after;
  const from = u.before + u.shift - u.tail;
  return after >= from ? after - u.shift : undefined;
}

/** The offset after the edit of an offset before it (in the shared start or end); undefined in what changed. */
export function offsetAfter(u: Unchanged, before: number): number | undefined {
  if (before <= u.head) return before;
  return before >= u.before - u.tail ? before + u.shift : undefined;
}

/** Whether a span of the text before lies wholly in its shared start or wholly in its shared end. */
export function spanUnchanged(u: Unchanged, start: number, end: number): boolean {
  return end <= u.head || start >= u.before - u.tail;
}
