import { undisclosedFigure } from './undisclosed-figure';
import { changeStartStated } from './change-start';
import { differenceStated, isDifference, ratioShare, ratioStated } from './worked-figures';
import { Quantity, Span } from '../types';
import { figureWithHedge, vagueAmountFor, vagueSpanFor } from './vague-amount';
import { bareAgoFor } from './relative-ago';
import { Claim, Finding, evidenceAt, evidenceSentence, excerpt, readerLang } from './types';
import { say } from '../messages/catalogue';
import { SentenceFacts } from '../facts/analyze';
import { Alignment, alignmentAt } from '../index/support';
import { Hedge, fitsHedge, hedgeOf, hedgedStart, isLowerBound, isUpperBound } from '../facts/hedges';
import { allOfThing, countAsWritten, listAgainstCount, statesMost } from './list-count';
import { mayBeRelativeYear, relativeTo } from './relative-year';
import { relativePeriodMismatches } from './relative-period';
import { otherActCounted, timesAsOrdinal } from './times-count';
import { sameScore, scoreOf, scoresIn } from './score-figures';
import { clausePassageFigure } from './figure-clause';
import { partAfter, wholeStart } from './part-of-whole';
import { countsForShare, partOf, shareStated } from '../facts/part-share';
import { ALIGNED, DOC_REACH, agrees, coarseElsewhere, datedBefore, unnamedActDate, conflicts, DateField, FIELDS, onlyByWeekday, otherDate, sameWordsDate } from './date-passages';

// Numbers and dates against the passage that otherwise supports the sentence. A figure only conflicts with a
// figure of the same kind (a percentage with a percentage, money with money in the same currency, an ordinal
// with an ordinal, a weekday with a weekday); a claim whose figure appears near any aligned passage is fine.


function sameKind(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind !== 'money' || !a.currency || !b.currency || a.currency === b.currency;
}

function sameValue(a: Quantity, b: Quantity): boolean {
  return Math.abs(a.value - b.value) <= Math.abs(a.value) * 0.005;
}

/**
 * The sentences where the claim's figure may stand and still be the sources' own: every aligned passage with its
 * neighbours, and the best passage's document around it. A figure is often given once ("Sapp, 42, was charged")
 * and left out of the sentence that best matches the rest of the claim; only a figure absent from all of these is
 * a mismatch. Only the aligned passages and one document's stretch are read, never the whole corpus.
 */
function context(claim: Claim, best: Alignment): SentenceFacts[] {
  const out: SentenceFacts[] = [];
  const around = (a: Alignment, reach: number) => {
    const ss = claim.corpus.docs[a.ref.doc].facts.sentences;
    out.push(...ss.slice(Math.max(0, a.ref.sentence - reach), a.ref.sentence + reach + 1));
  };
  around(best, DOC_REACH);
  for (const a of claim.evidence) if (a !== best && a.coverage >= ALIGNED) around(a, 1);
  return out;
}

/** The word right after a span: "70 persen peralatan" → "peralatan"; used to pick the corresponding figure. */
function wordAfter(s: SentenceFacts, span: Span): string {
  return s.words.find(w => w.start >= span.end && !w.stop)?.stem ?? '';
}

/**
 * The word right after a span when it names a thing ("70 persen peralatan"); '' for a function word ("of them").
 * "sekali" (once) carries its own: it is "se" and "kali", as "dua kali" counts times.
 */
function thingAfter(s: SentenceFacts, span: Span): string {
  if (s.text.slice(span.start - s.start, span.end - s.start).toLowerCase() === 'sekali') return 'kali';
  const next = s.words.find(w => w.start >= span.end);
  return next && !next.stop ? next.stem : '';
}

/** The stems of up to `n` content words right before a span, nearest first. */
function wordsBefore(s: SentenceFacts, span: Span, n: number): string[] {
  const out: string[] = [];
  for (let i = s.words.length - 1; i >= 0 && out.length < n; i--) if (s.words[i].end <= span.start && !s.words[i].stop) out.push(s.words[i].stem);
  return out;
}

/** The word right before a span: "paket bantuan US$61 miliar" → "bantu"; for a figure with nothing after it. */
function wordBefore(s: SentenceFacts, span: Span): string {
  return wordsBefore(s, span, 1)[0] ?? '';
}

/**
 * The passage's figure of the claim's figure's kind that counts the same thing, by the word after it and else the
 * word before it; for a claim whose value the passage gives to another thing ("90 persen peralatan mesin" where it
 * says "70 persen peralatan mesin dan 90 persen mikroelektronika"), the one whose value it is not.
 */
function counterpart(source: SentenceFacts, rivals: Quantity[], q: Quantity, qs: SentenceFacts): Quantity | undefined {
  const after = wordAfter(qs, q), before = wordBefore(qs, q);
  return (after ? rivals.find(r => wordAfter(source, r) === after) : undefined) ??
    (before ? rivals.find(r => wordBefore(source, r) === before) : undefined);
}

/** Content words either side of a figure read for what it is the figure of. */
const FIGURE_WINDOW = 3;

/**
 * Of several figures of the passage, the one whose words around it the claim shares most, if one alone does: "paket
 * bantuan senilai US$16 miliar untuk Ukraina" is the passage's "paket bantuan US$61 miliar yang disetujui oleh
 * Kongres AS", not its "bantuan militer tambahan senilai US$2 miliar untuk Ukraina" before it, though the word
 * after each is "Ukraina".
 */
function nearestInWords(qs: SentenceFacts, source: SentenceFacts, rivals: Quantity[]): Quantity | undefined {
  if (rivals.length < 2) return undefined;
  const claimed = new Set(qs.words.filter(w => !w.stop).map(w => w.stem));
  const inFigure = (w: { start: number; end: number }) => source.quantities.some(n => w.start >= n.start && w.end <= n.end);
  const content = source.words.filter(w => !w.stop && !inFigure(w));
  const around = (r: Quantity) => {
    const before = content.filter(w => w.end <= r.start).slice(-FIGURE_WINDOW), after = content.filter(w => w.start >= r.end).slice(0, FIGURE_WINDOW);
    return new Set([...before, ...after].map(w => w.stem).filter(st => claimed.has(st))).size;
  };
  const scored = rivals.map(r => ({ r, n: around(r) })).sort((x, y) => y.n - x.n);
  return scored[0].n > scored[1].n ? scored[0].r : undefined;
}

/**
 * Units a span of time may be counted in, to years: "dua dekade" is 20 years, "setengah tahun" six months, "dua
 * pekan" 14 days. A week or a day is a year's share of 365.25 days, so 26 weeks pass for six months (within the
 * half percent a conversion is given) and 12 weeks do not pass for three months.
 */
const DAY = 1 / 365.25;
const YEARS_IN: Readonly<Record<string, number>> = { tahun: 1, year: 1, years: 1, dekade: 10, decade: 10, decades: 10, dasawarsa: 10,
  abad: 100, century: 100, centuries: 100, windu: 8, bulan: 1 / 12, month: 1 / 12, months: 1 / 12, minggu: 7 * DAY, pekan: 7 * DAY,
  week: 7 * DAY, weeks: 7 * DAY, hari: DAY, day: DAY, days: DAY, jam: DAY / 24, hour: DAY / 24, hours: DAY / 24 };

function unitAfter(s: SentenceFacts, q: Quantity): number | undefined {
  const next = s.tokens.find(t => t.start >= q.end && t.kind === 'word');
  return next && next.start - q.end <= 1 ? YEARS_IN[next.norm] : undefined;
}

/**
 * Whether a source's figure (in its sentence) is the claim's: the same value, or in other units; or, in the
 * passage that best matches the claim (a bound fits many figures, so not just any figure nearby), within the
 * claim's hedge. A source's figure that is itself approximate or a bound ("up to 40 percent") is matched as written.
 */
function fits(n: Quantity, ns: SentenceFacts, q: Quantity, qs: SentenceFacts, best: SentenceFacts, hedge: Hedge | undefined): boolean {
  if (!sameKind(n, q)) return false;
  if (sameValue(n, q)) return true;
  if (hedge && ns === best && fitsHedge(hedge, ns, n, q)) return true;
  const from = unitAfter(ns, n), to = unitAfter(qs, q);
  return !!from && !!to && from !== to && Math.abs(n.value * from - q.value * to) <= Math.abs(q.value * to) * 0.005;
}

/** In the other aligned passages, best first: a figure of the claim's figure's kind with the same word after it. */
function otherFigure(claim: Claim, q: Quantity, after: string): { a: Alignment; n: Quantity } | undefined {
  if (!after) return undefined;
  for (const a of claim.evidence.slice(1)) {
    if (a.coverage < ALIGNED) continue;
    const s = claim.corpus.sentence(a.ref);
    const n = s.quantities.find(x => sameKind(x, q) && wordAfter(s, x) === after);
    if (n) return { a, n };
  }
  return undefined;
}

/**
 * The share of the claim's weight the passage covers among the words some source has: a word no source uses
 * ("genap berusia 70 tahun") no passage can cover, and it should not keep a figure from being compared with the
 * passage that states everything else ("peringatan tujuh puluh lima tahun … hubungan diplomatik").
 */
function coveredOfKnown(claim: Claim, a: Alignment): number {
  let all = 0, got = 0;
  claim.terms.forEach((t, k) => {
    if (!claim.corpus.postingsOf(t.stem).length && !t.forms?.some(f => claim.corpus.postingsOf(f).length)) return;
    all += t.weight; got += t.weight * (a.credit[k] ?? 0);
  });
  return all > 0 ? got / all : 0;
}

/** A count in millions or more: "40 juta", "50 miliar", "3 billion". */
const MILLIONS = 1e6;

/**
 * A large count written without its currency, read as money where the passage gives money right after the same
 * word: "Perdagangan … berjumlah 40 juta" against "… yang berjumlah $240 miliar". The writer dropped the sign; the
 * amount is still the passage's to compare.
 */
function unwrittenCurrency(s: SentenceFacts, q: Quantity, source: SentenceFacts): Quantity {
  if (q.kind !== 'cardinal' || q.value < MILLIONS) return q;
  const before = wordBefore(s, q);
  return before && source.quantities.some(n => n.kind === 'money' && wordBefore(source, n) === before) ? { ...q, kind: 'money' } : q;
}

export function checkNumbers(claim: Claim): Finding[] {
  const best = claim.evidence[0];
  if (!best || (best.coverage < ALIGNED && coveredOfKnown(claim, best) < ALIGNED)) return [];
  const findings: Finding[] = [];
  const source = claim.corpus.sentence(best.ref);
  const around = context(claim, best);
  const nearby = around.flatMap(s => s.quantities.map(n => ({ n, s })));
  const scored = new Set<number>();
  let held: Map<Quantity, { n: Quantity; s: SentenceFacts }> | undefined;
  for (const figure of claim.sentence.quantities) {
    // A match's result is compared as one figure, with the results nearby only.
    const score = scoreOf(claim.sentence, figure);
    if (score) {
      if (scored.has(score.start)) continue;
      scored.add(score.start);
      const theirs = scoresIn(source);
      if (theirs.length && !around.some(s => scoresIn(s).some(x => sameScore(x, score)))) {
        findings.push(mismatch(claim, best, 'number-mismatch', score, theirs[0]));
      }
      continue;
    }
    const q = unwrittenCurrency(claim.sentence, figure, source);
    // "dua pekan lalu" where the passage that states the rest has "pekan lalu": one week back, not two.
    const ago = bareAgoFor(claim.sentence, q, source);
    if (ago && !nearby.some(({ n, s }) => n.value === q.value && n.kind === q.kind && thingAfter(s, n) === thingAfter(claim.sentence, q))) {
      const draft = { start: q.start, end: ago.draftEnd, text: claim.sentence.text.slice(q.start - claim.sentence.start, ago.draftEnd - claim.sentence.start) };
      findings.push(mismatch(claim, best, 'number-mismatch', draft, ago));
      continue;
    }
    const hedge = hedgeOf(claim.sentence, q);
    // "roughly three in five of them": a share the writer worked out, compared as a share (worked-figures.ts).
    const ratio = ratioShare(claim.sentence, q);
    if (ratio && ratioStated(claim, ratio.share, hedgeOf(claim.sentence, ratio.numerator))) continue;
    // "$600,000 less than the department had asked for": the gap between two figures of one sentence of the story.
    if (isDifference(claim.sentence, q) && differenceStated(claim, q, sameKind)) continue;
    // "rose from about £1.8 million to £2.6 million": the start stands where it was first reported (change-start.ts).
    if (changeStartStated(claim, q, (n, s) => fits(n, s, q, claim.sentence, source, undefined))) continue;
    const after = wordAfter(claim.sentence, q);
    // The passage gives the same thing a span without a figure ("penundaan berbulan-bulan"): a span counted in a
    // sentence nearby ("Perang dua tahun …") is of something else.
    const span = hedge ? undefined : vagueSpanFor(claim.sentence, q, source);
    if (span) { findings.push(mismatch(claim, best, 'number-mismatch', span.draft, span.source)); continue; }
    const fitting = nearby.filter(({ n, s }) => fits(n, s, q, claim.sentence, source, hedge));
    const thing = thingAfter(claim.sentence, q);
    // Each fitting figure names another thing right after it: the value stands nearby, but not for this thing.
    const elsewhere = !!thing && fitting.every(({ n, s }) => { const t = thingAfter(s, n); return t && t !== thing; });
    // The passage has all of the thing the claim counts, and no figure nearby counts that thing with the claim's value.
    const all = elsewhere && !hedge && !source.quantities.some(n => sameKind(n, q)) ? allOfThing(source, q, thing) : undefined;
    if (all) { findings.push(mismatch(claim, best, 'number-mismatch', q, all)); continue; }
    // A count of times whose value stands nearby only for another act ("kunjungan Putin yang kedua kali" beside
    // "pertemuan langsung keempat", for "bertemu langsung dua kali"): the passage's number for the claim's act.
    const times = timesAsOrdinal(claim.sentence, q);
    // What may count the same times: an ordinal of the value, or the value counting times ("dua kali"), not people.
    const countsTimes = ({ n, s }: { n: Quantity; s: SentenceFacts }) => !!times && (fits(n, s, times, claim.sentence, source, hedge) ||
      (thingAfter(s, n) === 'kali' && fits(n, s, { ...times, kind: 'cardinal' }, claim.sentence, source, hedge)));
    const counted = times && otherActCounted(claim.sentence, source, times, nearby.filter(countsTimes));
    if (counted) { findings.push(mismatch(claim, best, 'number-mismatch', q, counted, String(counted.value))); continue; }
    if (fitting.length) {
      // "will kill 300 gannets a year" where every source that gives the figure bounds it: "could kill up to 300".
      const bound = hedge ? undefined : boundOnly(claim, fitting);
      if (bound) { findings.push(mismatch(claim, bound.a, 'number-mismatch', q, bound.source)); continue; }
      // "all 140 posts" where every fitting figure is a part of the whole: "about a third of the 140 posts".
      const part = wholeAgainstPart(claim, best, q, fitting);
      if (part) { findings.push(mismatch(claim, part.a, 'number-mismatch', { ...q, start: part.whole, text: claim.sentence.text.slice(part.whole - claim.sentence.start, q.end - claim.sentence.start) }, part.source)); continue; }
      // The value stands nearby, but the passage may give it to another thing and give this thing another value.
      // Only where each figure names its thing right after it: "9.8 million of them" counts what the sentence
      // counted before, and may be the claim's "9.8 million journeys".
      const swapped = elsewhere && source.quantities.find(n => sameKind(n, q) && thingAfter(source, n) === thing && !fits(n, source, q, claim.sentence, source, hedge));
      if (swapped) findings.push(mismatch(claim, best, 'number-mismatch', withTimes(claim.sentence, q, swapped), swapped));
      continue;
    }
    // "two-thirds of the businesses" where the passage counts "41 of the 63 businesses": the share, worked out.
    if (shareStated(q, hedge, nearby)) continue;
    // … and where the passage's counts make another share: "90 percent of the businesses" for "41 of the 63".
    const counts = countsForShare(claim.sentence, q, source);
    if (counts) { findings.push(mismatch(claim, best, 'number-mismatch', q, counts, say(readerLang(claim), 'share.percent', { n: Math.round(counts.share * 100) }))); continue; }
    // "bertemu lima kali" counts what "pertemuan langsung keempat" numbers: the fourth meeting is the fourth time.
    const nth = timesAsOrdinal(claim.sentence, q);
    if (nth) {
      if (nearby.some(({ n, s }) => fits(n, s, nth, claim.sentence, source, hedge))) continue;
      const stems = new Set(claim.sentence.words.filter(w => !w.stop).map(w => w.stem));
      // Not "pertama": "pertama kalinya diadakan di Asia Tenggara sejak 2010" marks a first since, not a count.
      const numbered = source.quantities.find(n => n.kind === 'ordinal' && n.value > 1 && wordsBefore(source, n, 2).some(st => stems.has(st)));
      // The count is written as a count: "keempat" makes "bertemu 4 kali".
      if (numbered) { findings.push(mismatch(claim, best, 'number-mismatch', q, numbered, String(numbered.value))); continue; }
    }
    // The passage counts the thing by naming each ("negara-negara … di Kazakhstan, Kyrgyzstan, Tajikistan dan
    // Uzbekistan"), with no figure of its own for it; only where it states most of the claim itself, since a list of
    // the same kind of thing in a passage about something else counts something else.
    const listed = thing && !hedge && statesMost(claim, best) && !source.quantities.some(n => sameKind(n, q) && thingAfter(source, n) === thing)
      ? listAgainstCount(source, q, thing, wordBefore(claim.sentence, q)) : undefined;
    if (listed) { findings.push(mismatch(claim, best, 'number-mismatch', q, listed, countAsWritten(listed.count, q.text, readerLang(claim)))); continue; }
    // "sekitar 90 persen ekspor" where the passage has "sebagian besar ekspor" and no such figure: the writer's own.
    // A lower bound ("setidaknya tiga indeks" for "mayoritas indeks") may well hold of a vague amount.
    const vague = isLowerBound(hedge) ? undefined : vagueAmountFor(q, after, source);
    if (vague) { findings.push(mismatch(claim, best, 'number-mismatch', figureWithHedge(claim.sentence, q), vague)); continue; }
    // The claim's other figure may stand in another sentence nearby, with the figure this one should be: "approved
    // the deal by 86 percent on a turnout of 81 percent" against "… 68 percent in favour on a turnout of 81 percent".
    held ??= heldNearby(claim, source, nearby);
    const sibling = siblingOf(claim, q, source, held, hedge);
    if (sibling) { findings.push(mismatch(claim, sibling.a, 'number-mismatch', q, sibling.n)); continue; }
    // A span of weeks, days or months ("shut for nearly four weeks") is compared with spans only: the passage may date
    // its ends instead. Not years: "hidup 200 tahun" against "60-100-an tahun" is a count of years either way.
    const unit = q.kind === 'cardinal' ? unitAfter(claim.sentence, q) : undefined;
    const timed = unit !== undefined && unit < 1;
    const rivals = source.quantities.filter(n => sameKind(n, q) && (!timed || unitAfter(source, n) !== undefined));
    if (!rivals.length) {
      // The best passage may carry no figure (a headline); another aligned one may give this figure otherwise, the
      // same word after it showing it counts the same thing ("40 percent more likely" for "38 percent more likely").
      // Else the passage that states the figure's own clause, when the sentence joins it to another.
      const other = otherFigure(claim, q, after) ?? clausePassageFigure(claim, q, (s, n) => !!thing && sameKind(n, q) && thingAfter(s, n) === thing,
        a => claim.corpus.docs[a.ref.doc].facts.sentences.slice(Math.max(0, a.ref.sentence - 1), a.ref.sentence + 2)
          .some(s => s.quantities.some(n => fits(n, s, q, claim.sentence, source, hedge))));
      if (other) { findings.push(mismatch(claim, other.a, 'number-mismatch', q, other.n)); continue; }
      // "tidak menyebutkan besaran anggarannya": the story says no such figure was given.
      const undisclosed = q.kind === 'money' ? undisclosedFigure(claim, best) : undefined;
      if (undisclosed) findings.push({ ...mismatch(claim, undisclosed.a, 'number-mismatch', q, undisclosed.said), fixes: [] });
      continue;
    }
    // A figure that names its thing right after it is matched by that word; else by the words around it.
    const pick = (thing ? counterpart(source, rivals, q, claim.sentence) ?? nearestInWords(claim.sentence, source, rivals)
      : nearestInWords(claim.sentence, source, rivals) ?? counterpart(source, rivals, q, claim.sentence)) ?? rivals[0];
    findings.push(mismatch(claim, best, 'number-mismatch', q, pick));
  }
  return findings;
}

export function checkDates(claim: Claim): Finding[] {
  const best = claim.evidence[0];
  if (!best || best.coverage < ALIGNED) return [];
  const findings: Finding[] = [];
  const source = claim.corpus.sentence(best.ref);
  const nearby = context(claim, best).flatMap(s => s.dates);
  for (const d of claim.sentence.dates) {
    // A passage that dates the claim's own words otherwise outweighs an agreeing date of something else nearby:
    // "Xi bertemu dengan … Erdogan pada hari Kamis" where the story meets Lukashenko on Thursday, Erdogan on Friday.
    const same = sameWordsDate(claim, d, claim.evidence);
    if (same && !same.agreed) { findings.push(mismatch(claim, same.a, 'date-mismatch', d, same.n)); continue; }
    const acted = same ? undefined : unnamedActDate(claim, d);
    if (acted) { findings.push(mismatch(claim, acted.a, 'date-mismatch', d, acted.n)); continue; }
    if (nearby.some(n => agrees(n, d))) continue;
    if (!source.dates.length) {
      const other = otherDate(claim, d) ?? datedBefore(claim, d);
      if (other) findings.push(mismatch(claim, other.a, 'date-mismatch', d, other.n));
      continue;
    }
    const conflicting = source.dates.find(n => conflicts(n, d)), byWeekday = conflicting ? undefined : onlyByWeekday(source, d);
    const elsewhere = byWeekday && coarseElsewhere(claim, d);
    if (elsewhere) { findings.push(mismatch(claim, elsewhere.a, 'date-mismatch', d, elsewhere.n)); continue; }
    const rival = conflicting ?? byWeekday;
    const story = () => claim.corpus.docs[best.ref.doc].facts.sentences;
    const relative = (f: DateField) => relativeTo(source, f) && (f !== 'year' || d.year === undefined || mayBeRelativeYear(story(), d.year));
    if (!rival || FIELDS.some(f => d[f] !== undefined && rival[f] !== undefined && d[f] !== rival[f] && relative(f))) continue;
    findings.push(mismatch(claim, best, 'date-mismatch', d, rival));
  }
  for (const m of relativePeriodMismatches(claim)) findings.push(mismatch(claim, m.a, 'date-mismatch', m.draft, m.source));
  return findings;
}

/** The draft's count of times with its "kali" where the source's is "sekali", so the fix reads "sekali", not "sekali kali". */
function withTimes(s: SentenceFacts, q: Quantity, source: Quantity): Span & { text: string } {
  const next = s.tokens.find(t => t.start >= q.end && t.kind === 'word');
  if (source.text.toLowerCase() !== 'sekali' || next?.norm !== 'kali') return q;
  return { start: q.start, end: next.end, text: s.text.slice(q.start - s.start, next.end - s.start) };
}

/** Figures a claim may have for siblingOf to read: a sentence with more is a table, not two facts side by side. */
const MAX_SIBLINGS = 8;

/**
 * For each figure of the claim, the one figure of a sentence near the passage (not the passage) that gives it as
 * written, when exactly one does; worked out once per claim, as every figure of the claim asks for the others'.
 */
function heldNearby(claim: Claim, source: SentenceFacts, nearby: ReadonlyArray<{ n: Quantity; s: SentenceFacts }>): Map<Quantity, { n: Quantity; s: SentenceFacts }> {
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
function siblingOf(claim: Claim, q: Quantity, source: SentenceFacts, held: ReadonlyMap<Quantity, { n: Quantity; s: SentenceFacts }>, hedge: Hedge | undefined):
  { a: Alignment; n: Quantity } | undefined {
  for (const [q2, { n: twin, s }] of held) {
    if (q2 === q) continue;
    const rivals = s.quantities.filter(r => r !== twin && sameKind(r, q) && !fits(r, s, q, claim.sentence, source, hedge));
    const a = rivals.length === 1 ? alignmentOf(claim, s) : undefined;
    if (a) return { a, n: rivals[0] };
  }
  return undefined;
}

/** The alignment of a source sentence of the best passage's story or of another candidate's, for a finding's evidence. */
function alignmentOf(claim: Claim, s: SentenceFacts): Alignment | undefined {
  const docs = [...new Set(claim.evidence.map(a => a.ref.doc))];
  const doc = docs.find(d => claim.corpus.docs[d].facts.sentences[s.index] === s);
  return doc === undefined ? undefined : alignmentAt(doc, s.index);
}

/**
 * A plain figure of the claim that the sources give only as an upper bound ("up to 300 gannets"): the bound as
 * written, and where it stands.
 */
function boundOnly(claim: Claim, fitting: ReadonlyArray<{ n: Quantity; s: SentenceFacts }>): { a: Alignment; source: Span & { text: string } } | undefined {
  if (!fitting.every(({ n, s }) => isUpperBound(hedgeOf(s, n)))) return undefined;
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
function wholeAgainstPart(claim: Claim, best: Alignment, q: Quantity, fitting: ReadonlyArray<{ n: Quantity; s: SentenceFacts }>):
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

/** A figure of the draft that the passage gives otherwise: the source's figure as evidence and as the fix. */
function mismatch(claim: Claim, best: Alignment, code: 'number-mismatch' | 'date-mismatch', draft: Span & { text: string },
  source: Span & { text: string }, replacement = source.text): Finding {
  const lang = readerLang(claim);
  return {
    start: draft.start, end: draft.end, code,
    message: say(lang, 'differs', { source: source.text, draft: draft.text, label: claim.corpus.docs[best.ref.doc].label, passage: excerpt(claim.corpus.sentence(best.ref).text, 160) }),
    evidence: [evidenceAt(claim.corpus, best.ref.doc, source.start, source.end), evidenceSentence(claim.corpus, best)],
    fixes: [{ title: say(lang, 'fix.replace', { text: replacement }), start: draft.start, end: draft.end, newText: replacement }],
  };
}
