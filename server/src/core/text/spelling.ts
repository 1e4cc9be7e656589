import { runSteps } from '../cancellation';

// Spelling variants of names: "Samudra"/"Samudera", "Zelenskyy"/"Zelensky". Indonesian and transliterated names
// are spelled several ways, and a writer using another accepted spelling has not named anyone new.
//
// Two words are variants when removing one letter from one gives the other, or removing one letter from each
// gives the same word (symmetric deletion: an insertion, a deletion, a substitution or two neighbours swapped).
// The table is made again after every re-index (by the server in the background, else on the first check that
// asks), so it holds only the distinct words by first letter and length: making it costs a pass over the names (a
// table of every word less each of its letters took 90-120 ms at 10 MB of sources), and a lookup compares the
// word with those of the same first letter and a length one apart at most.

/** Shorter words are too easily one letter away from a different name ("Xi"/"Li", "Iran"/"Irak"). */
const MIN_LENGTH = 6;
const SPACES = /\s+/;

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Whether removing one letter from `longer` gives `shorter`. */
function lessOneLetter(longer: string, shorter: string): boolean {
  if (longer.length !== shorter.length + 1) return false;
  let i = 0;
  while (i < shorter.length && longer.charCodeAt(i) === shorter.charCodeAt(i)) i++;
  for (let j = i; j < shorter.length; j++) if (longer.charCodeAt(j + 1) !== shorter.charCodeAt(j)) return false;
  return true;
}

export class SpellingVariants {
  /** Distinct words by first letter and length, each with its place in the order words came. */
  private readonly buckets = new Map<number, Array<{ word: string; order: number }>>();

  /**
   * The table of the words of these names, lower-case: only words long enough to have variants are cut out of
   * the names (a corpus's 19,000 names at 10 MB have 43,000 words, half of them short).
   */
  static ofNames(names: readonly string[]): SpellingVariants {
    return runSteps(SpellingVariants.ofNamesSteps(names));
  }

  /**
   * `ofNames` in steps of `perStep` names, so that a server can make the table between requests (15-30 ms at 10 MB
   * in one piece) before a check asks for it.
   */
  static *ofNamesSteps(names: readonly string[], perStep = Infinity): Generator<void, SpellingVariants> {
    const table = new SpellingVariants([]), seen = new Set<string>();
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      // split, not a generator of regular-expression matches: that made the table take 35-42 ms at 10 MB.
      if (name.length >= MIN_LENGTH) for (const w of name.toLowerCase().split(SPACES)) table.add(w, seen);
      if ((i + 1) % perStep === 0) yield;
    }
    return table;
  }

  constructor(words: Iterable<string>) {
    const seen = new Set<string>();
    for (const w of words) this.add(w, seen);
  }

  /** Adds a word not `seen` yet, in its bucket, as the next in order. */
  private add(w: string, seen: Set<string>): void {
    if (w.length < MIN_LENGTH || seen.has(w)) return;
    const key = bucketKey(w.charCodeAt(0), w.length);
    (this.buckets.get(key) ?? this.buckets.set(key, []).get(key)!).push({ word: w, order: seen.size });
    seen.add(w);
  }

  /**
   * A known word one edit (insertion, deletion or substitution of a letter) from the given one, or undefined.
   * Only words of the same first letter count: names rarely vary there, and typos of another name often do.
   * When several qualify, the first by the word's forms in turn (itself, then less each letter from the left),
   * and for each form the word that came first.
   */
  find(word: string): string | undefined {
    if (word.length < MIN_LENGTH) return undefined;
    const near = [-1, 0, 1].flatMap(d => this.buckets.get(bucketKey(word.charCodeAt(0), word.length + d)) ?? []).sort((a, b) => a.order - b.order);
    if (!near.length) return undefined;
    for (const form of [word, ...deletions(word)]) {
      for (const { word: w } of near) if (w !== word && (w === form || lessOneLetter(w, form))) return w;
    }
    return undefined;
  }
}

/** A number, not a string made per word: the first letter's code unit and the length. */
function bucketKey(first: number, length: number): number {
  return first * 0x10000 + length;
}

/**
 * Whether two words are spellings or forms of one ("respon"/"respons", "negara"/"negaranya"): they share their first
 * five letters or more and differ in length by at most two.
 */
export function nearTwin(a: string, b: string): boolean {
  if (a === b || a.length < 5 || b.length < 5) return false;
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  return p >= 5 && Math.abs(a.length - b.length) <= 2;
}
