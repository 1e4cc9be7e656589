import type { Client } from 'pg';
import { bump, VocabularyCounts, VocabularySets } from '../core/index/vocabulary-counts';

// The archive's corpus vocabularies (sumber.words): per word and kind, how many documents have it. Analysis asks
// only whether a word is in a vocabulary, so the sets are what it is given; the counts tell when a word enters or
// leaves one as documents come and go.

export type { VocabularySets };

export class ArchiveVocabulary {
  private constructor(private readonly lower: Map<string, number>, private readonly midCap: Map<string, number>) {}

  /**
   * Each kind's words come as one text, a line per word ("docs word"; a word never holds a line break), split here.
   * A row per word kept every writer's server parsing the 100 MB archive's 112,961 rows for about 140 ms before
   * it was ready (and twenty servers starting at once queued behind one another for it).
   */
  static async load(db: Client): Promise<ArchiveVocabulary> {
    const lower = new Map<string, number>(), midCap = new Map<string, number>();
    const r = await db.query<{ kind: string; list: string }>(`SELECT kind, string_agg(docs::text || ' ' || word, E'\n') AS list FROM sumber.words GROUP BY kind`);
    for (const { kind, list } of r.rows) {
      const into = kind === 'l' ? lower : midCap;
      for (let at = 0; at < list.length;) {
        const space = list.indexOf(' ', at), end = list.indexOf('\n', space);
        const stop = end < 0 ? list.length : end;
        into.set(list.slice(space + 1, stop), Number(list.slice(at, space)));
        at = stop + 1;
      }
    }
    return new ArchiveVocabulary(lower, midCap);
  }

  /**
   * About how many documents hold the word, in lower case or capitalised in mid-sentence (the larger count): what
   * a quotation's rarest words are chosen by (quote-anchors.ts). A word only ever capitalised at a sentence's
   * start counts 0.
   */
  documentsWith(word: string): number {
    return Math.max(this.lower.get(word) ?? 0, this.midCap.get(word) ?? 0);
  }

  /** The sets as last made, until the counts change (a writer's working set asks for them at every build). */
  private made?: VocabularySets;

  /** Whether the counts were handed to a checker's corpus (countsFor), which reads them as they are. */
  private shared = false;

  count(lower: readonly string[], midCap: readonly string[], by: 1 | -1): void {
    if (this.shared) throw new Error('the archive vocabulary was handed to a corpus and cannot be counted again');
    bump(this.lower, lower, by);
    bump(this.midCap, midCap, by);
    this.made = undefined;
  }

  /**
   * The per-word counts as a corpus of these files keeps them: the maps themselves, not copies (a copy of the
   * 100 MB benchmark's took 90 ms at every start), so this vocabulary is not counted again after.
   */
  countsFor(files: ReadonlyArray<{ uri: string; text: string }>): VocabularyCounts {
    this.shared = true;
    return VocabularyCounts.fromCounts(this.lower, this.midCap, files, this.sets());
  }

  sets(): VocabularySets {
    return (this.made ??= { lower: new Set(this.lower.keys()), midCap: new Set(this.midCap.keys()) });
  }
}

/** The words whose standing differs between two vocabularies, either kind. */
export function changedWords(a: VocabularySets, b: VocabularySets): string[] {
  const out = new Set<string>();
  for (const [x, y] of [[a.lower, b.lower], [a.midCap, b.midCap]] as const) {
    for (const w of x) if (!y.has(w)) out.add(w);
    for (const w of y) if (!x.has(w)) out.add(w);
  }
  return [...out].sort();
}
