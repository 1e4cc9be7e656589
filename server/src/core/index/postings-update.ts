import { Postings } from './postings';
import { DocChanges } from './doc-changes';
import { isStopWord, sentenceCount, sentenceWordCount, StoredDoc, wordStem } from './stored-doc';

// The postings of a rebuilt corpus made from those of the corpus it replaced (doc-changes.ts): each kept
// sentence's number moves by what came or went before its document, a removed document's sentences drop out, an
// added one's come in where their numbers fall. One pass over the flat arrays plus the changed documents' words,
// instead of every word of the corpus again; the lists hold the same sentences in the same order as a fresh
// build's, so retrieval finds the same. A stem no sentence holds any more keeps an empty list.

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

  // Each old sentence's shift to its new number (only read for kept documents).
  const shift = new Int32Array(beforeDocs.length);
  renumber.forEach((k, j) => { if (k >= 0) shift[j] = firstSentence[k] - old.firstSentence[j]; });

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
  // The added documents' postings per stem number, in sentence order.
  const extra = new Map<number, number[]>();
  for (const k of added) eachSentenceStem(after[k], firstSentence[k], stemOf, (stem, sentence) => {
    const list = extra.get(stem);
    if (list) list.push(sentence); else extra.set(stem, [sentence]);
  });
  const stemCount = stems.size, oldCount = old.offsets.length - 1;
  const offsets = new Int32Array(stemCount + 1);
  for (let n = 0; n < oldCount; n++) offsets[n + 1] = old.offsets[n + 1] - old.offsets[n];
  // A removed document's postings come off its stems' counts (its stems are all in the old numbering).
  for (const j of removed) eachSentenceStem(beforeDocs[j], 0, id => old.stems.get(strings[id])!, stem => { offsets[stem + 1]--; });
  for (const [stem, list] of extra) offsets[stem + 1] += list.length;
  for (let n = 0; n < stemCount; n++) offsets[n + 1] += offsets[n];

  const all = new Int32Array(offsets[stemCount]);
  for (let n = 0; n < stemCount; n++) {
    let w = offsets[n];
    const list = extra.get(n);
    let x = 0;
    if (n < oldCount) {
      for (let p = old.offsets[n]; p < old.offsets[n + 1]; p++) {
        const s = old.all[p], j = old.docOfSentence[s];
        if (renumber[j] < 0) continue;
        const moved = s + shift[j];
        while (list && x < list.length && list[x] < moved) all[w++] = list[x++];
        all[w++] = moved;
      }
    }
    while (list && x < list.length) all[w++] = list[x++];
  }
  return new Postings(stems, all, offsets, firstSentence, docOfSentence, lengths, total ? words / total : 1, true);
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
