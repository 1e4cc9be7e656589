import { Quantity } from '../types';
import { SentenceFacts } from '../facts/analyze';
import { hedgeOf } from '../facts/hedges';
import { isFraction } from '../facts/part-share';
import { differenceStated, isDifference, ratioShare } from './worked-figures';
import { listLengths } from './list-count';
import { sameKind, unitAfter } from './figure-words';
import { Alignment } from '../index/support';
import { Claim } from './types';

// "Putin dan Xi bertemu selama 3 jam di Moskow" where the sources say they met and nothing of how long: a figure the
// writer gave that the passage's story never states. The number check compares figures with figures and finds none
// to compare; the verifier reads a passage that says everything else. The figure alone undoes the passage's
// support, wherever in its story the figure might have stood.

/** Share of difference within which a story's figure counts as the claim's, rounded ("hampir 240" as 239.5). */
const ROUNDED = 0.1;

/** Whether a figure is one a writer gives as a fact of its own, not a count they made or a bound they set. */
function standsAlone(s: SentenceFacts, q: Quantity): boolean {
  if (q.kind === 'ordinal' || q.kind === 'magnitude' || isFraction(q) || q.value === 1) return false;
  return !hedgeOf(s, q) && !ratioShare(s, q);
}

/** A figure's value in years when it counts a span of time ("six weeks", "42 days"), else as written. */
function valueOf(s: SentenceFacts, q: Quantity): number {
  return q.kind === 'cardinal' ? q.value * (unitAfter(s, q) ?? 1) : q.value;
}

/** Whether a sentence writes the figure's own words, where they read as no figure of their own ("a nine-day strike"). */
function writes(s: SentenceFacts, figure: string): boolean {
  const at = s.text.toLowerCase().indexOf(figure);
  return at >= 0 && !/[\p{L}\p{N}]/u.test(s.text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(s.text[at + figure.length] ?? '');
}

/** "ketiga anaknya" (all three of his children), "keduanya", "both": a count given as a collective, by its count. */
const COLLECTIVES: ReadonlyMap<string, number> = new Map([
  ...['dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh'].flatMap((w, i) => [[`ke${w}`, i + 2], [`ke${w}nya`, i + 2]] as Array<[string, number]>),
  ['both', 2],
]);

/** Whether a sentence counts the figure as a collective ("ketujuh distrik" for "tujuh distrik"). */
function collectively(s: SentenceFacts, count: number): boolean {
  return s.tokens.some(t => COLLECTIVES.get(t.norm) === count);
}

/**
 * A span of time a sentence gives by its ends ("dari tahun 1823 hingga 1826" for "3 tahun", "pada bulan Juni dan
 * Juli" for "2 bulan"): counted from one end to the other, or with both ends in.
 */
function spannedBy(s: SentenceFacts, years: number): boolean {
  const yearly = s.dates.flatMap(d => (d.year !== undefined ? [d.year] : [])), monthly = s.dates.flatMap(d => (d.month !== undefined ? [d.month] : []));
  const spans = (ends: number[], unit: number) => ends.some((a, i) => ends.some((b, j) => j > i && [Math.abs(a - b), Math.abs(a - b) + 1].some(n => Math.abs(n * unit - years) <= years * 0.005)));
  return spans(yearly, 1) || spans(monthly, 1 / 12);
}

/**
 * Whether a story states the claim's figure in any of its sentences: as written, rounded or in other units of
 * time, as the number of names a sentence lists ("empat negara" for "Kazakhstan, Kyrgyzstan, Tajikistan dan
 * Uzbekistan") or counts together, or as a span between two of its dates.
 */
function storyStates(story: readonly SentenceFacts[], qs: SentenceFacts, q: Quantity): boolean {
  const value = valueOf(qs, q), figure = qs.text.slice(q.start - qs.start, q.end - qs.start).toLowerCase();
  return story.some(s => s.quantities.some(n => Math.abs(valueOf(s, n) - value) <= Math.abs(value) * ROUNDED)
    || (q.kind === 'cardinal' && (listLengths(s).includes(q.value) || collectively(s, q.value) || (unitAfter(qs, q) !== undefined && spannedBy(s, value)))) || writes(s, figure));
}

/** The claim's figures (as written) that the story of the passage never states. */
export function unstatedFigures(claim: Claim, a: Alignment): string[] {
  const s = claim.sentence;
  if (!s.quantities.length) return [];
  // Asked of every passage a claim is weighed against, and passages share stories: each story is read once.
  let byDoc = unstatedOf.get(claim);
  if (!byDoc) unstatedOf.set(claim, byDoc = new Map());
  let figures = byDoc.get(a.ref.doc);
  if (!figures) {
    const story = claim.corpus.docs[a.ref.doc].facts.sentences;
    figures = s.quantities.filter(q => standsAlone(s, q) && !storyStates(story, s, q) && !(isDifference(s, q) && differenceStated(claim, q, sameKind)))
      .map(q => s.text.slice(q.start - s.start, q.end - s.start));
    byDoc.set(a.ref.doc, figures);
  }
  return figures;
}
const unstatedOf = new WeakMap<Claim, Map<number, string[]>>();
