import { Token } from '../types';
import { isNegator } from './negation-phrases';

// A plan's act denied by what the sentence then says of the plan: "a plan, first reported last month, to move its
// Dunmere route to Porthaven would not go ahead", "rencana untuk memindahkan ibu kota dibatalkan". The act ("move",
// "memindahkan") has no negation before it, yet the sentence says it will not happen: "Fenlight will not move its
// route" was a contradiction error against that sentence, and "Fenlight announced that it would move its route"
// passed on it. Read by negation.ts's isNegated.

/** Nouns of an intended act, which "to" / "untuk" then names. */
const PLANS = new Set(['plan', 'plans', 'proposal', 'proposals', 'idea', 'scheme', 'bid', 'rencana', 'usulan', 'usul', 'wacana',
  'gagasan', 'niat']);
/** Words that open the intended act after the plan's noun. */
const TO = new Set(['to', 'untuk']);
/** Tokens between the plan's noun and "to": "a plan, first reported last month, to move". */
const PLAN_REACH = 8;
/** Tokens from the act to what the sentence says of the plan: "to move its Dunmere route to Porthaven would not go ahead". */
const FATE_REACH = 12;

/** Verbs that, denied, say the plan will not happen: "would not go ahead", "tidak jadi", "tidak dilanjutkan". */
const HAPPEN = new Set(['ahead', 'proceed', 'proceeds', 'proceeded', 'happen', 'happens', 'happened', 'materialise', 'materialize',
  'materialised', 'materialized', 'jadi', 'dilanjutkan', 'berlanjut', 'terlaksana', 'dilaksanakan', 'dijalankan']);
/** Verbs that say so themselves: "was scrapped", "dibatalkan". */
const CANCELLED = new Set(['cancelled', 'canceled', 'scrapped', 'abandoned', 'shelved', 'dropped', 'withdrawn', 'batal', 'dibatalkan',
  'urung', 'diurungkan']);
/** Words that end the plan's phrase going forward: what follows belongs to another clause. */
const CLAUSE_BREAK = new Set(['but', 'and', 'while', 'although', 'tetapi', 'tapi', 'namun', 'sedangkan', 'sementara', 'dan', ';']);

/**
 * Where the sentence calls off the plan whose act is the word at token i ("a plan to move …", "rencana untuk
 * memindahkan …"): the last token of "would not go ahead", "dibatalkan"; else -1.
 */
export function abandonedAt(tokens: readonly Token[], i: number): number {
  // The act: a verb right after the first "to" / "untuk" that follows the plan's noun ("to Porthaven" is where).
  if (!TO.has(tokens[i - 1]?.norm ?? '') || tokens[i].kind !== 'word' || tokens[i].cap) return -1;
  let plan = -1;
  for (let k = i - 2; k >= 0 && k >= i - 2 - PLAN_REACH; k--) {
    if (PLANS.has(tokens[k].norm)) { plan = k; break; }
    if (CLAUSE_BREAK.has(tokens[k].norm) || TO.has(tokens[k].norm)) return -1;
  }
  if (plan < 0) return -1;
  for (let k = i + 1; k < tokens.length && k <= i + FATE_REACH; k++) {
    const w = tokens[k].norm;
    if (CLAUSE_BREAK.has(w)) return -1;
    const deniedBefore = tokens.slice(Math.max(0, k - 3), k).some(t => isNegator(t.norm));
    if (CANCELLED.has(w)) return deniedBefore ? -1 : k;
    // "go ahead" with its negation: "would not go ahead", "never went ahead"; "tidak jadi".
    if (HAPPEN.has(w) && deniedBefore) return w !== 'ahead' || /^(?:go|goes|went|gone|going)$/.test(tokens[k - 1]?.norm ?? '') ? k : -1;
  }
  return -1;
}
