import type { ChangeNotes } from './change-notes';
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

/**
 * What changed since the postings were laid out (postings-update.ts, change-notes.ts); an entry is a sentence
 * number. With the sentences' documents and each document's first sentence in the layout's numbering.
 */
export interface PostingsOverlay extends ChangeNotes {
  laidDocOf: Int32Array;
  laidFirst: Int32Array;
}

export class Postings {
  /** Past this share of the laid-out postings, changes noted since are laid out in full again (postings-update.ts). */
  static layOutShare = 0.1;

  /** Stems' lists put together from the overlay since the last update, for the claims that ask again. */
  private readonly assembled = new Map<number, Int32Array>();

  constructor(
    /** Number of each stem: its laid-out postings are all[offsets[n]] up to all[offsets[n + 1]]. */
    private readonly stems: Map<string, number>,
    /** Every stem's postings as laid out, one after another: ids of the sentences holding it, ascending. */
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
    /** What changed since `all` was laid out, when these were made from earlier postings without laying it out. */
    readonly overlay?: PostingsOverlay,
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

  /** As plain data, laid out in full. */
  toStored(): StoredPostings {
    const stems = new Array<string>(this.stems.size);
    for (const [stem, i] of this.stems) stems[i] = stem;
    const { firstSentence, docOfSentence, lengths, avgSentenceLength } = this;
    const { all, offsets } = this.overlay ? this.laidOut() : { all: this.all, offsets: this.offsets };
    return { stems, all, offsets, firstSentence, docOfSentence, lengths, avgSentenceLength };
  }

  /** Every stem's list now, one after another. */
  laidOut(): { all: Int32Array; offsets: Int32Array } {
    const count = this.stems.size, offsets = new Int32Array(count + 1);
    for (let n = 0; n < count; n++) offsets[n + 1] = offsets[n] + this.countOf(n);
    const all = new Int32Array(offsets[count]);
    for (let n = 0; n < count; n++) all.set(this.listOf(n), offsets[n]);
    return { all, offsets };
  }

  get sentenceCount(): number {
    return this.lengths.length;
  }

  /** Ids of the sentences holding a stem (stopwords are not indexed), ascending. Not to be written to. */
  of(stem: string): Int32Array {
    const n = this.stems.get(stem);
    return n === undefined ? NO_POSTINGS : this.listOf(n);
  }

  /** How many sentences hold stem number n now. */
  countOf(n: number): number {
    const counted = this.overlay?.counts.get(n);
    if (counted !== undefined) return counted;
    return n + 1 < this.offsets.length ? this.offsets[n + 1] - this.offsets[n] : 0;
  }

  /** The list of stem number n now: laid out, or put together from the layout and the overlay. */
  private listOf(n: number): Int32Array {
    const o = this.overlay;
    const laid = n + 1 < this.offsets.length ? this.all.subarray(this.offsets[n], this.offsets[n + 1]) : NO_POSTINGS;
    if (!o || (o.sameNumbers && !o.counts.has(n))) return laid;
    let list = this.assembled.get(n);
    if (!list) {
      list = new Int32Array(this.countOf(n));
      const extra = o.added.get(n);
      let w = 0, x = 0;
      for (let p = 0; p < laid.length; p++) {
        const s = laid[p], doc = o.laidDocOf[s], now = o.renumber[doc];
        if (now < 0) continue;
        const moved = s - o.laidFirst[doc] + this.firstSentence[now];
        while (extra && x < extra.length && extra[x] < moved) list[w++] = extra[x++];
        list[w++] = moved;
      }
      while (extra && x < extra.length) list[w++] = extra[x++];
      if (w !== list.length) throw new Error('the postings lost count of a stem\'s sentences');
      if (this.assembled.size >= MAX_ASSEMBLED) this.assembled.clear();
      this.assembled.set(n, list);
    }
    return list;
  }

  lengthOf(id: number): number {
    return this.lengths[id];
  }

  refOf(id: number): SentenceRef {
    const doc = this.docOfSentence[id];
    return { doc, sentence: id - this.firstSentence[doc] };
  }

  /** The ids of a document's sentences: from the first to the one before the second. */
  sentenceIdsOf(doc: number): [number, number] {
    return [this.firstSentence[doc], this.firstSentence[doc + 1]];
  }
}

/** Stem lists kept put together at most; a claim asks for a few stems' lists. */
const MAX_ASSEMBLED = 4096;

/**
 * Builds postings from stored documents in two passes over their words: the first numbers the stems and counts each
 * one's sentences, the second fills one array of exactly that size. Nothing is held between the passes but the
 * counts: a list of (stem, sentence) pairs, collected first and sorted out after, was twice the postings' size
 * again at the moment of the build, at 100 MB of text the largest transient of all. Stems arrive as ids of the
 * store's string table, so a word costs an array read, not a map lookup; each stem counts once per sentence.
 */
export class PostingsBuilder {
  private readonly docs: StoredDoc[] = [];

  /** Adds the next document's sentences. */
  addStored(doc: StoredDoc): void {
    this.docs.push(doc);
  }

  /** The postings, with stems spelled out from the string table the documents' ids refer to. */
  build(strings: readonly string[]): Postings {
    const { docs } = this;
    // Number of each stem by its string id, plus one (0: not seen yet); the last sentence that counted it.
    const numberOf = new Int32Array(strings.length);
    const stemIds: number[] = [];
    let counts = new Int32Array(1024), lastSentence = new Int32Array(1024);
    const firstSentence = new Int32Array(docs.length + 1);
    let sentences = 0;
    docs.forEach((doc, d) => { sentences += sentenceCount(doc); firstSentence[d + 1] = sentences; });
    const lengths = new Int32Array(sentences), docOfSentence = new Int32Array(sentences);
    let words = 0;
    // (1) Stem numbers, postings per stem, sentence lengths.
    this.eachPair((stemId, id) => {
      let stem = numberOf[stemId] - 1;
      if (stem < 0) {
        stem = stemIds.length;
        stemIds.push(stemId);
        numberOf[stemId] = stem + 1;
        if (stem >= counts.length) { counts = grown(counts, counts.length * 2); lastSentence = grown(lastSentence, lastSentence.length * 2); }
        lastSentence[stem] = -1;
      }
      if (lastSentence[stem] === id) return;
      lastSentence[stem] = id;
      counts[stem]++;
    }, (id, doc, wordCount) => { lengths[id] = wordCount; docOfSentence[id] = doc; words += wordCount; });
    const count = stemIds.length;
    const offsets = new Int32Array(count + 1);
    for (let i = 0; i < count; i++) offsets[i + 1] = offsets[i] + counts[i];
    // (2) The lists, filled in sentence order, so each is ascending.
    const all = new Int32Array(offsets[count]), next = offsets.subarray(0, count).slice();
    lastSentence.fill(-1);
    this.eachPair((stemId, id) => {
      const stem = numberOf[stemId] - 1;
      if (lastSentence[stem] === id) return;
      lastSentence[stem] = id;
      all[next[stem]++] = id;
    });
    this.docs.length = 0;
    const stems = new Map<string, number>();
    stemIds.forEach((id, i) => stems.set(strings[id], i));
    return new Postings(stems, all, offsets, firstSentence, docOfSentence, lengths, sentences ? words / sentences : 1);
  }

  /** Each (stem id, sentence number) of the documents' words that are not stopwords, in order; and each sentence. */
  private eachPair(pair: (stemId: number, sentence: number) => void, sentence?: (id: number, doc: number, wordCount: number) => void): void {
    let id = 0;
    this.docs.forEach((doc, d) => {
      let w = 0;
      for (let i = 0, n = sentenceCount(doc); i < n; i++, id++) {
        const wordCount = sentenceWordCount(doc, i);
        sentence?.(id, d, wordCount);
        for (const end = w + wordCount; w < end; w++) if (!isStopWord(doc, w)) pair(wordStem(doc, w), id);
      }
    });
  }
}

function grown(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}
