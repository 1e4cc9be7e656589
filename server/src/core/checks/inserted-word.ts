import { Claim } from './types';
import { Alignment } from '../index/support';
import { Word } from '../facts/analyze';

// A word of the claim's own set inside a phrase its passage has: "pengembangan energi fusi nuklir" where the
// passage says "penggunaan damai energi nuklir", "nuclear fusion energy" where it says "nuclear energy". Everything
// else may be stated, yet the claim names a more specific thing than the source does, and the one word that makes
// it so is rare enough to weigh little against all the rest the verifier sees. A paraphrase rewords a phrase or
// drops from it; it seldom wedges a new word between two words its source has side by side.

/** Whether two words stand side by side, with no punctuation between them. */
export const adjacent = (a: Word, b: Word) => b.token === a.token + 1;

/**
 * The claim's words (as written) that stand between two words the passage has side by side, where neither the
 * passage nor its neighbours have the word itself or a synonym of it. Words of names are no part of this: a name
 * ("Presiden Joko Widodo") and the verb after a subject ("Putin mengucapkan terima kasih" for "Putin berterima
 * kasih") are not a phrase the claim narrows.
 */
export function insertedWords(claim: Pick<Claim, 'corpus' | 'sentence' | 'terms'>, a: Alignment): string[] {
  const { sentence, terms } = claim;
  const words = sentence.words;
  const inName = (w: Word) => sentence.names.some(n => w.start >= n.start && w.end <= n.end);
  const plain = (w: Word) => !w.stop && !inName(w) && /^\p{L}+$/u.test(w.norm);
  let pairs: Set<string> | undefined;
  const out: string[] = [];
  for (let i = 1; i + 1 < words.length; i++) {
    const before = words[i - 1], word = words[i], after = words[i + 1];
    // The claim's first word is its subject, and a word after it may be the predicate's ("Matoa sulit tumbuh" for
    // "Matoa tumbuh baik"); a verb is a predicate ("menu makanan dibuat menarik" for "menu makanan menarik").
    // Nor is it a phrase where a verb or a figure stands on either side ("indeks glikemik rendah" narrowed, not
    // "diabetes hendaknya mengonsumsi", "dua orang anak").
    if (i === 1 || verbLike(before) || verbLike(word) || verbLike(after) || sentence.quantities.some(q => before.start < q.end && q.start < before.end)) continue;
    if (!(plain(before) || (COPULAS.has(before.norm) && !NOT_NARROWING.has(word.norm))) || !plain(word) || !plain(after) || !adjacent(before, word) || !adjacent(word, after)) continue;
    const k = terms.findIndex(t => t.stem === word.stem);
    if (k < 0 || (a.credit[k] ?? 0) > 0) continue;
    pairs ??= adjacentPairs(claim.corpus.sentence(a.ref).words);
    if (pairs.has(`${before.stem} ${after.stem}`)) out.push(sentence.text.slice(word.start - sentence.start, word.end - sentence.start));
  }
  return out;
}

/**
 * Words that say what a thing is: the phrase after one names the claim's class for the thing, and a word wedged
 * into it narrows the class ("Hunedoara adalah ibu kota Rumania" where the passage has "Hunedoara adalah kota").
 */
const COPULAS = new Set(['adalah', 'merupakan', 'ialah', 'is', 'was', 'are', 'were']);
/** Words after a copula that do not narrow the class: a former holder of it, the name of one ("nama desa"). */
const NOT_NARROWING = new Set(['mantan', 'bekas', 'former', 'nama', 'name']);

/** A verb by its form: an Indonesian prefix on a shorter stem ("dibuat", "bertemu"), an English "-ed" or "-ing". */
export function verbLike(w: Word): boolean {
  if (w.stem.length < w.norm.length && /^(?:me|di|ber|ter)/.test(w.norm)) return true;
  // Three letters before the ending, tested where they stand: a search of the whole word for them cost more.
  const ending = w.norm.endsWith('ing') ? 3 : w.norm.endsWith('ed') ? 2 : 0;
  if (!ending) return false;
  // A letter outside the Basic Multilingual Plane takes two code units: counted as one letter by the search.
  if (SURROGATE.test(w.norm)) return VERB_ENDING.test(w.norm);
  return w.norm.length >= ending + 3 && THREE_LETTERS.test(w.norm.slice(-ending - 3, -ending));
}
const THREE_LETTERS = /^\p{L}{3}$/u, SURROGATE = /[\uD800-\uDFFF]/, VERB_ENDING = /\p{L}{3}(?:ed|ing)$/u;

/** The stems of every two words a sentence has side by side, as "a b". */
function adjacentPairs(words: readonly Word[]): Set<string> {
  const out = new Set<string>();
  for (let j = 0; j + 1 < words.length; j++) if (adjacent(words[j], words[j + 1])) out.add(`${words[j].stem} ${words[j + 1].stem}`);
  return out;
}
