import { DocFacts, SentenceFacts } from '../core/facts/analyze';
import { marksOf } from '../core/index/claim-marks';

// What a draft needs from an archive too large to index on a writer's machine: for each sentence (a claim), the
// stems retrieval would look up; the names it gives, for the documents that say who they are; and its quotations,
// for the documents that hold them. The working set (working-set.ts) draws the documents these point to.

export interface DraftNeeds {
  /** Per sentence, the distinct stems of its content words (not numbers: those are checked on their own). */
  claims: string[][];
  /**
   * Per claim (in the same order), a pattern for its first figure (else its first negation) with the words beside
   * it, as a case-insensitive regular expression: which of the many documents holding its words state it so.
   */
  marks: Array<string | undefined>;
  /** Per claim, a pattern of the sentence's words in order, as `marks`: a document holding it word for word first. */
  wordings: string[];
  /** The registry keys of the names the drafts give. */
  names: string[];
  /** The quoted passages, as written. */
  quotes: string[];
}

/** Quotes shorter than this say too little to search by trigrams. */
const MIN_QUOTE_CHARS = 12;

export function needsOf(drafts: readonly DocFacts[]): DraftNeeds {
  const claims: string[][] = [], marks: Array<string | undefined> = [], wordings: string[] = [], names = new Set<string>(), quotes = new Set<string>();
  for (const d of drafts) {
    for (const s of d.sentences) {
      const stems = new Set<string>();
      for (const w of s.words) if (!w.stop && !/^\d/.test(w.norm)) stems.add(w.stem);
      if (stems.size) { const p = patternsOf(s); claims.push([...stems]); marks.push(p.mark); wordings.push(p.wording); }
      for (const n of s.names) names.add(n.key);
    }
    for (const q of d.quotes) {
      const body = q.text.trim();
      if (body.length >= MIN_QUOTE_CHARS) quotes.add(body);
    }
  }
  return { claims, marks, wordings, names: [...names], quotes: [...quotes] };
}

/**
 * A sentence's patterns, kept by its text (they are the text's alone): needsOf runs at every check of a draft, and
 * making them anew for each of its sentences was nine tenths of its time (0.6 of 0.65 ms for 34 sentences).
 */
function patternsOf(s: SentenceFacts): { mark?: string; wording: string } {
  let p = patterns.get(s.text);
  if (!p) {
    if (patterns.size >= MAX_PATTERNS) patterns.clear();
    patterns.set(s.text, p = { mark: markPattern(s), wording: wordingPattern(s) });
  }
  return p;
}

const patterns = new Map<string, { mark?: string; wording: string }>();
/** Sentences whose patterns are kept: far more than any open drafts hold. */
const MAX_PATTERNS = 10_000;

/**
 * The sentence's first figure, else its first negation, with the words either side, as a pattern for PostgreSQL's
 * case-insensitive match (`~*`): "lebih dari $637 juta" gives dari, 637 and juta apart by anything but letters or
 * digits. Passed as a query parameter, never put into the statement.
 */
export function markPattern(s: SentenceFacts): string | undefined {
  const marks = marksOf(s), m = marks.find(x => /\d/.test(x.text)) ?? marks[0];
  return m && inOrder([m.before, m.text, m.after].filter((x): x is string => !!x));
}

/** The sentence's words in order, lower case, as markPattern gives a mark's: the sentence word for word. */
export function wordingPattern(s: SentenceFacts): string {
  return inOrder(s.text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
}

/** Words in this order, whole, with anything but letters and digits between them. */
function inOrder(words: readonly string[]): string {
  const parts = words.map(x => x.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&'));
  return `(^|[^[:alnum:]])${parts.join('[^[:alnum:]]+')}([^[:alnum:]]|$)`;
}
