import { Claim } from './types';
import { Quantity, Span } from '../types';
import { SentenceFacts } from '../facts/analyze';
import { Alignment, alignmentAt } from '../index/support';
import { Hedge, hedgeOf, hedgedStart, isUpperBound } from '../facts/hedges';
import { partOf } from '../facts/part-share';
import { partAfter, wholeStart } from './part-of-whole';
import { fits, sameKind } from './figure-words';
import { alignmentOf } from './figure-finding';
import { normBefore } from '../facts/description-words';

// A claim's figure read against the sentences around its passage rather than the passage alone: the sentence where
// its other figure stands as written, a bound the sources put on it, a part where the claim has the whole.

/** Figures a claim may have for siblingOf to read: a sentence with more is a table, not two facts side by side. */
const MAX_SIBLINGS = 8;

/**
 * For each figure of the claim, the one figure of a sentence near the passage (not the passage) that gives it as
 * written, when exactly one does; worked out once per claim, as every figure of the claim asks for the others'.
 */
export function heldNearby(claim: Claim, source: SentenceFacts, nearby: ReadonlyArray<{ n: Quantity; s: SentenceFacts }>): Map<Quantity, { n: Quantity; s: SentenceFacts }> {
  const out = new Map<Quantity, { n: Quantity; s: SentenceFacts }>();
  const qs = claim.sentence.quantities;
  if (qs.length < 2 || qs.length > MAX_SIBLINGS) return out;
  for (const q2 of qs) {
    const hedge2 = hedgeOf(claim.sentence, q2);
    // The context may read one sentence twice (around the passage and around another aligned one).
    const held = new Map(nearby.filter(({ n, s }) => s !== source && fits(n, s, q2, claim.sentence, source, hedge2)).map(x => [x.n, x] as const));
    if (held.size === 1) out.set(q2, [...held.values()][0]);
  }
  return out;
}

/**
 * A sentence near the passage, other than the passage, where another figure of the claim stands as written, with
 * one figure of this one's kind besides it: that figure, where this one found none in the claim's words.
 */
export function siblingOf(claim: Claim, q: Quantity, source: SentenceFacts, held: ReadonlyMap<Quantity, { n: Quantity; s: SentenceFacts }>, hedge: Hedge | undefined):
  { a: Alignment; n: Quantity } | undefined {
  for (const [q2, { n: twin, s }] of held) {
    if (q2 === q) continue;
    const rivals = s.quantities.filter(r => r !== twin && sameKind(r, q) && !fits(r, s, q, claim.sentence, source, hedge));
    const a = rivals.length === 1 ? alignmentOf(claim, s) : undefined;
    if (a) return { a, n: rivals[0] };
  }
  return undefined;
}

/** Verbs of reaching before a figure, with which a writer names the top the sources bound it by. */
const REACHING: ReadonlySet<string> = new Set(['mencapai', 'reach', 'reaches', 'reaching']);

/**
 * A plain figure of the claim that the sources give only as an upper bound ("up to 300 gannets"): the bound as
 * written, and where it stands. Not a figure the claim reaches: "ancaman hukumannya mencapai enam tahun" is the
 * story's "ancaman hukuman hingga enam tahun".
 */
export function boundOnly(claim: Claim, q: Quantity, fitting: ReadonlyArray<{ n: Quantity; s: SentenceFacts }>): { a: Alignment; source: Span & { text: string } } | undefined {
  if (!fitting.every(({ n, s }) => isUpperBound(hedgeOf(s, n)))) return undefined;
  if (REACHING.has(normBefore(claim.sentence.tokens, q))) return undefined;
  // "8 hingga 10 ons", "one to two months": a range, its upper end no bound of its own.
  const range = ({ n, s }: { n: Quantity; s: SentenceFacts }) => { const at = hedgedStart(s, n); return s.quantities.some(m => m.end <= at && !s.text.slice(m.end - s.start, at - s.start).trim()); };
  if (fitting.some(range)) return undefined;
  const { n, s } = fitting[0], a = alignmentOf(claim, s);
  const start = hedgedStart(s, n);
  return a && { a, source: { start, end: n.end, text: s.text.slice(start - s.start, n.end - s.start) } };
}

/**
 * A claim's figure written as a whole ("all 140 posts") where each figure of the sources that fits it is a part of
 * it, in the best passage's story: the passage's sentence with the part, and where the claim's whole begins.
 */
export function wholeAgainstPart(claim: Claim, best: Alignment, q: Quantity, fitting: ReadonlyArray<{ n: Quantity; s: SentenceFacts }>):
  { a: Alignment; source: Span & { text: string }; whole: number } | undefined {
  const whole = wholeStart(claim.sentence, q);
  if (whole === undefined) return undefined;
  const claimed = new Set(claim.sentence.words.filter(w => !w.stop && w.start >= q.end).map(w => w.stem));
  const parts = fitting.map(({ n, s }) => ({ s, part: partOf(s, n) ?? partAfter(s, n, claimed) }));
  if (parts.some(p => !p.part)) return undefined;
  const story = claim.corpus.docs[best.ref.doc].facts.sentences;
  const first = parts.find(p => story[p.s.index] === p.s);
  if (!first) return undefined;
  return { a: alignmentAt(best.ref.doc, first.s.index), source: first.part!, whole };
}
