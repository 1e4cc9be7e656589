import { Token } from '../types';
import { NEGATION_WORDS_EN, NEGATION_WORDS_ID, isEnglishStopword } from '../text/stopwords';

// Negations that are phrases rather than a word before the word they deny: "lacks a water supply", "were left out
// of the count", "ruled out any failure", "ruling nothing out". Read by negation.ts's isNegated, which the
// verifier's features and the contradiction check share.

const NEGATORS = new Set([...NEGATION_WORDS_ID, ...NEGATION_WORDS_EN]);

export function isNegator(norm: string): boolean {
  return NEGATORS.has(norm) || norm.endsWith("n't");
}

/** How many words before a noun the English determiner "no" may stand and still govern it ("no confirmed cases of illness"). */
export const NOUN_PHRASE_REACH = 4;
/** Words that end a noun phrase going back from its noun: a verb of being or having, a clause's opening, a joining word. */
export const PHRASE_BREAK = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'that', 'which',
  'who', 'whom', 'and', 'or', 'but', 'said', 'says']);

/** English auxiliaries: they carry a negation ("did not mean") and make a pronoun a clause's subject ("nothing was found"). */
export const AUXILIARIES = new Set(['do', 'does', 'did', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would',
  'can', 'could', 'should', 'must', 'may', 'might']);

/** "lacks a water supply" says "has no water supply": every word of the phrase after it, as after "no". */
const LACK = new Set(['lack', 'lacks', 'lacked', 'lacking']);
/** Words that open the phrase after "lacks": "lacks a water supply", "lacked the money". */
const ARTICLES = new Set(['a', 'an', 'the', 'any']);

/** Verbs that with "out of" leave the thing after them out: "were left out of the original count" (not counted). */
const LEAVE = new Set(['leave', 'leaves', 'left', 'leaving', 'kept']);
/** Participles that with "from" keep the thing after them out: "excluded from the count", "omitted from the list". */
const EXCLUDED = new Set(['excluded', 'omitted', 'barred']);

/** Where the phrase before the words opens that leaves them out ("left out of", "excluded from"), ending at token k, else -1. */
function leftOutAt(tokens: Token[], k: number): number {
  if (tokens[k].norm === 'of' && tokens[k - 1]?.norm === 'out' && LEAVE.has(tokens[k - 2]?.norm ?? '')) return k - 2;
  return tokens[k].norm === 'from' && EXCLUDED.has(tokens[k - 1]?.norm ?? '') ? k - 1 : -1;
}

/**
 * The token of "lack(s)", or of "left out of" / "excluded from", when the word at token i stands in the phrase after
 * it (over its words only), else -1: "lacks a water supply" and "were left out of the count" deny the supply, the count.
 */
export function lackedAt(tokens: Token[], i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - 1 - NOUN_PHRASE_REACH; k--) {
    const t = tokens[k];
    if (LACK.has(t.norm)) return k;
    const left = leftOutAt(tokens, k);
    if (left >= 0) return left;
    if (t.kind !== 'word' || t.cap || PHRASE_BREAK.has(t.norm) || (!ARTICLES.has(t.norm) && t.norm !== 'of' && isEnglishStopword(t.norm))) return -1;
  }
  return -1;
}

/** Indonesian words by which a period ends: "habis masa berlakunya" (its validity has run out) is "tidak berlaku lagi". */
const ENDED = new Set(['habis', 'berakhir', 'lewat']);

/**
 * The token that ends the period of the word at token i ("habis" of "habis masa berlakunya", "masa jabatannya
 * berakhir"), else -1: the word's state no longer holds, as if denied.
 */
export function endedAt(tokens: Token[], i: number): number {
  if (tokens[i - 1]?.norm !== 'masa') return -1;
  if (ENDED.has(tokens[i - 2]?.norm ?? '')) return i - 2;
  const after = tokens[i + 1]?.norm === 'sudah' || tokens[i + 1]?.norm === 'telah' ? i + 2 : i + 1;
  return ENDED.has(tokens[after]?.norm ?? '') ? after : -1;
}

/** Forms of "rule" that with "out" deny the thing after them: "ruled out any failure of the light". */
const RULE = new Set(['rule', 'rules', 'ruled', 'ruling']);
/** Words of the noun phrase between "ruled out" and its noun: "ruled out any failure", "ruled out a second strike". */
const RULED_OUT_REACH = 3;

/** Verbs that deny the thing after them as "ruled out" does: "investigators excluded pilot error". */
const EXCLUDING = new Set(['exclude', 'excludes', 'excluded', 'excluding']);
/** Prepositions that end the phrase "ruled out" denies: "ruled out pilot error and weather as factors". */
const AFTER_PHRASE = new Set(['as', 'for', 'by', 'in', 'at', 'on', 'with', 'from']);
/** Words that join the things "ruled out" denies: "ruled out sabotage and arson", "excluded both the weather and …". */
const JOINED = new Set(['and', 'or', 'both', 'either', 'nor']);

/**
 * The token of "ruled" (or "excluded") when the word at token i is a noun "ruled out" denies, the head of the phrase
 * after it or of one joined to it ("It ruled out any failure of the light": no failure; "ruled out sabotage and
 * arson"), else -1. Over the words of its noun phrases only, and not where "ruled out" is itself denied ("has not
 * ruled out a second strike" leaves the strike possible).
 */
export function ruledOutAt(tokens: Token[], i: number): number {
  // The phrase's head only ("ruled out extra government funding" denies the funding, not "extra").
  const next = tokens[i + 1];
  if (next && next.kind === 'word' && !next.cap && !isEnglishStopword(next.norm)) return -1;
  for (let k = i - 1, reach = RULED_OUT_REACH; k >= 1 && k >= i - 1 - reach; k--) {
    const t = tokens[k];
    const ruled = rulingAt(tokens, k);
    if (ruled >= 0) return ruledOut(tokens, ruled) ? ruled : -1;
    if (JOINED.has(t.norm)) { reach += RULED_OUT_REACH; continue; }
    if (t.kind !== 'word' || t.cap || PHRASE_BREAK.has(t.norm) || AFTER_PHRASE.has(t.norm)) return -1;
  }
  return -1;
}

/** Where "ruled out" (its "ruled") or "excluded" stands when token k ends it, else -1. */
function rulingAt(tokens: Token[], k: number): number {
  const t = tokens[k];
  return t.norm === 'out' && k > 0 && RULE.has(tokens[k - 1].norm) ? k - 1 : EXCLUDING.has(t.norm) && tokens[k + 1]?.norm !== 'from' ? k : -1;
}

/** Whether "ruled out" at token `ruled` rules out, not itself denied ("has not ruled out a second strike"). */
function ruledOut(tokens: Token[], ruled: number): boolean {
  return !tokens.slice(Math.max(0, ruled - 3), ruled).some(x => isNegator(x.norm));
}

/** Whether token k ends a "ruled out" or "excluded" that rules the phrase after it out. */
export function rulesOutAt(tokens: Token[], k: number): boolean {
  const ruled = rulingAt(tokens, k);
  return ruled >= 0 && ruledOut(tokens, ruled);
}

/** English pronouns of none that deny the verb they are the object of: "ruling nothing out", "said nothing". */
const NONE_OBJECTS = new Set(['nothing', 'nobody', 'none']);

/** Verbs in the past or the third person whose form says nothing of it: "nobody knew", "nothing came of it". */
const IRREGULAR_VERBS = new Set(['knew', 'came', 'went', 'saw', 'said', 'told', 'thought', 'got', 'made', 'took', 'found',
  'heard', 'paid', 'left', 'lost', 'kept', 'felt', 'spoke', 'won', 'gave', 'broke', 'ran', 'did']);

/** Whether a word after "nobody" or "nothing" is the verb of a clause they are the subject of. */
function verbOfClause(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const w = t.norm;
  return AUXILIARIES.has(w) || IRREGULAR_VERBS.has(w) || (w.length >= 5 && w.endsWith('ed')) || (w.length >= 4 && w.endsWith('s') && !w.endsWith('ss'));
}

/**
 * Whether the word at token i is a verb whose object is "nothing" (or "nobody", "none"): "the inquiry was ruling
 * nothing out" says what "was not ruling anything out" says. Not where a verb after the pronoun makes it the subject
 * of a clause of its own: "said nothing was found", "said nobody consulted the union", "told reporters nobody
 * knew", which deny the clause's verb, not the saying.
 */
export function nothingAfter(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || !NONE_OBJECTS.has(next.norm) || tokens[i].cap) return false;
  return !verbOfClause(tokens[i + 2]);
}

/** Negations that with "ada" (there is) or "satu pun" (a single one) say there is none: "tidak ada", "tak satu pun". */
const NONE_THERE = new Set(['tidak', 'tak', 'belum']);
/** "Any one" written in one word, which a negation before turns into "none": "tidak satupun negara yang …". */
const ANY_ONE = new Set(['satupun', 'seorangpun']);
/** "Satu" and "seorang" before "pun", written apart: "tak seorang pun yang …". */
const ONE = new Set(['satu', 'seorang']);
/** Words a relative clause's predicate may follow: "yang telah diputus", "yang sempat dirawat". */
const RELATIVE_AUXILIARIES = new Set(['telah', 'sudah', 'akan', 'pernah', 'sempat', 'bisa', 'dapat', 'harus', 'masih', 'ikut', 'turut']);
/** Words of the noun phrase between "tidak ada" and "yang": "tidak ada pekerja pabrik itu yang …". */
const NONE_WHO_REACH = 4;

/**
 * The token of the negation when the word at token i is the predicate of a relative clause that "tidak ada … yang"
 * opens, else -1: "tidak ada pekerja yang diputus hubungan kerjanya" says no worker was laid off, as English "no
 * worker was laid off" does; so do "tidak satupun negara yang …", "tak seorang pun yang …" and "tiada yang tahu".
 * Only the clause's first word after its auxiliaries: the rest of it ("hubungan kerjanya") is what was not done, not
 * denied in itself.
 */
export function noneWhoAt(tokens: Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && RELATIVE_AUXILIARIES.has(tokens[k].norm)) k--;
  if (k < 1 || tokens[k].norm !== 'yang') return -1;
  for (let j = k - 1; j >= 0 && j >= k - 1 - NONE_WHO_REACH; j--) {
    const t = tokens[j];
    if (t.norm === 'tiada') return j;
    // The word that with the negation before it says "none": "ada", "satupun", or "pun" after "satu".
    const from = t.norm === 'ada' || ANY_ONE.has(t.norm) ? j : t.norm === 'pun' && ONE.has(tokens[j - 1]?.norm ?? '') ? j - 1 : -1;
    if (from >= 0) return NONE_THERE.has(tokens[from - 1]?.norm ?? '') ? from - 1 : -1;
    if (t.kind !== 'word' || t.norm === 'yang') return -1;
  }
  return -1;
}

/** Words that give a reason: "not … because we want to", "bukan … karena". */
const BECAUSE = new Set(['because', 'karena', 'sebab', 'lantaran']);
/** Words that set the true reason against the denied one: "…, but because we have to", "melainkan karena". */
const RATHER = new Set(['but', 'tetapi', 'tapi', 'melainkan', 'namun']);
/** How far the denied reason may stand after the negation, and the true one after the denied one. */
const REASON_REACH = 8;

/**
 * Whether the negation at token i denies a reason, not the act: "We are not leaving because we want to, but because
 * we have to" says they are leaving; "bukan karena ingin, melainkan karena harus" likewise. A reason, then a second
 * one set against it, must follow within the clause's reach.
 */
export function deniesReasonOnly(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + REASON_REACH; j++) {
    if (!BECAUSE.has(tokens[j].norm)) continue;
    for (let k = j + 1; k < tokens.length && k <= j + REASON_REACH; k++) {
      if (!RATHER.has(tokens[k].norm)) continue;
      // "but rather because", "but only because", "melainkan justru karena".
      for (let m = k + 1; m < tokens.length && m <= k + 2; m++) if (BECAUSE.has(tokens[m].norm)) return true;
    }
    return false;
  }
  return false;
}
