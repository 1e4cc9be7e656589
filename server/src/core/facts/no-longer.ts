import { Token } from '../types';
import { Word } from './analyze';
import { negatorOf } from './negation';

// A denial that says an act has stopped ("sudah tidak memiliki masalah", "tak lagi beroperasi", "no longer runs")
// grants that it went on before: a statement of the act marked as past ("pernah memiliki masalah", "terakhir kali
// beroperasi pada 2013", "once ran") is no opposite of it. The contradiction check reads both
// (facts/negation-opposition.ts); the act stated without a mark of the past ("memiliki masalah") still opposes.

/** Words before an act that place it in the past: it happened, and may be over. */
const PAST = new Set(['pernah', 'sempat', 'dulu', 'dahulu', 'dulunya', 'sebelumnya', 'terakhir', 'once', 'formerly', 'previously', 'used', 'last']);
/** How far before the act such a word may stand ("pernah memiliki", "terakhir kali beroperasi", "used to run"). */
const PAST_REACH = 3;

/** Whether the act is marked as past by a word a few words before it. */
export function pastMarked(tokens: readonly Token[], w: Word): boolean {
  for (let i = w.token - 1; i >= 0 && i >= w.token - PAST_REACH; i--) {
    if (PAST.has(tokens[i].norm)) return true;
    if (tokens[i].kind !== 'word') return false;
  }
  return false;
}

/** Whether the word's denial says the act stopped: "sudah tidak", "tidak … lagi", "tak lagi", "no longer", "not … anymore". */
export function deniedNoLonger(tokens: Token[], w: Word): boolean {
  const i = negatorOf(tokens, w.token);
  if (i < 0) return false;
  const before = tokens[i - 1]?.norm, after = tokens[w.token + 1]?.norm;
  if (before === 'sudah' || before === 'telah' || tokens[i + 1]?.norm === 'longer') return true;
  if (tokens.slice(i + 1, w.token).some(t => t.norm === 'lagi')) return true;
  return after === 'lagi' || after === 'anymore' || (after === 'any' && tokens[w.token + 2]?.norm === 'more');
}
