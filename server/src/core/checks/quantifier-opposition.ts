import { Claim } from './types';
import { Alignment } from '../index/support';
import { SentenceFacts } from '../facts/analyze';
import { OpposedWording, Worded, opposedWording, phrasesIn } from './opposed-wording';

// How many of a thing, said the other way round: "Sebagian kecil orang dewasa memiliki empat gigi bungsu" where the
// passage says "Kebanyakan orang dewasa memiliki empat gigi bungsu"; "All of the residents" where it says "not all of
// the residents"; "the full cost" where it says "half of the cost". The quantifiers are function words the support
// check weighs at nothing, so the rest reads the same.

type Amount = 'most' | 'few' | 'all' | 'not-all' | 'whole' | 'half';

/** Phrases of amount, as token norms, longest first where one begins another. */
const PHRASES: ReadonlyArray<[string[], Amount]> = [
  [['tidak', 'semua'], 'not-all'], [['tak', 'semua'], 'not-all'], [['bukan', 'semua'], 'not-all'], [['tidak', 'seluruh'], 'not-all'],
  [['not', 'all'], 'not-all'], [['not', 'every'], 'not-all'],
  [['sebagian', 'besar'], 'most'], [['kebanyakan'], 'most'], [['mayoritas'], 'most'], [['most'], 'most'],
  [['sebagian', 'kecil'], 'few'], [['segelintir'], 'few'], [['minoritas'], 'few'], [['few'], 'few'],
  [['semua'], 'all'], [['seluruh'], 'all'], [['all'], 'all'], [['every'], 'all'],
  // "will pay the full cost" where the passage says "will pay half of the cost".
  [['full'], 'whole'], [['entire'], 'whole'], [['whole'], 'whole'], [['penuh'], 'whole'],
  [['half'], 'half'], [['separuh'], 'half'], [['setengah'], 'half'],
];
const OPPOSED: Readonly<Record<Amount, Amount>> = { most: 'few', few: 'most', all: 'not-all', 'not-all': 'all', whole: 'half', half: 'whole' };
/** Words between an amount and its thing: "sebagian besar dari warga", "all of the residents", "kebanyakan para ahli". */
const LINKS = new Set(['dari', 'of', 'the', 'para', 'orang-orang', 'a']);

/** Each amount a sentence gives, with the word (as written, lower case) of the thing it counts. */
const amountsIn = (s: SentenceFacts): Worded[] => phrasesIn(s, PHRASES, LINKS, j => (s.tokens[j]?.kind === 'word' ? s.tokens[j].norm : undefined));

/**
 * The first amount of a thing the claim gives whose opposite a candidate passage gives of the same thing, where no
 * passage aligned as well gives the claim's own.
 */
export function quantifierOpposition(claim: Claim, candidates: readonly Alignment[]): OpposedWording | undefined {
  return opposedWording(claim, candidates, { read: amountsIn, opposite: amount => OPPOSED[amount as Amount], sameThing: (x, y) => x.thing === y.thing });
}
