import { collectVocabulary } from '../facts/analyze';

// The corpus vocabularies (analysis-context.ts `collectVocabulary`) with, for each word, how many files have it.
// A file that changes then changes the vocabularies by what it alone brought or took away, worked out from its
// two versions, instead of by reading every file of the corpus again.

export interface VocabularySets { lower: Set<string>; midCap: Set<string> }

export class VocabularyCounts {
  /** The sets as made, shared by the counts an update derives when no word enters or leaves a vocabulary. */
  private made?: VocabularySets;
  /** One vocabulary's set, taken from the counts these were updated from when none of its words came or went. */
  private madeLower?: Set<string>;
  private madeMidCap?: Set<string>;

  private constructor(
    private readonly lower: Tally,
    private readonly midCap: Tally,
    /** The text each counted file was counted with, by uri. */
    private readonly counted: Map<string, string>,
  ) {}

  /** Counts for these files. */
  static of(files: ReadonlyArray<{ uri: string; text: string }>): VocabularyCounts {
    // Which text each file was counted with, so an update takes off exactly what it brought.
    const counts = new VocabularyCounts(new Tally(), new Tally(), new Map(files.map(f => [f.uri, f.text])));
    for (const f of files) counts.count(f.text, 1);
    return counts;
  }

  /** `of`, one file at a time between the caller's slices (counting reads every word of every file). */
  static async ofSliced(files: ReadonlyArray<{ uri: string; text: string }>, next: () => Promise<void>): Promise<VocabularyCounts> {
    const counts = new VocabularyCounts(new Tally(), new Tally(), new Map(files.map(f => [f.uri, f.text])));
    for (const f of files) {
      counts.count(f.text, 1);
      await next();
    }
    return counts;
  }

  /**
   * Counts kept elsewhere (an archive's per-word document counts), for these files as they were counted. The maps
   * are read, never changed (an update counts in a layer over them); `sets`: their words with a count, when the
   * caller has them made (making them reads every word: 100 ms for the 100 MB benchmark's vocabularies).
   */
  static fromCounts(lower: ReadonlyMap<string, number>, midCap: ReadonlyMap<string, number>, files: ReadonlyArray<{ uri: string; text: string }>,
    sets?: VocabularySets): VocabularyCounts {
    const counts = new VocabularyCounts(new Tally(lower as Map<string, number>), new Tally(midCap as Map<string, number>), new Map(files.map(f => [f.uri, f.text])));
    if (sets) counts.made = sets;
    return counts;
  }

  /** Counts summed by others (threads that each counted some of the files), for these files. */
  static merged(parts: ReadonlyArray<{ lower: Array<[string, number]>; midCap: Array<[string, number]> }>, files: ReadonlyArray<{ uri: string; text: string }>): VocabularyCounts {
    const lower = new Map<string, number>(), midCap = new Map<string, number>();
    for (const p of parts) {
      for (const [w, n] of p.lower) lower.set(w, (lower.get(w) ?? 0) + n);
      for (const [w, n] of p.midCap) midCap.set(w, (midCap.get(w) ?? 0) + n);
    }
    return new VocabularyCounts(new Tally(lower), new Tally(midCap), new Map(files.map(f => [f.uri, f.text])));
  }

  /**
   * The counts for another set of files, made by recounting only those added, removed or changed since these
   * were counted; these counts stay as they are (a build that is cancelled leaves its corpus intact). The new
   * counts hold only the words that changed, over these: an update of a few files costs what they hold, not the
   * size of the vocabulary (an archive's working set grows by a few documents at a time).
   */
  updated(files: ReadonlyArray<{ uri: string; text: string }>): VocabularyCounts {
    const next = new VocabularyCounts(this.lower.layer(), this.midCap.layer(), new Map(files.map(f => [f.uri, f.text])));
    for (const [uri, text] of this.counted) if (next.counted.get(uri) !== text) next.count(text, -1);
    for (const f of files) if (this.counted.get(f.uri) !== f.text) next.count(f.text, 1);
    // Each vocabulary in which no word came or went is the same set: a word's first capital in mid-sentence leaves
    // the lower-case one as it was, and the analyses that depend on it alone (stems) stay valid.
    if (this.made && !next.lower.changedStanding()) next.madeLower = this.made.lower;
    if (this.made && !next.midCap.changedStanding()) next.madeMidCap = this.made.midCap;
    if (next.madeLower && next.madeMidCap) next.made = this.made;
    return next;
  }

  /**
   * These counts, with the given files taken as counted in them already: documents of a shared archive, whose
   * per-word counts include every one of its documents, as they join a writer's working set.
   */
  countedAlready(files: ReadonlyArray<{ uri: string; text: string }>): VocabularyCounts {
    const next = new VocabularyCounts(this.lower, this.midCap, new Map(this.counted));
    for (const f of files) next.counted.set(f.uri, f.text);
    next.made = this.made;
    return next;
  }

  sets(): VocabularySets {
    return (this.made ??= { lower: this.madeLower ?? this.lower.words(), midCap: this.madeMidCap ?? this.midCap.words() });
  }

  private count(text: string, by: 1 | -1): void {
    const lower = new Set<string>(), midCap = new Set<string>();
    collectVocabulary(text, lower, midCap);
    this.lower.bump(lower, by);
    this.midCap.bump(midCap, by);
  }
}

/** Layers an update may stack before they are merged into one map. */
const MAX_LAYERS = 8;

/**
 * Per-word counts as a map of the words an update changed over the counts it was made from; a word absent from
 * every layer has none. Deep stacks are merged into one layer over the bottom one.
 */
class Tally {
  private readonly own: Map<string, number>;
  private readonly below?: Tally;
  private readonly depth: number;
  /** Whether a word of this layer got its first count or lost its last. */
  private flipped = false;

  constructor(own = new Map<string, number>(), below?: Tally) {
    this.own = own;
    this.below = below;
    this.depth = below ? below.depth + 1 : 0;
  }

  /**
   * A layer over this tally; when the stack is deep, over one that merges every layer but the bottom one. The
   * bottom one stays shared, never copied: it holds the whole vocabulary (an archive's, read from it), the layers
   * only the words updates changed. Copied every eighth update, it took an archive working set's grows 70-107 ms
   * where the others took 11-30 (the 100 MB benchmark's archive, in process).
   */
  layer(): Tally {
    if (this.depth < MAX_LAYERS) return new Tally(new Map(), this);
    const above: Tally[] = [];
    let bottom: Tally = this;
    for (; bottom.below; bottom = bottom.below) above.push(bottom);
    const merged = new Map<string, number>();
    // Lowest first, so that a word's count in a higher layer wins (a count of 0 stays: it hides the bottom's).
    for (let i = above.length - 1; i >= 0; i--) for (const [w, n] of above[i].own) merged.set(w, n);
    return new Tally(new Map(), new Tally(merged, bottom));
  }

  get(word: string): number {
    for (let t: Tally | undefined = this; t; t = t.below) {
      const n = t.own.get(word);
      if (n !== undefined) return n;
    }
    return 0;
  }

  bump(words: Iterable<string>, by: 1 | -1): void {
    for (const w of words) {
      const before = this.get(w), after = Math.max(0, before + by);
      if ((before > 0) !== (after > 0)) this.flipped = true;
      this.own.set(w, after);
    }
  }

  changedStanding(): boolean {
    return this.flipped;
  }

  /** The words with a count. */
  words(): Set<string> {
    const out = new Set<string>(), seen = new Set<string>();
    for (let t: Tally | undefined = this; t; t = t.below) {
      for (const [w, n] of t.own) {
        if (seen.has(w)) continue;
        seen.add(w);
        if (n > 0) out.add(w);
      }
    }
    return out;
  }
}

/** Adds `by` to each word's count, dropping a word whose count reaches nothing. */
export function bump(counts: Map<string, number>, words: Iterable<string>, by: 1 | -1): void {
  for (const w of words) {
    const n = (counts.get(w) ?? 0) + by;
    if (n > 0) counts.set(w, n); else counts.delete(w);
  }
}

/** Per-word file counts of some texts, as a thread sends them: each text's words counted once. */
export function countVocabulary(texts: readonly string[]): { lower: Array<[string, number]>; midCap: Array<[string, number]> } {
  const lower = new Map<string, number>(), midCap = new Map<string, number>();
  for (const text of texts) {
    const l = new Set<string>(), m = new Set<string>();
    collectVocabulary(text, l, m);
    bump(lower, l, 1);
    bump(midCap, m, 1);
  }
  return { lower: [...lower], midCap: [...midCap] };
}
