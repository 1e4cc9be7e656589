import { isStopWord, sentenceCount, sentenceWordCount, StoredDoc, wordStem } from './stored-doc';

// Sentences are numbered through the corpus in document order, and the index is kept in typed arrays of those
// numbers: a few bytes per posting, not an object, so retrieval walks flat memory and scores into one array.
// Documents are added one at a time as they are analysed (or decoded from the cache), so their analysis
// objects need not all be alive at once.

export interface SentenceRef {
  doc: number;
  sentence: number;
}

const NO_POSTINGS = new Int32Array(0);

/** Postings as plain data for the disk cache: stems in number order, the typed arrays as they are. */
export interface StoredPostings {
  stems: string[];
  all: Int32Array;
  offsets: Int32Array;
  firstSentence: Int32Array;
  docOfSentence: Int32Array;
  lengths: Int32Array;
  avgSentenceLength: number;
}

export class Postings {
  constructor(
    /** Number of each stem: its postings are all[offsets[n]] up to all[offsets[n + 1]]. */
    private readonly stems: Map<string, number>,
    /** Every stem's postings, one after another: ids of the sentences holding it, ascending. */
    private readonly all: Int32Array,
    private readonly offsets: Int32Array,
    /** Id of each document's first sentence, and one past the last at the end. */
    private readonly firstSentence: Int32Array,
    /** Document of each sentence id. */
    private readonly docOfSentence: Int32Array,
    /** Word count of each sentence, the length BM25 normalises by. */
    private readonly lengths: Int32Array,
    readonly avgSentenceLength: number,
    /** Made from the postings of the corpus this one replaced (postings-update.ts), not built from every document. */
    readonly fromEarlier = false,
  ) {}

  static fromStored(p: StoredPostings): Postings {
    const stems = new Map<string, number>();
    p.stems.forEach((stem, i) => stems.set(stem, i));
    return new Postings(stems, p.all, p.offsets, p.firstSentence, p.docOfSentence, p.lengths, p.avgSentenceLength);
  }

  /** What the postings are made of, shared, not copied: for making the next corpus's from them (postings-update.ts). */
  parts(): { stems: ReadonlyMap<string, number>; all: Int32Array; offsets: Int32Array; firstSentence: Int32Array; docOfSentence: Int32Array; lengths: Int32Array } {
    const { stems, all, offsets, firstSentence, docOfSentence, lengths } = this;
    return { stems, all, offsets, firstSentence, docOfSentence, lengths };
  }

  toStored(): StoredPostings {
    const stems = new Array<string>(this.stems.size);
    for (const [stem, i] of this.stems) stems[i] = stem;
    const { all, offsets, firstSentence, docOfSentence, lengths, avgSentenceLength } = this;
    return { stems, all, offsets, firstSentence, docOfSentence, lengths, avgSentenceLength };
  }

  get sentenceCount(): number {
    return this.lengths.length;
  }

  /** Ids of the sentences holding a stem (stopwords are not indexed), ascending: a view, not a copy. */
  of(stem: string): Int32Array {
    const n = this.stems.get(stem);
    return n === undefined ? NO_POSTINGS : this.all.subarray(this.offsets[n], this.offsets[n + 1]);
  }

  lengthOf(id: number): number {
    return this.lengths[id];
  }

  refOf(id: number): SentenceRef {
    const doc = this.docOfSentence[id];
    return { doc, sentence: id - this.firstSentence[doc] };
  }
}

/** Integers per block of pairs (even, a power of two). */
const PAIR_BLOCK = 1 << 20;

/**
 * Collects (stem, sentence) pairs from stored documents, each stem once per sentence; `build` fills lists of
 * exactly their size. Stems arrive as ids of the store's string table, so a word costs an array read, not a
 * map lookup.
 */
export class PostingsBuilder {
  /** Number of each stem by its string id, plus one (0: not seen yet). */
  private numberOf = new Int32Array(1 << 16);
  private readonly stemIds: number[] = [];
  private lastSentence = new Int32Array(1024);
  /**
   * (stem number, sentence) pairs in blocks of a fixed size: a growing corpus adds blocks instead of copying one
   * array into another twice its size, which at 100 MB of text held three times the pairs at once.
   */
  private readonly blocks: Int32Array[] = [];
  private n = 0;
  private readonly firstSentence: number[] = [0];
  private readonly lengths: number[] = [];
  private words = 0;

  /** Adds the next document's sentences. */
  addStored(doc: StoredDoc): void {
    const count = sentenceCount(doc);
    let w = 0;
    for (let i = 0; i < count; i++) {
      const id = this.lengths.length, wordCount = sentenceWordCount(doc, i);
      this.lengths.push(wordCount);
      this.words += wordCount;
      for (const end = w + wordCount; w < end; w++) if (!isStopWord(doc, w)) this.pair(wordStem(doc, w), id);
    }
    this.firstSentence.push(this.lengths.length);
  }

  private pair(stemId: number, id: number): void {
    if (stemId >= this.numberOf.length) this.numberOf = grown(this.numberOf, Math.max(stemId + 1, this.numberOf.length * 2));
    let stem = this.numberOf[stemId] - 1;
    if (stem < 0) {
      stem = this.stemIds.length;
      this.stemIds.push(stemId);
      this.numberOf[stemId] = stem + 1;
      if (stem >= this.lastSentence.length) this.lastSentence = grown(this.lastSentence, this.lastSentence.length * 2);
      this.lastSentence[stem] = -1;
    }
    if (this.lastSentence[stem] === id) return;
    this.lastSentence[stem] = id;
    const at = this.n & (PAIR_BLOCK - 1);
    if (at === 0) this.blocks.push(new Int32Array(PAIR_BLOCK));
    const block = this.blocks[this.blocks.length - 1];
    block[at] = stem;
    block[at + 1] = id;
    this.n += 2;
  }

  /** The postings, with stems spelled out from the string table the documents' ids refer to. */
  build(strings: readonly string[]): Postings {
    // One array for all lists (a typed array per stem costs more in headers than its postings on a large corpus).
    const { stemIds, blocks, n } = this;
    const count = stemIds.length;
    const offsets = new Int32Array(count + 1);
    const eachPair = (visit: (stem: number, sentence: number) => void) => {
      for (let b = 0; b < blocks.length; b++) {
        const block = blocks[b], size = Math.min(PAIR_BLOCK, n - b * PAIR_BLOCK);
        for (let p = 0; p < size; p += 2) visit(block[p], block[p + 1]);
      }
    };
    eachPair(stem => { offsets[stem + 1]++; });
    for (let i = 0; i < count; i++) offsets[i + 1] += offsets[i];
    const all = new Int32Array(n / 2), next = offsets.slice(0, count);
    eachPair((stem, sentence) => { all[next[stem]++] = sentence; });
    blocks.length = 0;
    const firstSentence = Int32Array.from(this.firstSentence);
    const docOfSentence = new Int32Array(this.lengths.length);
    for (let d = 0; d + 1 < firstSentence.length; d++) docOfSentence.fill(d, firstSentence[d], firstSentence[d + 1]);
    const stems = new Map<string, number>();
    stemIds.forEach((id, i) => stems.set(strings[id], i));
    const total = this.lengths.length;
    return new Postings(stems, all, offsets, firstSentence, docOfSentence, Int32Array.from(this.lengths), total ? this.words / total : 1);
  }
}

function grown(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}
