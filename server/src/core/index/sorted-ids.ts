// Sentence ids as the postings list them, ascending: the checks that look for an act near a name read the ids of a
// stretch of sentences out of a stem's list (stated-act-check.ts, person-act.ts) by bisection, not by walking it.

/** The ids an ascending list holds in [from, to). */
export function idsIn(list: Int32Array, from: number, to: number): number[] {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < from) lo = mid + 1; else hi = mid;
  }
  const out: number[] = [];
  for (; lo < list.length && list[lo] < to; lo++) out.push(list[lo]);
  return out;
}
