// The vocabularies of every document an ingest writes, kept from the first pass (which counts them into the
// archive's vocabularies) to the batch that writes each document. Kept as word lists they were millions of small
// strings on the main thread at 100 MB of sources, which every full collection marked again: with the heap held
// to a fifth's growth (heap-growth.ts), collecting took a quarter of that ingest's processor time. As ids into one
// table of words, each document's vocabularies are two typed arrays, which a collection does not look into.

export interface WordLists { lower: string[]; midCap: string[] }

export class DocumentVocabularies {
  private readonly idOf = new Map<string, number>();
  private readonly words: string[] = [];
  private readonly docs: Array<{ lower: Int32Array; midCap: Int32Array }> = [];

  /** Keeps a document's vocabularies; returns its number (in the order of adding). */
  add(v: WordLists): number {
    this.docs.push({ lower: this.ids(v.lower), midCap: this.ids(v.midCap) });
    return this.docs.length - 1;
  }

  /** A document's vocabularies as they were added, in the same order. */
  get(doc: number): WordLists {
    const d = this.docs[doc];
    return { lower: Array.from(d.lower, id => this.words[id]), midCap: Array.from(d.midCap, id => this.words[id]) };
  }

  get size(): number {
    return this.docs.length;
  }

  private ids(words: readonly string[]): Int32Array {
    const out = new Int32Array(words.length);
    words.forEach((w, i) => {
      let id = this.idOf.get(w);
      if (id === undefined) { id = this.words.length; this.words.push(w); this.idOf.set(w, id); }
      out[i] = id;
    });
    return out;
  }
}
