// Spelling variants of names: "Samudra"/"Samudera", "Zelenskyy"/"Zelensky". Indonesian and transliterated names
// are spelled several ways, and a writer using another accepted spelling has not named anyone new. Lookup is by
// symmetric deletion (every form with one letter removed), so it costs a few map probes, not a vocabulary scan.

/** Shorter words are too easily one letter away from a different name ("Xi"/"Li", "Iran"/"Irak"). */
const MIN_LENGTH = 6;

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

export class SpellingVariants {
  private readonly byKey = new Map<string, Set<string>>();

  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (w.length < MIN_LENGTH) continue;
      for (const k of [w, ...deletions(w)]) (this.byKey.get(k) ?? this.byKey.set(k, new Set()).get(k)!).add(w);
    }
  }

  /**
   * A known word one edit (insertion, deletion or substitution of a letter) from the given one, or undefined.
   * Only words of the same first letter count: names rarely vary there, and typos of another name often do.
   */
  find(word: string): string | undefined {
    if (word.length < MIN_LENGTH) return undefined;
    for (const k of [word, ...deletions(word)]) {
      for (const w of this.byKey.get(k) ?? []) if (w !== word && w[0] === word[0] && Math.abs(w.length - word.length) <= 1) return w;
    }
    return undefined;
  }
}
