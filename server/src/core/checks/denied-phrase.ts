import { Token } from '../types';
import { Word } from '../facts/analyze';
import { negatorOf } from '../facts/negation';
import { AUXILIARIES, PHRASE_BREAK, isNegator, rulesOutAt } from '../facts/negation-phrases';
import { DENYING } from '../lexicon/verb-classes';

// The phrase a denied verb acts on, for the contradiction check's polarity test alone. "would not give the club any
// public money" denies the money as "ruled out public money" does, though no negation stands before "money"; and
// "ruled out raising council tax" denies the raising as "would not raise council tax" does, though only "tax" is the
// head "ruled out" reaches. (Not read by isNegated, which the verifier's features share: an object counted as
// denied wherever it stands made every passage that names it plainly an opposite, 65 false alarms on the
// Indonesian own sets when tried.)

/** How many words before the word the denied verb may stand: "not give the club any public money". */
const OBJECT_REACH = 5;

/** Words that end the phrase going back from its word: a preposition, a clause's or a reason's opening, a join. */
const PHRASE_END: ReadonlySet<string> = new Set([...PHRASE_BREAK, 'to', 'for', 'because', 'as', 'in', 'at', 'on', 'with', 'by',
  'from', 'than', 'if', 'when', 'while', 'yang', 'untuk', 'kepada', 'bahwa', 'karena', 'di', 'ke', 'dari', 'pada', 'dengan',
  'oleh', 'dan', 'atau', 'tetapi', 'namun', 'sebagai', 'agar', 'supaya', 'jika', 'ketika']);

/**
 * Whether the word stands in the phrase after a denied verb, or after "ruled out" and "excluded" (over the phrase's
 * words only, no punctuation between): "would not give the club any public money", "ruled out raising council tax".
 * Not after a denied verb of denying: "tidak membantah menerima uang", "did not deny receiving the money" admit it.
 */
export function inDeniedPhrase(tokens: Token[], w: Word): boolean {
  for (let k = w.token - 1; k >= 0 && k >= w.token - OBJECT_REACH; k--) {
    const t = tokens[k];
    if (t.kind !== 'word' || PHRASE_END.has(t.norm)) return false;
    if (rulesOutAt(tokens, k)) return true;
    if (negatorOf(tokens, k) >= 0) return !DENYING.has(t.norm);
  }
  return false;
}

/** Words that open a relative clause whose object may be the noun before it. */
const RELATIVES = new Set(['which', 'that']);
/** Words of the noun's own phrase after it ("a night guard"), and of the relative clause before its negation. */
const NOUN_REST = 2, CLAUSE_REACH = 5;

/**
 * Whether a relative clause right after the word's noun phrase denies having or doing it: "a night guard, which the
 * museum has not had since 2018" says there was no guard, as "had no night guard" does. Only where the clause has a
 * subject of its own before the negation, so the noun is its object: "a road that has not been repaired" denies
 * the repair, not the road. English only: an Indonesian "yang" clause is most often the noun's own ("warga yang
 * tidak memilih").
 */
export function deniedByRelative(tokens: Token[], at: number): boolean {
  let k = at + 1;
  while (k < tokens.length && k <= at + NOUN_REST && tokens[k].kind === 'word' && !RELATIVES.has(tokens[k].norm)) k++;
  if (tokens[k]?.norm === ',') k++;
  if (!RELATIVES.has(tokens[k]?.norm ?? '')) return false;
  let subject = false;
  for (let j = k + 1; j < tokens.length && j <= k + CLAUSE_REACH; j++) {
    if (tokens[j].kind !== 'word') return false;
    if (isNegator(tokens[j].norm)) return subject;
    if (!AUXILIARIES.has(tokens[j].norm)) subject = true;
  }
  return false;
}
