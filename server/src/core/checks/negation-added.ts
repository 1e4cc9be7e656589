import { Claim } from './types';
import { Alignment } from '../index/support';
import { SentenceFacts } from '../facts/analyze';
import { countNegations, isNegated } from '../facts/negation';

// A sentence that denies what its closest passage states: every word the sentence says is in the passage, the
// words it negates among them, and the sentence alone carries a negation ("Wamena bukan ibu kota Kabupaten
// Jayawijaya" against "… Wamena, ibu kota Kabupaten Jayawijaya"). The passage is close because it says the
// opposite, so its closeness makes no weak finding. The negated words must stand in the passage themselves: "not
// allowed" against "prohibition of alcohol" is the passage's own denial in other words.

/** Whether the sentence negates words that the passage, which holds every one of its words, states plainly. */
export function negationAdded(claim: Pick<Claim, 'sentence' | 'terms' | 'corpus'>, a: Alignment): boolean {
  if (!claim.terms.length || claim.terms.some((_, i) => !(a.credit[i] > 0))) return false;
  const passage = claim.corpus.sentence(a.ref), s = claim.sentence;
  if (countNegations(s.tokens) === 0 || countNegations(passage.tokens) > 0) return false;
  // A negation that turns a bound round ("tidak lebih dari $1,7 juta", "no more than") is the figure's hedge.
  const bounding = (w: SentenceFacts['words'][number]) => s.quantities.some(q => q.start >= w.end && q.start - w.end <= 12);
  const denied = s.words.flatMap((w, i) => (isNegated(s.tokens, w) && !bounding(w) ? [deniedWord(s.words, i)] : []));
  return denied.length > 0 && denied.every(w => w !== undefined && passage.words.some(x => x.stem === w.stem));
}

/**
 * The word a negation denies: the negated word itself, or when that is a function word ("bukan sebuah film",
 * "tidak ada setoran"), the first word after it that says something, within three words.
 */
function deniedWord(words: SentenceFacts['words'], i: number): SentenceFacts['words'][number] | undefined {
  for (let k = i; k < words.length && k <= i + 3; k++) if (!words[k].stop) return words[k];
  return undefined;
}
