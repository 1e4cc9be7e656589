// Spelling variants of names: "Samudra"/"Samudera", "Zelenskyy"/"Zelensky". Indonesian and transliterated names
// are spelled several ways, and a writer using another accepted spelling has not named anyone new.
//
// Two words are variants when removing one letter from one gives the other, or removing one letter from each
// gives the same word (symmetric deletion: an insertion, a deletion, a substitution or two neighbours swapped).
// The table is made again after every re-index, on the first check that asks, so it holds only the distinct
// words by first letter and length: making it costs a pass over the names (a table of every word less each of its
// letters took 90-120 ms at 10 MB of sources), and a lookup compares the word with those of the same first letter
// and a length one apart at most.

/** Shorter words are too easily one letter away from a different name ("Xi"/"Li", "Iran"/"Irak"). */
const MIN_LENGTH = 6;
/** A word of a name as the table takes it: what splitting at white space gives, of the least length or more. */
const LONG_WORD = new RegExp(`\\S{${MIN_LENGTH},}`, 'g');

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
  private readonly buckets = new Map<string, Array<{ word: string; order: number }>>();

  /**
   * The table of the words of these names, lower-case: only words long enough to have variants are cut out of
   * the names (a corpus's 19,000 names at 10 MB have 43,000 words, half of them short).
   */
  static ofNames(names: Iterable<string>): SpellingVariants {
    function* longWords(): Generator<string> {
      for (const name of names) if (name.length >= MIN_LENGTH) for (const m of name.toLowerCase().matchAll(LONG_WORD)) yield m[0];
    }
    return new SpellingVariants(longWords());
  }

  constructor(words: Iterable<string>) {
    const seen = new Set<string>();
    for (const w of words) {
      if (w.length < MIN_LENGTH || seen.has(w)) continue;
      const key = bucketKey(w[0], w.length);
      (this.buckets.get(key) ?? this.buckets.set(key, []).get(key)!).push({ word: w, order: seen.size });
      seen.add(w);
    }
  }

  /**
   * A known word one edit (insertion, deletion or substitution of a letter) from the given one, or undefined.
   * Only words of the same first letter count: names rarely vary there, and typos of another name often do.
   * When several qualify, the first by the word's forms in turn (itself, then less each letter from the left),
   * and for each form the word that came first.
   */
  find(word: string): string | undefined {
    if (word.length < MIN_LENGTH) return undefined;
    const near = [-1, 0, 1].flatMap(d => this.buckets.get(bucketKey(word[0], word.length + d)) ?? []).sort((a, b) => a.order - b.order);
    if (!near.length) return undefined;
    for (const form of [word, ...deletions(word)]) {
      for (const { word: w } of near) if (w !== word && (w === form || lessOneLetter(w, form))) return w;
    }
    return undefined;
  }
}

function bucketKey(first: string, length: number): string {
  return `${first}\u0000${length}`;
}
