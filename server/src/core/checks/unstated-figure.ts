import { Quantity } from '../types';
import { SentenceFacts } from '../facts/analyze';
import { hedgeOf } from '../facts/hedges';
import { isFraction } from '../facts/part-share';
import { differenceStated, ratioShare } from './worked-figures';
import { isDifference } from '../facts/worked-difference';
import { COLLECTIVES, listLengths } from './list-count';
import { sameKind, unitAfter } from './figure-words';
import { Alignment } from '../index/support';
import { Claim } from './types';
import type { Corpus } from '../index/corpus';

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

/** What a story states of figures, read once per story: every claim with a figure asks it of every passage. */
interface StoryFigures {
  /** Its figures' values, spans of time in years ("42 days"). */
  values: number[];
  /** Counts it gives as the names of a list or as a collective ("ketiga anaknya"). */
  counts: Set<number>;
  /** Spans in years from one of a sentence's dates to another, or with both ends in ("dari tahun 1823 hingga 1826"). */
  spans: number[];
  /** Its text in lower case, where a figure may stand written into a word of its own ("a nine-day strike"). */
  text: string;
}

function storyFigures(story: readonly SentenceFacts[], text: string): StoryFigures {
  const values: number[] = [], counts = new Set<number>(), spans: number[] = [];
  for (const s of story) {
    for (const n of s.quantities) values.push(valueOf(s, n));
    for (const k of listLengths(s)) counts.add(k);
    for (const t of s.tokens) { const k = COLLECTIVES.get(t.norm); if (k !== undefined) counts.add(k); }
    const ends = (unit: number, of: (d: SentenceFacts['dates'][number]) => number | undefined) => {
      const xs = s.dates.flatMap(d => { const v = of(d); return v === undefined ? [] : [v]; });
      xs.forEach((a, i) => xs.slice(i + 1).forEach(b => spans.push(Math.abs(a - b) * unit, (Math.abs(a - b) + 1) * unit)));
    };
    ends(1, d => d.year);
    ends(1 / 12, d => d.month);
  }
  return { values, counts, spans, text: text.toLowerCase() };
}

/** Whether the text writes the figure's own words where they read as no figure of their own ("a nine-day strike"). */
function writes(text: string, figure: string): boolean {
  for (let at = text.indexOf(figure); at >= 0; at = text.indexOf(figure, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at + figure.length] ?? '')) return true;
  }
  return false;
}

/**
 * Whether a story states the claim's figure: as written, rounded or in other units of time, as the number of names
 * a sentence lists ("empat negara" for "Kazakhstan, Kyrgyzstan, Tajikistan dan Uzbekistan") or counts together, or as
 * a span between two dates of a sentence.
 */
function storyStates(story: StoryFigures, qs: SentenceFacts, q: Quantity): boolean {
  const value = valueOf(qs, q), figure = qs.text.slice(q.start - qs.start, q.end - qs.start).toLowerCase();
  return story.values.some(v => Math.abs(v - value) <= Math.abs(value) * ROUNDED)
    || (q.kind === 'cardinal' && (story.counts.has(q.value) || (unitAfter(qs, q) !== undefined && story.spans.some(n => Math.abs(n - value) <= value * 0.005))))
    || writes(story.text, figure);
}

const storiesOf = new WeakMap<Corpus, Map<number, StoryFigures>>();

/** A corpus document's figures, kept with the corpus (bounded by its documents, and gone with it). */
function figuresOfStory(claim: Claim, doc: number): StoryFigures {
  let byDoc = storiesOf.get(claim.corpus);
  if (!byDoc) storiesOf.set(claim.corpus, byDoc = new Map());
  let found = byDoc.get(doc);
  if (!found) {
    const d = claim.corpus.docs[doc];
    byDoc.set(doc, found = storyFigures(d.facts.sentences, d.text));
  }
  return found;
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
    const story = figuresOfStory(claim, a.ref.doc);
    figures = s.quantities.filter(q => standsAlone(s, q) && !storyStates(story, s, q) && !(isDifference(s, q) && differenceStated(claim, q, sameKind)))
      .map(q => s.text.slice(q.start - s.start, q.end - s.start));
    byDoc.set(a.ref.doc, figures);
  }
  return figures;
}
const unstatedOf = new WeakMap<Claim, Map<number, string[]>>();
