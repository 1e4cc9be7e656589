import { Postings } from './postings';
import { DocChanges } from './doc-changes';
import { notesAfter } from './change-notes';
import { isStopWord, sentenceCount, sentenceWordCount, StoredDoc, wordStem } from './stored-doc';

// The postings of a rebuilt corpus made from those of the corpus it replaced (doc-changes.ts): each kept
// sentence's number moves by what came or went before its document, a removed document's sentences drop out, an
// added one's come in where their numbers fall. The lists laid out before stay as they are, with the changes
// noted beside them (postings.ts, PostingsOverlay), so an update reads the changed documents' words and the
// sentence arrays, not every posting (copying them all was a quarter of an update at 10 MB); a stem's list is put
// together when a claim asks for it, and the notes are laid out in full once they pass a tenth of the postings.
// The lists hold the same sentences in the same order as a fresh build's, so retrieval finds the same. A stem no
// sentence holds any more keeps an empty list.

/**
 * The postings of `after` (stored documents over the string table `strings`) from `before`, the postings of
 * `beforeDocs`, given how the documents changed.
 */
export function updatedPostings(before: Postings, beforeDocs: readonly StoredDoc[], after: readonly StoredDoc[], changes: DocChanges, strings: readonly string[]): Postings {
  const old = before.parts();
  const { renumber, added, removed } = changes;

  // Sentence numbers and lengths: kept documents' copied, added ones' read.
  const firstSentence = new Int32Array(after.length + 1);
  const oldOf = new Int32Array(after.length).fill(-1);
  renumber.forEach((k, j) => { if (k >= 0) oldOf[k] = j; });
  after.forEach((d, k) => {
    const j = oldOf[k];
    firstSentence[k + 1] = firstSentence[k] + (j >= 0 ? old.firstSentence[j + 1] - old.firstSentence[j] : sentenceCount(d));
  });
  const total = firstSentence[after.length];
  const lengths = new Int32Array(total), docOfSentence = new Int32Array(total);
  let words = 0;
  after.forEach((d, k) => {
    const j = oldOf[k], at = firstSentence[k];
    if (j >= 0) lengths.set(old.lengths.subarray(old.firstSentence[j], old.firstSentence[j + 1]), at);
    else for (let i = 0; i < sentenceCount(d); i++) lengths[at + i] = sentenceWordCount(d, i);
    docOfSentence.fill(k, at, firstSentence[k + 1]);
  });
  for (let i = 0; i < total; i++) words += lengths[i];

  // Stems: the old numbering, with the added documents' new stems after it (the map is copied only then).
  let stems = old.stems as Map<string, number>;
  const stemOf = (id: number): number => {
    const s = strings[id];
    let n = stems.get(s);
    if (n === undefined) {
      if (stems === old.stems) stems = new Map(old.stems);
      n = stems.size;
      stems.set(s, n);
    }
    return n;
  };

  // The lists stay as laid out; what changed is noted beside them (postings.ts, PostingsOverlay), starting from
  // what the postings before had noted since their layout.
  const bo = before.overlay;
  const laidDocOf = bo ? bo.laidDocOf : old.docOfSentence, laidFirst = bo ? bo.laidFirst : old.firstSentence;
  const laidCount = (n: number) => (n + 1 < old.offsets.length ? old.offsets[n + 1] - old.offsets[n] : 0);
  const notes = notesAfter(laidFirst.length - 1, bo, changes, laidCount), laidRenumber = notes.renumber;
  let sameNumbers = true;
  laidRenumber.forEach((now, b) => { if (now >= 0 && firstSentence[now] !== laidFirst[b]) sameNumbers = false; });
  // A removed document's postings come off its stems' counts (its stems are all in the old numbering).
  for (const j of removed) eachSentenceStem(beforeDocs[j], 0, id => old.stems.get(strings[id])!, stem => notes.bump(stem, -1));
  // Sentences added before the last update keep their order under their new numbers.
  const addedLists = new Map<number, number[]>();
  for (const [n, list] of bo?.added ?? []) {
    const kept: number[] = [];
    for (const sentence of list) {
      const doc = old.docOfSentence[sentence], now = renumber[doc];
      if (now >= 0) kept.push(sentence - old.firstSentence[doc] + firstSentence[now]);
    }
    if (kept.length) addedLists.set(n, kept);
  }
  const fresh = new Map<number, number[]>();
  for (const k of added) eachSentenceStem(after[k], firstSentence[k], stemOf, (stem, sentence) => {
    const list = fresh.get(stem);
    if (list) list.push(sentence); else fresh.set(stem, [sentence]);
    notes.bump(stem, 1);
  });
  for (const [n, list] of fresh) {
    const had = addedLists.get(n);
    addedLists.set(n, had ? mergeAscending(had, list) : list);
  }
  const avg = total ? words / total : 1;
  const overlay = { renumber: laidRenumber, sameNumbers, added: addedLists, counts: notes.counts, changed: notes.changed, laidDocOf, laidFirst };
  const layered = new Postings(stems, old.all, old.offsets, firstSentence, docOfSentence, lengths, avg, true, overlay);
  if (notes.changed <= Postings.layOutShare * old.all.length) return layered;
  const { all, offsets } = layered.laidOut();
  return new Postings(stems, all, offsets, firstSentence, docOfSentence, lengths, avg, true);
}

/** Two ascending lists as one. */
function mergeAscending(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++]);
  return out;
}

/** Each (stem number, sentence number) of a document's words that are not stopwords, each once per sentence. */
function eachSentenceStem(d: StoredDoc, first: number, stemOf: (stringId: number) => number, visit: (stem: number, sentence: number) => void): void {
  const seen = new Set<number>();
  let w = 0;
  for (let i = 0; i < sentenceCount(d); i++) {
    seen.clear();
    for (const end = w + sentenceWordCount(d, i); w < end; w++) {
      if (isStopWord(d, w)) continue;
      const stem = stemOf(wordStem(d, w));
      if (!seen.has(stem)) { seen.add(stem); visit(stem, first + i); }
    }
  }
}
