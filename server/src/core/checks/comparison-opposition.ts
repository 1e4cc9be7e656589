import { Claim } from './types';
import { Alignment } from '../index/support';
import { SentenceFacts } from '../facts/analyze';
import { areSynonyms } from '../lexicon/synonyms';
import { OpposedWording, Worded, opposedWording, phrasesIn } from './opposed-wording';

// A thing said to be outdone where the passage says it was not reached, or the other way round: "jumlah kendaraan
// melebihi perkiraan awal" where the passage says "… lebih sedikit dari perkiraan awal"; "sales exceeded forecasts"
// where it says "fell short of forecasts". The words of comparison are function words or common verbs the support
// check weighs little, so the rest reads the same. Only against a thing named by a word: a comparison with a figure
// ("lebih dari 30 orang") is the number check's.

type Side = 'more' | 'less';

/** Phrases of comparison, as token norms, longest first where one begins another. */
const PHRASES: ReadonlyArray<[string[], Side]> = [
  [['lebih', 'banyak'], 'more'], [['lebih', 'besar'], 'more'], [['lebih', 'tinggi'], 'more'], [['melebihi'], 'more'],
  [['melampaui'], 'more'], [['more', 'than'], 'more'], [['higher', 'than'], 'more'], [['exceeded'], 'more'], [['exceeds'], 'more'],
  [['surpassed'], 'more'], [['outstripped'], 'more'],
  [['lebih', 'sedikit'], 'less'], [['lebih', 'kecil'], 'less'], [['lebih', 'rendah'], 'less'], [['kurang', 'dari'], 'less'],
  [['less', 'than'], 'less'], [['fewer', 'than'], 'less'], [['lower', 'than'], 'less'], [['short', 'of'], 'less'],
];
const OPPOSED: Readonly<Record<Side, Side>> = { more: 'less', less: 'more' };
/**
 * Words between the comparison and its thing: "lebih sedikit dari perkiraan", "lebih sedikit dibandingkan laporan
 * awal", "more than the forecast".
 */
const LINKS = new Set(['dari', 'daripada', 'dibandingkan', 'dibanding', 'ketimbang', 'than', 'the', 'a', 'an', 'its', 'their']);

/** Each comparison a sentence makes with a thing named by a word, with the thing's stem. */
const comparisonsIn = (s: SentenceFacts): Worded[] =>
  phrasesIn(s, PHRASES, LINKS, j => (s.tokens[j]?.kind === 'word' ? s.words.find(w => w.token === j && !w.stop)?.stem : undefined));

/**
 * The first comparison with a thing the claim makes whose opposite a candidate passage makes with the same thing,
 * where no passage aligned as well makes the claim's own.
 */
export function comparisonOpposition(claim: Claim, candidates: readonly Alignment[]): OpposedWording | undefined {
  return opposedWording(claim, candidates, { read: comparisonsIn, opposite: side => OPPOSED[side as Side], sameThing: (x, y) => areSynonyms(x.thing, y.thing) });
}
