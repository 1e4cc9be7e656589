// Bookkeeping of the quote search (quote-search.ts) by place in the corpus: which windows to align (a bounded
// number, the promising ones first), which places and hits lie within reach of a chain's end, which matched spans
// are already taken. Each answers by lookup rather than by scanning every hit, because a passage of common words
// can occur thousands of times in a corpus, and pairing every candidate with every other made one quote cost the
// square of that.

/** A match of one part of a quote (no ellipsis), in source word positions. */
export interface Hit { doc: number; start: number; end: number; score: number; cost: number }

/** A stretch of source words to align a part of a quote against. */
export interface Window { doc: number; from: number; to: number }

/**
 * Windows aligned (or places compared, for a quote that must match exactly) per part at most. Each costs an
 * alignment, so without a bound a quote made of words that are all common in the corpus (every one of them seen
 * thousands of times) cost thousands of alignments, and more as the corpus grows. Real quotes need far fewer:
 * their rarest word is rarely seen a hundred times, and the places most anchors agree on come first.
 */
export const MAX_WINDOWS = 100;
/**
 * Alignment cells (quote words × window words) per part at most: a window costs the square of a long part's
 * length, so a 60-word piece gets a dozen or so windows where a short quote gets MAX_WINDOWS. A long passage that
 * is really there has all its anchors in place, and a piece that continues one is looked for at its end first.
 */
const MAX_CELLS = 50_000;

/** How many windows a part of this many words may have aligned. */
export function windowsFor(words: number): number {
  return Math.max(8, Math.min(MAX_WINDOWS, Math.floor(MAX_CELLS / (words * (words + 6)))));
}

/** A number for a word position of a document (documents stay far below 2^26 words: files are size-limited). */
export function placeKey(doc: number, word: number): number {
  return doc * 2 ** 26 + word;
}

/**
 * An anchor of a search: a word of the part, by its index in the part and where the corpus has that word; `places`
 * holds (document, word position) pairs, flat, in document and position order.
 */
export interface Anchor { i: number; places: Int32Array }

/** How many words a document has. */
export type DocLength = (doc: number) => number;

/**
 * Where the next piece of a quote can be of use: within reach of the end of a chain found so far. Each chain gives
 * a range of word positions of one width, kept sorted per document.
 */
export class Reach {
  private readonly byDoc = new Map<number, number[]>();
  constructor(froms: ReadonlyArray<{ doc: number; from: number }>, private readonly width: number) {
    for (const { doc, from } of froms) (this.byDoc.get(doc) ?? this.byDoc.set(doc, []).get(doc)!).push(from);
    for (const list of this.byDoc.values()) list.sort((a, b) => a - b);
  }
  /** Whether a place lies in some chain's range: ranges are of one width, so the last one starting before it decides. */
  has(doc: number, place: number): boolean {
    const list = this.byDoc.get(doc);
    if (!list) return false;
    const i = firstAtLeast(list, x => x, place + 1) - 1;
    return i >= 0 && place <= list[i] + this.width;
  }
}

/**
 * The windows around each place an anchor puts the part's start, one per place, in the order the anchors (rarest
 * first) find them. Past windowsFor(words), the places within reach of a chain (when the part continues a quote) and
 * those more anchors agree on come first: a passage that is really there has all its anchors where they belong, a
 * chance occurrence of one common word only one. Agreement is read off the anchors' own places (does anchor k
 * have start + k's index?), which also tells a place found before; once enough places have the best standing, no
 * place can be better and the scan stops. A binary search of a short list that stays in the cache: reading each
 * place's document words instead cost several reads scattered over the corpus per place, a third of a quote's
 * search at 10 MB of sources.
 */
export function candidateWindows(anchors: readonly Anchor[], words: number, docLength: DocLength, reach?: Reach): Window[] {
  // Per standing (agreeing anchors, plus all of them again when within reach), the places as flat (doc, start,
  // order) triples: no object per place.
  const byStanding: number[][] = Array.from({ length: anchors.length * (reach ? 2 : 1) }, () => []);
  const best = byStanding[byStanding.length - 1], limit = 3 * windowsFor(words);
  let count = 0;
  scan: for (let j = 0; j < anchors.length; j++) {
    const { places, i } = anchors[j];
    for (let p = 0; p < places.length; p += 2) {
      const doc = places[p], start = places[p + 1] - i;
      let votes = 1, seenBefore = false;
      for (let k = 0; k < anchors.length; k++) {
        if (k === j || !hasPlace(anchors[k].places, doc, start + anchors[k].i)) continue;
        if (k < j) { seenBefore = true; break; }
        votes++;
      }
      if (seenBefore) continue;
      byStanding[votes - 1 + (reach?.has(doc, start) ? anchors.length : 0)].push(doc, start, count++);
      if (best && best.length >= limit) break scan;
    }
  }
  const kept: number[] = [];
  for (let v = byStanding.length - 1; v >= 0 && kept.length < limit; v--) {
    for (let x = 0; x < byStanding[v].length && kept.length < limit; x++) kept.push(byStanding[v][x]);
  }
  const out: Array<Window & { order: number }> = [];
  for (let x = 0; x < kept.length; x += 3) {
    const doc = kept[x], start = kept[x + 1];
    out.push({ doc, from: Math.max(0, start - 3), to: Math.min(docLength(doc), start + words + 3), order: kept[x + 2] });
  }
  return out.sort((a, b) => a.order - b.order);
}

/** Whether flat (document, position) pairs in document and position order hold this pair (binary search). */
function hasPlace(places: Int32Array, doc: number, at: number): boolean {
  let lo = 0, hi = places.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1, d = places[2 * mid];
    if (d < doc || (d === doc && places[2 * mid + 1] < at)) lo = mid + 1; else hi = mid;
  }
  return 2 * lo < places.length && places[2 * lo] === doc && places[2 * lo + 1] === at;
}

/** Index of the first item whose key is at least `min`, in a list sorted by that key. */
export function firstAtLeast<T>(list: ArrayLike<T>, key: (x: T) => number, min: number): number {
  let lo = 0, hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (key(list[mid]) < min) lo = mid + 1; else hi = mid; }
  return lo;
}

/** The hits of a piece by document and start, each with its rank (best score first). */
export class HitsByPlace {
  private readonly byDoc = new Map<number, Array<{ h: Hit; rank: number }>>();
  constructor(hits: Hit[]) {
    hits.forEach((h, rank) => (this.byDoc.get(h.doc) ?? this.byDoc.set(h.doc, []).get(h.doc)!).push({ h, rank }));
    for (const list of this.byDoc.values()) list.sort((a, b) => a.h.start - b.h.start || a.rank - b.rank);
  }

  /** Hits of a document starting in [from, to], in order of start. */
  *starting(doc: number, from: number, to: number): Generator<{ h: Hit; rank: number }> {
    const list = this.byDoc.get(doc) ?? [];
    for (let i = firstAtLeast(list, x => x.h.start, from); i < list.length && list[i].h.start <= to; i++) yield list[i];
  }
}

/** Whether [start, end) is still free in its document; takes it if so. Taken spans are kept sorted by start. */
export function takeSpan(taken: Map<number, Array<[number, number]>>, doc: number, start: number, end: number): boolean {
  const list = taken.get(doc) ?? taken.set(doc, []).get(doc)!;
  // Taken spans never overlap, so the one starting last before `end` is the only one that can reach past `start`.
  const i = firstAtLeast(list, x => x[0], end);
  if (i > 0 && list[i - 1][1] > start) return false;
  list.splice(i, 0, [start, end]);
  return true;
}
