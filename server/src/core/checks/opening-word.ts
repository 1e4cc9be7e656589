import { Claim, claimLang } from './types';
import { NameMention } from '../facts/names';
import { stemIndonesian } from '../text/stem';
import { stemEnglish } from '../text/stem-english';
import { OCCUPATIONS } from '../lexicon/descriptions';

// A sentence's first word is capitalised whatever it is, so the name finder may take an ordinary word that opens the
// sentence into the name after it. The entity check asks here before it calls such a name unknown.

/**
 * Whether the one word of a name no source uses is its first, capitalised only for opening the sentence, and a form
 * of a word the sources do use: "Luapan Sungai Kalimuning membawa lumpur …" (luapan, overflow; the sources write
 * "meluap") is the river's overflow, not a name no source has. A made-up given name before a known surname has no
 * such stem in the sources. Nor is a noun of trade or office before the name it describes: "Pengacara Hendra
 * berdalih …" is Hendra's lawyer (or the lawyer Hendra), where the sources write "kuasa hukumnya".
 */
export function openedByOrdinaryWord(claim: Claim, name: NameMention, unknown: readonly string[]): boolean {
  const first = claim.sentence.tokens.find(t => t.kind === 'word');
  if (!first || first.start !== name.start || name.words.length < 2) return false;
  if (unknown.length !== 1 || unknown[0] !== first.text) return false;
  const w = first.norm;
  if (OCCUPATIONS.has(w)) return true;
  // The stemmer keeps a noun in -an whole when it knows no root for it ("luapan"): its root is tried as well.
  const roots = NOUN_SUFFIXES.filter(x => w.endsWith(x) && w.length - x.length >= 4).map(x => w.slice(0, -x.length));
  const stems = claimLang(claim) === 'en' ? [stemEnglish(w)] : [stemIndonesian(w), ...roots];
  return stems.some(stem => stem !== w && claim.corpus.postingsOf(stem).length > 0);
}

/** Suffixes that make an Indonesian noun of a verb's root: "luapan" of "meluap", "tumpahan" of "tumpah". */
const NOUN_SUFFIXES = ['an', 'nya'];
