import { SentenceFacts, Word } from '../facts/analyze';
import { directionOf, orderOf } from '../lexicon/antonyms';

// Two ways a passage says the opposite of a claim with the same words, which the verifier cannot see: the order of
// two events turned round ("sebelum" against "setelah") and a figure's direction ("fell 8 percent" against "up 8
// percent"). Read by the contradiction check (contradiction-check.ts) for its best passages.

/**
 * An order word of the claim ("sebelum") where the passage has only the other order ("setelah"): the same two
 * events, turned round. Outside the claim's quotes, like the other words compared.
 */
export function reversedOrder(claim: SentenceFacts, source: SentenceFacts): { claim: Word; source: Word } | undefined {
  const sides = (s: SentenceFacts) => new Set(s.words.map(w => orderOf(w.norm)).filter(o => o !== undefined));
  const own = sides(source);
  if (own.size !== 1) return undefined;
  const c = claim.words.find(w => { const o = orderOf(w.norm); return o !== undefined && !own.has(o); });
  const s = c && source.words.find(w => orderOf(w.norm) !== undefined);
  if (!c || !s || sides(claim).size !== 1) return undefined;
  // The same event must follow the word on both sides: "Sebelum bertemu Putin, Xi baru pulang …" against "…
  // terjadi segera setelah presiden China kembali …" says the same order with the clauses the other way round. What
  // follows the claim's word must be nearer what follows the passage's than the rest of the passage.
  const claimed = clauseAfter(claim, c).slice(0, SAME_EVENT_REACH);
  const theirs = new Set(clauseAfter(source, s)), rest = new Set(source.words.filter(v => !v.stop && !theirs.has(v.stem)).map(v => v.stem));
  const same = claimed.filter(st => theirs.has(st)).length, other = claimed.filter(st => rest.has(st)).length;
  return same > 0 && same > other ? { claim: c, source: s } : undefined;
}

/** Tokens before a figure that may hold the word giving its direction ("up 8 percent", "fell by 8 percent"). */
const DIRECTION_REACH = 3;

/** The word giving the direction of each figure of a sentence, by the figure's value. */
function directions(s: SentenceFacts): Map<number, Word> {
  const out = new Map<number, Word>();
  for (const q of s.quantities) {
    // The last direction word before the figure, with at most DIRECTION_REACH tokens between them.
    const at = s.tokens.findIndex(t => t.start >= q.start);
    for (let k = s.words.length - 1; k >= 0; k--) {
      const v = s.words[k];
      if (v.end > q.start || directionOf(v.norm) === undefined) continue;
      if (at - v.token - 1 <= DIRECTION_REACH) out.set(q.value, v);
      break;
    }
  }
  return out;
}

/**
 * A figure the claim says rose where the passage says the same figure fell, or the other way round: "fell 8
 * percent" against "up 8 percent from the year before".
 */
export function reversedDirection(claim: SentenceFacts, source: SentenceFacts): { claim: Word; source: Word } | undefined {
  if (!claim.quantities.length || !source.quantities.length) return undefined;
  const theirs = directions(source);
  for (const [value, c] of directions(claim)) {
    const s = theirs.get(value);
    if (s && directionOf(s.norm) !== directionOf(c.norm)) return { claim: c, source: s };
  }
  return undefined;
}

/** The content stems of the clause an order word opens: up to a comma or semicolon. */
function clauseAfter(x: SentenceFacts, w: Word): string[] {
  const stop = x.tokens.find(t => t.start > w.start && (t.text === ',' || t.text === ';'))?.start ?? x.end;
  return x.words.filter(v => v.start > w.start && v.start < stop && !v.stop).map(v => v.stem);
}

/** How many content words of the clause the claim's order word opens name its event. */
const SAME_EVENT_REACH = 5;
