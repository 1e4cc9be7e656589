import { collectVocabulary } from '../facts/analyze';

// The corpus vocabularies (analyze.ts `collectVocabulary`) with, for each word, how many files have it. A file
// that changes then changes the vocabularies by what it alone brought or took away, worked out from its two
// versions, instead of by reading every file of the corpus again.

export interface VocabularySets { lower: Set<string>; midCap: Set<string> }

export class VocabularyCounts {
  private constructor(
    private readonly lower: Map<string, number>,
    private readonly midCap: Map<string, number>,
    /** The text each counted file was counted with, by uri. */
    private readonly counted: Map<string, string>,
  ) {}

  /** Counts for these files. */
  static of(files: ReadonlyArray<{ uri: string; text: string }>): VocabularyCounts {
    // Which text each file was counted with, so an update takes off exactly what it brought.
    const counts = new VocabularyCounts(new Map(), new Map(), new Map(files.map(f => [f.uri, f.text])));
    for (const f of files) counts.count(f.text, 1);
    return counts;
  }

  /** `of`, one file at a time between the caller's slices (counting reads every word of every file). */
  static async ofSliced(files: ReadonlyArray<{ uri: string; text: string }>, next: () => Promise<void>): Promise<VocabularyCounts> {
    const counts = new VocabularyCounts(new Map(), new Map(), new Map(files.map(f => [f.uri, f.text])));
    for (const f of files) {
      counts.count(f.text, 1);
      await next();
    }
    return counts;
  }

  /** Counts kept elsewhere (an archive's per-word document counts), for these files as they were counted. */
  static fromCounts(lower: Map<string, number>, midCap: Map<string, number>, files: ReadonlyArray<{ uri: string; text: string }>): VocabularyCounts {
    return new VocabularyCounts(lower, midCap, new Map(files.map(f => [f.uri, f.text])));
  }

  /** Counts summed by others (threads that each counted some of the files), for these files. */
  static merged(parts: ReadonlyArray<{ lower: Array<[string, number]>; midCap: Array<[string, number]> }>, files: ReadonlyArray<{ uri: string; text: string }>): VocabularyCounts {
    const lower = new Map<string, number>(), midCap = new Map<string, number>();
    for (const p of parts) {
      for (const [w, n] of p.lower) lower.set(w, (lower.get(w) ?? 0) + n);
      for (const [w, n] of p.midCap) midCap.set(w, (midCap.get(w) ?? 0) + n);
    }
    return new VocabularyCounts(lower, midCap, new Map(files.map(f => [f.uri, f.text])));
  }

  /**
   * The counts for another set of files, made by recounting only those added, removed or changed since these
   * were counted; these counts stay as they are (a build that is cancelled leaves its corpus intact).
   */
  updated(files: ReadonlyArray<{ uri: string; text: string }>): VocabularyCounts {
    const next = new VocabularyCounts(new Map(this.lower), new Map(this.midCap), new Map(files.map(f => [f.uri, f.text])));
    for (const [uri, text] of this.counted) if (next.counted.get(uri) !== text) next.count(text, -1);
    for (const f of files) if (this.counted.get(f.uri) !== f.text) next.count(f.text, 1);
    return next;
  }

  sets(): VocabularySets {
    return { lower: new Set(this.lower.keys()), midCap: new Set(this.midCap.keys()) };
  }

  private count(text: string, by: 1 | -1): void {
    const lower = new Set<string>(), midCap = new Set<string>();
    collectVocabulary(text, lower, midCap);
    bump(this.lower, lower, by);
    bump(this.midCap, midCap, by);
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
