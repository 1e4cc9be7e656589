import { Quantity, Span } from '../types';
import { SentenceFacts } from './analyze';
import { tokenAt } from './description-words';
import { Hedge } from './hedges';
import { isFraction } from './numbers';

// A figure a passage gives as a part of another: "a third of the 140 posts", "four of the five charges", "41 of
// the 63 businesses". The number check reads the part to catch a claim that turns it into the whole ("all 140
// posts"), and both the number check and the support verifier read the share two counts make, which a claim may
// give as a fraction or a percentage instead ("two-thirds of the businesses").

/** Words that take a part of a figure after "of" / "dari": "a third of the 140", "sebagian dari 300". */
const PART = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'tenth', 'some', 'most', 'many', 'few',
  'part', 'portion', 'fraction', 'share', 'majority', 'minority', 'sebagian', 'separuh', 'setengah', 'sepertiga', 'seperempat',
  'seperlima', 'beberapa', 'banyak', 'mayoritas', 'minoritas']);
/** Words that may open the part: "about a third", "two thirds", "sekitar sepertiga". */
const PART_OPENERS = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'only', 'just', 'a', 'one', 'two', 'three', 'sekitar',
  'hampir', 'kira-kira', 'hanya', 'sebagian']);

/**
 * The part a passage's figure is counted in, as written from its opening words to the figure ("about a third of the
 * 140", "four of the five"), when "of"/"dari" and a word of parts or a smaller count stand right before it; undefined
 * for a figure given whole.
 */
export function partOf(s: SentenceFacts, n: Quantity): (Span & { text: string }) | undefined {
  let i = tokenAt(s.tokens, n.start) - 1;
  // "four of the port's six berths": the whole's owner stands between.
  if (s.tokens[i]?.norm === "'s" && s.tokens[i - 1]?.kind === 'word') i -= 2;
  if (s.tokens[i]?.norm === 'the') i--;
  if (s.tokens[i]?.norm !== 'of' && s.tokens[i]?.norm !== 'dari') return undefined;
  i--;
  // "sebagian besar dari": the part may take a word of size after it.
  if ((s.tokens[i]?.norm === 'besar' || s.tokens[i]?.norm === 'kecil') && s.tokens[i - 1]?.norm === 'sebagian') i--;
  if (!PART.has(s.tokens[i]?.norm ?? '')) {
    // A smaller count of the same kind: "four of the five charges".
    const fewer = s.quantities.find(m => m.kind === n.kind && m.value < n.value && m.end === s.tokens[i]?.end);
    return fewer && { start: fewer.start, end: n.end, text: s.text.slice(fewer.start - s.start, n.end - s.start) };
  }
  while (i > 0 && PART_OPENERS.has(s.tokens[i - 1].norm)) i--;
  const start = s.tokens[i].start;
  return { start, end: n.end, text: s.text.slice(start - s.start, n.end - s.start) };
}

/**
 * The counts as written and the share they make when a passage's figure is the whole of a smaller count before it
 * ("41 of the 63 businesses": 41/63), or undefined. A claim may put that share as a fraction or a percentage
 * ("two-thirds of the businesses").
 */
export function partShare(s: SentenceFacts, n: Quantity): (Span & { text: string; share: number }) | undefined {
  const part = partOf(s, n);
  const count = part && s.quantities.find(m => m !== n && m.start === part.start && m.kind === n.kind);
  return count && n.value > 0 ? { ...part, share: count.value / n.value } : undefined;
}

/** A figure that may give a share: a percentage, or a fraction written as a word ("two-thirds", "a quarter"). */
const isShare = (q: Quantity) => q.kind === 'percent' || isFraction(q);
export { isFraction };

/** How far a share written as a fraction ("two-thirds") or a percentage may be from the counts it sums up. */
const FRACTION_SLACK = 0.05, PERCENT_SLACK = 1;

/**
 * Whether a figure nearby is the whole of a smaller count ("41 of the 63") whose share the claim's fraction or
 * percentage gives: within the rounding a writer does, or within the claim's own hedge ("nearly 70 percent").
 */
export function shareStated(q: Quantity, hedge: Hedge | undefined, nearby: ReadonlyArray<{ n: Quantity; s: SentenceFacts }>): boolean {
  if (!isShare(q)) return false;
  const fraction = isFraction(q);
  return nearby.some(({ n, s }) => {
    const counts = partShare(s, n);
    if (!counts) return false;
    const v = fraction ? counts.share : counts.share * 100;
    return hedge ? hedge(v, q.value) : Math.abs(v - q.value) <= (fraction ? FRACTION_SLACK : PERCENT_SLACK);
  });
}

/**
 * Whether a figure nearby gives the claim's share the other way: a percentage for a fraction ("40 percent" for
 * "two-fifths"), a fraction for a percentage ("a quarter" for "25 persen"), within a point or the claim's hedge.
 */
export function shareOtherwiseWritten(q: Quantity, hedge: Hedge | undefined, nearby: ReadonlyArray<{ n: Quantity }>): boolean {
  const fraction = isFraction(q);
  if (!fraction && q.kind !== 'percent') return false;
  return nearby.some(({ n }) => {
    if (fraction ? n.kind !== 'percent' : !isFraction(n)) return false;
    const v = fraction ? n.value / 100 : n.value * 100;
    return hedge ? hedge(v, q.value) : Math.abs(fraction ? n.value - q.value * 100 : v - q.value) <= PERCENT_SLACK;
  });
}

/** Words between a share and what it is a share of: "two-thirds of the businesses", "65 persen dari para pedagang". */
const SHARE_LINKS = new Set(['of', 'the', 'dari', 'para']);

/** The stem of the first word after a token index, past the words that link a share to its thing. */
function thingFrom(s: SentenceFacts, i: number): string | undefined {
  while (s.tokens[i] && SHARE_LINKS.has(s.tokens[i].norm)) i++;
  const t = s.tokens[i];
  return t?.kind === 'word' ? s.words.find(w => w.start === t.start)?.stem : undefined;
}

/**
 * The counts of a passage that a claim's share ("two-thirds of the businesses", "90 percent of the businesses")
 * sums up: a whole with a smaller count before it, of the thing the share is of ("41 of the 63 businesses"), as
 * written, with the share they make. Undefined for a figure that is no share or a passage without such counts.
 */
export function countsForShare(claim: SentenceFacts, q: Quantity, source: SentenceFacts): (Span & { text: string; share: number }) | undefined {
  if (!isShare(q)) return undefined;
  const thing = thingFrom(claim, tokenAt(claim.tokens, q.end));
  if (!thing) return undefined;
  for (const n of source.quantities) {
    const counts = partShare(source, n);
    if (counts && thingFrom(source, tokenAt(source.tokens, n.end)) === thing) return counts;
  }
  return undefined;
}
