import { Corpus, SentenceRef } from './corpus';
import { Mark, markHolders, marksHeld, fullyHeld } from './claim-marks';
import { ClaimTerm } from './support';

// Which source sentences may support a claim: BM25 over the postings, pruned so a claim costs what its rare words
// cost, not the size of the corpus; near-copies and ties broken by the claim's marks (claim-marks.ts).

/**
 * Term-at-a-time BM25 with pruning: rare stems walk their postings and bring in candidates; a stem common in
 * this corpus (in more sentences than COMMON_SHARE of them, and more than MIN_COMMON) only adds to candidates
 * already found, looked up in the candidate's own stems. Checking a claim then costs what its rare words cost,
 * not the size of the corpus.
 */
const COMMON_SHARE = 0.02, MIN_COMMON = 1000;

/**
 * Per corpus, what retrieval reuses from claim to claim (it is synchronous). By sentence id, two int32s side by side:
 * the sentence's candidate slot, stamped with the claim's turn (the bits above `bits`), and its length in words.
 * By slot, the candidates' ids, length factors and scores, in the order found. Before, a posting read a mark, a
 * score and a length factor from three arrays by id, and a claim's candidates were reset in two of them after it:
 * at 10 MB of sources (130,000 sentences) those arrays outgrow the processor's cache. A stamp of an earlier turn
 * reads as empty, so nothing is reset, and a posting reads one pair. The by-slot arrays grow as a claim needs.
 */
interface Scratch {
  cells: Int32Array; bits: number; turn: number; avg: number; ids: Int32Array; lengths: Float64Array; scores: Float64Array;
  /** By sentence id, a hash of its text once asked (0 before): the copies' test (hasCopy) compares these first. */
  hashes: Int32Array;
}
const scratches = new WeakMap<Corpus, Scratch>();
const K1 = 1.2, B = 0.75, FIRST_SLOTS = 4096;

/** A sentence's BM25 length factor, from its length in words: what a term's lift is divided by. */
function lengthFactor(words: number, avg: number): number {
  return 1 + K1 * (1 - B + B * words / avg);
}

/** The BM25 length factor of the sentence with this id. */
export function lengthFactorOf(corpus: Corpus, id: number): number {
  return lengthFactor(corpus.lengthOf(id), corpus.avgSentenceLength);
}

/** The corpus's scratch, turned to the next claim. */
function scratchOf(corpus: Corpus): Scratch {
  let s = scratches.get(corpus);
  if (!s) {
    const n = corpus.sentenceCount, cells = new Int32Array(2 * n);
    for (let id = 0; id < n; id++) cells[2 * id + 1] = corpus.lengthOf(id);
    const room = Math.min(n, FIRST_SLOTS);
    // The slot's bits: enough for every sentence; the turns have the rest of a non-negative int32 (at least 3 bits).
    const bits = Math.min(28, Math.max(1, Math.ceil(Math.log2(n + 1))));
    s = { cells, bits, turn: 0, avg: corpus.avgSentenceLength, ids: new Int32Array(room), lengths: new Float64Array(room), scores: new Float64Array(room), hashes: new Int32Array(n) };
    scratches.set(corpus, s);
  }
  // When the turns run out, every stamp is cleared and they start again.
  if (++s.turn >= 2 ** (31 - s.bits)) {
    for (let i = 0; i < s.cells.length; i += 2) s.cells[i] = 0;
    s.turn = 1;
  }
  return s;
}

/**
 * Top sentences by BM25 over the claim's stems; `split`: the stems as splitTerms gives them, when at hand. Among
 * equal scores, sentences that state more of the claim's `marks` come first (claim-marks.ts).
 */
export function retrieve(corpus: Corpus, terms: readonly ClaimTerm[], k = 25, split = splitTerms(corpus, terms), marks: readonly Mark[] = []): Retrieved {
  const scratch = scratchOf(corpus), count = score(split, scratch), { ids, scores } = scratch;
  if (marks.length === 0) return best(corpus, scratch, count, k).map(c => ({ ref: corpus.refOf(ids[c]), bm25: scores[c] }));
  const known = new Map<number, number>();
  const held = (c: number): number => {
    let n = known.get(c);
    if (n === undefined) known.set(c, n = marksHeld(corpus, corpus.refOf(ids[c]), marks));
    return n;
  };
  const top = best(corpus, scratch, count, k, held), { extra, lowest } = markHolders(count, scores, top, k, held, fullyHeld(marks));
  const out: Retrieved = [...top, ...extra].map(c => ({ ref: corpus.refOf(ids[c]), bm25: scores[c], marks: held(c) }));
  out.lowest = lowest;
  return out;
}

/**
 * Retrieval's candidates, best first. With the claim's marks given: how much of them each states, candidates added
 * for them after the k best (claim-marks.ts), and the least score a sentence needed to be read or kept.
 */
export type Retrieved = Array<{ ref: SentenceRef; bm25: number; marks?: number }> & { lowest?: number };

/**
 * The slots of the k best of the first `count` candidates by score, ties in slot order: what a stable sort would put
 * first. A sentence word for word the same as one of another document kept with the same score (a story filed
 * twice, a wire copy) is left out: an archive's many copies of one sentence would crowd out the one that says the
 * claim. (Copies within a document stay: their neighbours differ, and alignment reads those.)
 */
function best(corpus: Corpus, scratch: Scratch, count: number, k: number, tie?: (slot: number) => number): number[] {
  const { scores } = scratch, top: number[] = [];
  // Whether slot a goes before slot b, kept earlier: a higher score, or an equal one that wins the tie.
  const before = (a: number, b: number) => scores[a] > scores[b] || (tie !== undefined && scores[a] === scores[b] && tie(a) > tie(b));
  for (let c = 0; c < count; c++) {
    if (top.length === k && !before(c, top[k - 1])) continue;
    if (hasCopy(corpus, scratch, top, c)) continue;
    let i = top.length;
    while (i > 0 && before(c, top[i - 1])) i--;
    top.splice(i, 0, c);
    if (top.length > k) top.pop();
  }
  return top;
}

/**
 * Whether a kept sentence of another document, with the same score, is word for word the one in slot `c`. Sentences
 * of equal score are often not copies (a template's sentences with other numbers or names): their texts' hashes,
 * kept by sentence, tell most of them apart without reading both documents again.
 */
function hasCopy(corpus: Corpus, scratch: Scratch, top: readonly number[], c: number): boolean {
  const { ids, scores } = scratch;
  let b: SentenceRef | undefined;
  for (const t of top) {
    if (scores[t] !== scores[c] || hashOf(corpus, scratch, ids[t]) !== hashOf(corpus, scratch, ids[c])) continue;
    const a = corpus.refOf(ids[t]);
    b ??= corpus.refOf(ids[c]);
    if (a.doc !== b.doc && corpus.store.sameText(a, b)) return true;
  }
  return false;
}

/** The hash of a sentence's text, by id, worked out once per corpus. */
function hashOf(corpus: Corpus, scratch: Scratch, id: number): number {
  let h = scratch.hashes[id];
  if (h === 0) {
    const ref = corpus.refOf(id);
    h = scratch.hashes[id] = corpus.store.textHash(ref.doc, ref.sentence);
  }
  return h;
}

/** A claim's stem that the corpus holds: its sentences, and in how many of the whole's it stands. */
export interface PostedTerm { t: ClaimTerm; postings: Int32Array; df: number }

/**
 * The claim's stems the corpus holds, split as retrieval uses them: `rare` ones bring in candidates, `common` ones
 * (in more sentences than COMMON_SHARE of them, and more than MIN_COMMON) only add to those found. `leastCommon`:
 * the claim had no rare stem, and its least common one was taken as if it were.
 */
export function splitTerms(corpus: Corpus, terms: readonly ClaimTerm[]): { rare: PostedTerm[]; common: PostedTerm[]; leastCommon: boolean } {
  // Rare and common as weights count them: in a working set drawn from an archive, by the whole archive.
  const limit = Math.max(MIN_COMMON, COMMON_SHARE * corpus.weighedSentences);
  const withPostings = terms.map(t => { const postings = corpus.postingsOf(t.stem); return { t, postings, df: corpus.sentencesWith(t.stem, postings) }; })
    .filter(x => x.postings.length > 0);
  let rare = withPostings.filter(x => x.df <= limit), leastCommon = false;
  // A claim made only of common words still needs candidates: take its least common word.
  if (!rare.length && withPostings.length) { rare = [withPostings.reduce((a, c) => (c.df < a.df ? c : a))]; leastCommon = true; }
  return { rare, common: withPostings.filter(x => !rare.includes(x)), leastCommon };
}

/** What a stem adds to a sentence's score, by the sentence's id: the term's weight over the sentence's length factor. */
export function liftOf(t: ClaimTerm): number {
  return t.weight * (K1 + 1);
}

/** Scores the claim's candidates into the scratch's slots, in the order found; how many there are. */
function score({ rare, common }: ReturnType<typeof splitTerms>, scratch: Scratch): number {
  const { cells, bits, avg } = scratch, stamp = scratch.turn << bits, mask = (1 << bits) - 1;
  // Room for every posting of the rare stems at once: the loops below then never reallocate.
  const most = Math.min(cells.length / 2, rare.reduce((n, r) => n + r.postings.length, 0));
  if (most > scratch.ids.length) {
    const room = Math.max(most, Math.min(cells.length / 2, scratch.ids.length * 2));
    scratch.ids = new Int32Array(room); scratch.lengths = new Float64Array(room); scratch.scores = new Float64Array(room);
  }
  const { ids, lengths, scores } = scratch;
  let count = 0;
  for (let r = 0; r < rare.length; r++) {
    const { t, postings } = rare[r], lift = liftOf(t);
    // Indexed loops: `for…of` allocates an iterator result per item where it is not optimised.
    for (let i = 0; i < postings.length; i++) {
      const id = postings[i], v = cells[2 * id];
      if ((v & ~mask) === stamp) { const at = v & mask; scores[at] += lift / lengths[at]; continue; }
      const length = lengthFactor(cells[2 * id + 1], avg);
      ids[count] = id; lengths[count] = length; scores[count] = lift / length;
      cells[2 * id] = stamp | count++;
    }
  }
  for (let c = 0; c < common.length; c++) {
    // A common stem adds to candidates already found: walk whichever is shorter, its postings or the candidates.
    const { t, postings } = common[c], lift = liftOf(t);
    if (postings.length <= count) {
      for (let i = 0; i < postings.length; i++) {
        const v = cells[2 * postings[i]];
        if ((v & ~mask) === stamp) { const at = v & mask; scores[at] += lift / lengths[at]; }
      }
    } else {
      for (let at = 0; at < count; at++) if (holds(postings, ids[at])) scores[at] += lift / lengths[at];
    }
  }
  return count;
}

/** Whether an ascending list holds a value (binary search). */
export function holds(list: Int32Array, value: number): boolean {
  let lo = 0, hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] === value) return true;
    if (list[mid] < value) lo = mid + 1; else hi = mid - 1;
  }
  return false;
}
