// The statistics of a larger corpus that a corpus is drawn from. A shared archive is too large for a writer's
// machine to index, so a check there runs on the archive's documents that could bear on the draft (its working
// set). Retrieval still weighs a word by how rare it is in the whole archive and measures sentence lengths against
// the whole's average, so a sentence of the working set scores what it would in a full index, and a word the
// archive knows is known although the document that uses it was not drawn.

export interface WideStats {
  /** Sentences in the whole. */
  sentenceCount: number;
  /** Words per sentence in the whole, as BM25 normalises. */
  avgSentenceLength: number;
  /** In how many sentences of the whole a stem stands; undefined when the whole does not say. */
  sentencesWith(stem: string): number | undefined;
  /** Whether the whole's vocabulary has a word (a part of a word form, lower case). */
  knowsWord(part: string): boolean;
}
