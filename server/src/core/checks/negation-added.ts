import { Claim } from './types';
import { Alignment } from '../index/support';
import { SentenceFacts } from '../facts/analyze';
import { countNegations, isNegated, isNegator, negationAt } from '../facts/negation';

// A sentence that denies what its closest passage states: every word the sentence says is in the passage, the
// words it negates among them, and the sentence alone carries a negation ("Wamena bukan ibu kota Kabupaten
// Jayawijaya" against "… Wamena, ibu kota Kabupaten Jayawijaya"). A negation of the passage's own counts only
// where it may deny the claim's words, a few words before one of them: "… batuk yang tak kunjung sembuh" after
// "Warga setempat memperhatikan sang ibu" leaves "Tidak ada warga setempat yang memperhatikan ibu tersebut" a
// denial of what the passage states. The passage is close because it says the
// opposite, so its closeness makes no weak finding. The negated words must stand in the passage themselves: "not
// allowed" against "prohibition of alcohol" is the passage's own denial in other words.

/** Whether the sentence negates words that the passage, which holds every one of its words, states plainly. */
export function negationAdded(claim: Pick<Claim, 'sentence' | 'terms' | 'corpus'>, a: Alignment): boolean {
  if (!claim.terms.length || claim.terms.some((_, i) => !(a.credit[i] > 0))) return false;
  const passage = claim.corpus.sentence(a.ref), s = claim.sentence;
  if (countNegations(s.tokens) === 0 || deniesNearClaim(passage, claim.terms.map(t => t.stem))) return false;
  // "belum dirilis" (not yet released) against "akan merilis" (will release) says the same.
  if (s.tokens.some(t => NOT_YET.has(t.norm)) && passage.tokens.some(t => FUTURE.has(t.norm))) return false;
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

/** Negations that say "not yet", and the words of a passage that say something is still to come. */
const NOT_YET = new Set(['belum', 'yet']);
const FUTURE = new Set(['akan', 'bakal', 'will', 'upcoming']);

/** Tokens before a word within which a negation of the passage may deny it. */
const DENIAL_REACH = 5;

/**
 * Whether the passage has a negation within reach before any of its words that state the claim's: one elsewhere
 * ("… tidak langsung memberikan efek" after "Dilansir dari Business Insider, menurut observasi …") denies none of them.
 */
function deniesNearClaim(passage: SentenceFacts, stems: readonly string[]): boolean {
  const claimed = new Set(stems);
  const denies = (i: number) => negationAt(passage.tokens, i) || DENYING.has(passage.tokens[i].norm) || isNegator(passage.tokens[i].norm.replace(/lah$/, ''));
  return passage.words.some(w => {
    if (!claimed.has(w.stem)) return false;
    for (let i = Math.max(0, w.token - DENIAL_REACH); i <= w.token; i++) if (denies(i)) return true;
    return false;
  });
}

/**
 * Words by which a passage denies what follows, besides its negations: "membantah anggapan … bahwa …", and the
 * emphatic "bukanlah". Only to keep this check off such a passage: the verifier's negation features do not read them.
 */
const DENYING = new Set(['membantah', 'menyangkal', 'dibantah', 'disangkal', 'deny', 'denies', 'denied', 'denying']);
