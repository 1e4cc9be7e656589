import { Token } from '../types';
import { Word } from '../facts/analyze';
import { negatorOf } from '../facts/negation';
import { PHRASE_BREAK, rulesOutAt } from '../facts/negation-phrases';

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
 */
export function inDeniedPhrase(tokens: Token[], w: Word): boolean {
  for (let k = w.token - 1; k >= 0 && k >= w.token - OBJECT_REACH; k--) {
    const t = tokens[k];
    if (t.kind !== 'word' || PHRASE_END.has(t.norm)) return false;
    if (rulesOutAt(tokens, k) || negatorOf(tokens, k) >= 0) return true;
  }
  return false;
}
