import type { Client } from 'pg';
import { bump, VocabularySets } from '../core/index/vocabulary-counts';

// The archive's corpus vocabularies (sumber.words): per word and kind, how many documents have it. Analysis asks
// only whether a word is in a vocabulary, so the sets are what it is given; the counts tell when a word enters or
// leaves one as documents come and go.

export type { VocabularySets };

export class ArchiveVocabulary {
  private constructor(private readonly lower: Map<string, number>, private readonly midCap: Map<string, number>) {}

  static async load(db: Client): Promise<ArchiveVocabulary> {
    const lower = new Map<string, number>(), midCap = new Map<string, number>();
    const r = await db.query({ text: 'SELECT word, kind, docs FROM sumber.words', rowMode: 'array' });
    for (const [word, kind, docs] of r.rows as Array<[string, string, number]>) (kind === 'l' ? lower : midCap).set(word, docs);
    return new ArchiveVocabulary(lower, midCap);
  }

  /** The sets as last made, until the counts change (a writer's working set asks for them at every build). */
  private made?: VocabularySets;

  count(lower: readonly string[], midCap: readonly string[], by: 1 | -1): void {
    bump(this.lower, lower, by);
    bump(this.midCap, midCap, by);
    this.made = undefined;
  }

  /** The per-word counts themselves (copies), for the checker's vocabulary counts. */
  lowerCounts(): Map<string, number> { return new Map(this.lower); }
  midCapCounts(): Map<string, number> { return new Map(this.midCap); }

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
