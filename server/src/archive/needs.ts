import { DocFacts } from '../core/facts/analyze';

// What a draft needs from an archive too large to index on a writer's machine: for each sentence (a claim), the
// stems retrieval would look up; the names it gives, for the documents that say who they are; and its quotations,
// for the documents that hold them. The working set (working-set.ts) draws the documents these point to.

export interface DraftNeeds {
  /** Per sentence, the distinct stems of its content words (not numbers: those are checked on their own). */
  claims: string[][];
  /** The registry keys of the names the drafts give. */
  names: string[];
  /** The quoted passages, as written. */
  quotes: string[];
}

/** Quotes shorter than this say too little to search by trigrams. */
const MIN_QUOTE_CHARS = 12;

export function needsOf(drafts: readonly DocFacts[]): DraftNeeds {
  const claims: string[][] = [], names = new Set<string>(), quotes = new Set<string>();
  for (const d of drafts) {
    for (const s of d.sentences) {
      const stems = new Set<string>();
      for (const w of s.words) if (!w.stop && !/^\d/.test(w.norm)) stems.add(w.stem);
      if (stems.size) claims.push([...stems]);
      for (const n of s.names) names.add(n.key);
    }
    for (const q of d.quotes) {
      const body = q.text.trim();
      if (body.length >= MIN_QUOTE_CHARS) quotes.add(body);
    }
  }
  return { claims, names: [...names], quotes: [...quotes] };
}
