import { Claim } from './types';
import { Alignment } from '../index/support';
import { SentenceFacts } from '../facts/analyze';
import { countNegations, isNegated, isNegator, negationAt } from '../facts/negation';
import { denialAt } from './denied-statement';
import { deniedByRelative } from './denied-phrase';
import { conditionOfBan } from '../facts/modality';

// A sentence that denies what its closest passage states: every word the sentence says is in the passage, the
// words it negates among them, and the sentence alone carries a negation ("Wamena bukan ibu kota Kabupaten
// Jayawijaya" against "… Wamena, ibu kota Kabupaten Jayawijaya"). A negation of the passage's own counts only
// where it may deny the claim's words, a few words before one of them: "… batuk yang tak kunjung sembuh" after
// "Warga setempat memperhatikan sang ibu" leaves "Tidak ada warga setempat yang memperhatikan ibu tersebut" a
// denial of what the passage states. The passage is close because it says the
// opposite, so its closeness makes no weak finding. The negated words must stand in the passage themselves: "not
// allowed" against "prohibition of alcohol" is the passage's own denial in other words.

/** Whether the passage holds every word of the sentence: what both checks here ask first. */
export function holdsEveryWord(claim: Pick<Claim, 'terms'>, a: Alignment): boolean {
  return claim.terms.length > 0 && claim.terms.every((_, i) => a.credit[i] > 0);
}

/** Whether the sentence negates words that the passage, which holds every one of its words, states plainly. */
export function negationAdded(claim: Pick<Claim, 'sentence' | 'terms' | 'corpus'>, a: Alignment): boolean {
  if (!holdsEveryWord(claim, a)) return false;
  const passage = claim.corpus.sentence(a.ref), s = claim.sentence;
  if (countNegations(s.tokens) === 0 || deniesNearClaim(passage, claim.terms.map(t => t.stem))) return false;
  // "belum dirilis" (not yet released) against "akan merilis" (will release) says the same.
  if (s.tokens.some(t => NOT_YET.has(t.norm)) && passage.tokens.some(t => FUTURE.has(t.norm))) return false;
  // "tanpa surat … tidak boleh masuk" requires the letter: neither its "tanpa" nor its ban denies what "wajib disertai
  // surat" states (facts/modality.ts conditionOfBan).
  if (s.words.some(w => conditionOfBan(s.tokens, w))) return false;
  // A negation that turns a bound round ("tidak lebih dari $1,7 juta", "no more than") is the figure's hedge.
  // So is one that denies a figure itself ("seperempat kilo, bukan satu kilo"): the number check compares figures.
  const bounding = (w: SentenceFacts['words'][number]) => s.quantities.some(q => (q.start >= w.end && q.start - w.end <= 12) || (w.start >= q.start && w.end <= q.end));
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
 * Besides its negations, a verb that denies a statement ("membantah anggapan … bahwa …", DENYING) and the emphatic
 * "bukanlah" count: only to keep this check off such a passage, as the verifier's negation features do not read them.
 */
function deniesNearClaim(passage: SentenceFacts, stems: readonly string[]): boolean {
  const claimed = new Set(stems);
  const denies = (i: number) => negationAt(passage.tokens, i) || denialAt(passage.tokens, i) || isNegator(passage.tokens[i].norm.replace(/lah$/, ''));
  return passage.words.some(w => {
    if (!claimed.has(w.stem)) return false;
    for (let i = Math.max(0, w.token - DENIAL_REACH); i <= w.token; i++) if (denies(i)) return true;
    // A phrase that denies it ("ruled out raising …", "a plan to move … would not go ahead"), wherever it stands, or a
    // relative clause after it ("a night guard, which the museum has not had").
    return isNegated(passage.tokens, w) || deniedByRelative(passage.tokens, w.token);
  });
}


/** Words after which a negation denies less than the word that follows: "tidak hanya" (not only), a bound ("tidak lebih dari"). */
const NOT_DENIED_AFTER = new Set(['hanya', 'saja', 'cuma', 'lebih', 'kurang', 'sedikit', 'seperti', 'only', 'just', 'merely', 'more', 'less', 'fewer',
  'than', 'like']);
/** Tokens that end a clause: a negation in one says nothing of the words of the next. */
const CLAUSE_ENDS = new Set([',', ';', ':', '(', ')', 'dan', 'tetapi', 'tapi', 'namun', 'karena', 'sedangkan', 'melainkan', 'and', 'but', 'because', 'while']);

/**
 * Whether the passage, which holds every word of the sentence, denies one of them outright while the sentence
 * carries no negation: "Akan ada kenaikan dalam VAT untuk 2017" against "… bahwa tidak akan ada kenaikan dalam VAT,
 * setidaknya untuk 2017". The negation stands right before the word, only function words between ("tidak akan
 * ada"), which the verb-bound negation of the contradiction check does not reach.
 */
export function negationDropped(claim: Pick<Claim, 'sentence' | 'terms' | 'corpus'>, a: Alignment): boolean {
  if (!holdsEveryWord(claim, a) || countNegations(claim.sentence.tokens) > 0) return false;
  const passage = claim.corpus.sentence(a.ref), stems = new Set(claim.terms.map(t => t.stem));
  return passage.words.some(w => {
    if (w.stop || !stems.has(w.stem) || !deniedOutright(passage, w.token)) return false;
    // The passage says it plainly elsewhere ("tidak menggunakan saluran telepon …, tetapi menggunakan kabel").
    if (passage.words.some(x => x !== w && x.stem === w.stem && !deniedOutright(passage, x.token))) return false;
    // The negation's clause holds what the sentence says (one in a clause of its own denies something else), and
    // no share of a group: "sebagian besar orang Kristen tidak memiliki akses" denies it of most, not of all.
    const clause = clauseOf(passage, w.token);
    return [...stems].every(stem => clause.some(x => x.stem === stem)) && !clause.some(x => PARTITIVES.has(x.norm));
  });
}

/**
 * Whether one clause of the passage holds every word of the sentence: a passage that denies the sentence so is one
 * statement of the opposite. A page that lost its punctuation ("… allow travel by airplane, unlike … tobacco …")
 * holds every word in one long sentence without saying anything of them together.
 */
export function holdsInOneClause(claim: Pick<Claim, 'terms' | 'corpus'>, a: Alignment): boolean {
  const passage = claim.corpus.sentence(a.ref), stems = new Set(claim.terms.map(t => t.stem));
  return passage.words.some(w => stems.has(w.stem) && [...stems].every(stem => clauseOf(passage, w.token, STATEMENT_ENDS).some(x => x.stem === stem)));
}

/**
 * What ends a statement for that test: a clause's ends but "dan"/"and", which join what one statement says ("… yang
 * sangat sempit dan kecil sehingga para penyelam harus berusaha keras melewatinya").
 */
const STATEMENT_ENDS = new Set([...CLAUSE_ENDS].filter(t => t !== 'dan' && t !== 'and'));

/** Words that give a share of a group: a negation of that share says nothing of the rest. */
const PARTITIVES = new Set(['sebagian', 'kebanyakan', 'beberapa', 'banyak', 'mayoritas', 'most', 'many', 'some', 'several', 'majority']);

/** The words of the clause the token stands in. */
function clauseOf(s: SentenceFacts, at: number, ends: ReadonlySet<string> = CLAUSE_ENDS): SentenceFacts['words'] {
  let from = at, to = at;
  while (from > 0 && !ends.has(s.tokens[from - 1].norm)) from--;
  while (to + 1 < s.tokens.length && !ends.has(s.tokens[to + 1].norm)) to++;
  return s.words.filter(w => w.token >= from && w.token <= to);
}

/** Function words a negation may stand behind and still deny the word after them. */
const OUTRIGHT_REACH = 3;

function deniedOutright(s: SentenceFacts, at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 1 - OUTRIGHT_REACH; i--) {
    if (negationAt(s.tokens, i)) return true;
    const w = s.words.find(x => x.token === i);
    if (!w || !w.stop || NOT_DENIED_AFTER.has(w.norm)) return false;
  }
  return false;
}
