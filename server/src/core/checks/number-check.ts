import { ageInStory, isAge } from './age-figure';
import { undisclosedFigure } from './undisclosed-figure';
import { areSynonyms } from '../lexicon/synonyms';
import { changeStartStated } from './change-start';
import { changeFromBaseStated, differenceStated, fractionStated, ratioShare, ratioStated, shareOfOwnFigures, sumOfParts, totalOfOthers, wholeOfFraction } from './worked-figures';
import { isChangeFromBase, isDifference } from '../facts/worked-difference';
import { Quantity, Span } from '../types';
import { figureWithHedge, vagueAmountFor, vagueSpanFor } from './vague-amount';
import { bareAgoFor } from './relative-ago';
import { Claim, Finding, readerLang, sentenceOfEvidenceDocs } from './types';
import { say } from '../messages/catalogue';
import { SentenceFacts } from '../facts/analyze';
import { Alignment } from '../index/support';
import { hedgeOf, isLowerBound } from '../facts/hedges';
import { allOfThing, countAsWritten, listAgainstCount, statesMost } from './list-count';
import { otherActCounted, timesAsOrdinal } from './times-count';
import { sameScore, scoreOf, scoresIn } from './score-figures';
import { clausePassageFigure } from './figure-clause';
import { countsForShare, isFraction, shareOtherwiseWritten, shareStated } from '../facts/part-share';
import { ALIGNED } from './date-passages';
import { ownersFigure } from './figure-owner';
import { toldApart } from './told-apart';
import { countedThing, fits, isPartCount, sameKind, sameValue, thingAfter, thingsAfter, unitAfter, withSpanUnit, wordAfter, wordBefore, wordsBefore, counterpart, nearestInWords, oneOfEach, mayCountSame, gluedNearby, ownedByOther, oneWrittenAsWord, PEOPLE } from './figure-words';
import { alignmentOf, byOwnWords, context, figuresTogether, mismatch, oneFigureEach } from './figure-finding';
import { correctedBy, correctionAfter, tellsChange } from './superseded-figure';
import { boundOnly, heldNearby, siblingOf, wholeAgainstPart } from './figure-siblings';

// Numbers against the passage that otherwise supports the sentence. A figure only conflicts with a figure of the
// same kind (a percentage with a percentage, money with money in the same currency, an ordinal with an ordinal);
// a claim whose figure appears near any aligned passage is fine.

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

/**
 * Whether the act right after a count of people ("lima orang meninggal") is missing from the passage, under its own
 * stem or a synonym: the passage's people ("enam orang ke Lembah Sari") are others, and their figure no rival.
 */
function peopleActOtherwise(s: SentenceFacts, q: Quantity, source: SentenceFacts): boolean {
  const act = thingsAfter(s, q, 3)[1];
  return !!act && !source.words.some(w => areSynonyms(w.stem, act));
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

export function checkNumbers(given: Claim): Finding[] {
  const claim = byOwnWords(given);
  const best = claim.evidence[0];
  if (!best || (best.coverage < ALIGNED && coveredOfKnown(claim, best) < ALIGNED) || figuresTogether(claim)) return [];
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
      const near = around.flatMap(s => scoresIn(s).map(x => ({ s, x })));
      if (near.some(({ x }) => sameScore(x, score))) continue;
      if (theirs.length) findings.push(mismatch(claim, best, 'number-mismatch', score, theirs[0]));
      // A vote's result the story gives beside the passage that states the rest ("voted on Tuesday … to build …",
      // then "The motion passed by 31 votes to 12").
      else if (score.vote && near.length) findings.push(mismatch(claim, alignmentOf(claim, near[0].s) ?? best, 'number-mismatch', score, near[0].x));
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
    // "60 FPS" where the passage writes "60fps" (a figure glued to its unit is read as no figure), "satu" for "sebuah".
    if (gluedNearby(around, q) || oneWrittenAsWord(around, claim.sentence, q)) continue;
    // A person's age is the age the story gives that person, wherever it stands (age-figure.ts).
    const age = ageInStory(claim, q);
    if (age) {
      if (age.n.value !== q.value) findings.push(mismatch(claim, alignmentOf(claim, age.s) ?? best, 'number-mismatch', q, age.n));
      continue;
    }
    // "roughly three in five of them", "180 …, kurang dari separuh … 450": a share the writer worked out (worked-figures.ts).
    const ratio = ratioShare(claim.sentence, q);
    if ((ratio && ratioStated(claim, ratio.share, hedgeOf(claim.sentence, ratio.numerator))) || shareOfOwnFigures(claim.sentence, q, hedge)) continue;
    // "$600,000 less than the department had asked for": the gap between two figures of one sentence of the story.
    if (isDifference(claim.sentence, q) && differenceStated(claim, q, sameKind)) continue;
    if (isChangeFromBase(claim.sentence, q) && changeFromBaseStated(claim, q, sameKind)) continue;
    // "reached $3.5 million after … added $1.5 million to the $2 million": a total of the claim's own figures.
    if (totalOfOthers(claim.sentence, q, sameKind)) continue;
    // "two-fifths of the apples" where the story has "40 percent of the valley's apples": one share, written otherwise.
    if (shareOtherwiseWritten(q, hedge, nearby)) continue;
    // "two-thirds of the $1.2 million relief fund": the part the story gives of the whole it gives.
    const whole = wholeOfFraction(claim.sentence, q);
    if (whole && fractionStated(claim, q, whole, sameKind)) continue;
    // "rose from about £1.8 million to £2.6 million": the start stands where it was first reported (change-start.ts).
    if (changeStartStated(claim, q, (n, s) => fits(n, s, q, claim.sentence, source, undefined))) continue;
    const after = wordAfter(claim.sentence, q);
    // The passage gives the same thing a span without a figure ("penundaan berbulan-bulan"): a span counted in a
    // sentence nearby ("Perang dua tahun …") is of something else.
    const span = hedge ? undefined : vagueSpanFor(claim.sentence, q, source);
    if (span) { findings.push(mismatch(claim, best, 'number-mismatch', span.draft, span.source)); continue; }
    const fitting = nearby.filter(({ n, s }) => fits(n, s, q, claim.sentence, source, hedge));
    const thing = countedThing(claim.sentence, q);
    // Each fitting figure names another thing right after it, not one that may count the claim's (figure-words.ts).
    const elsewhere = !!thing && fitting.every(({ n, s }) => { const t = thingAfter(s, n); return t && !mayCountSame(claim.sentence, q, thing, t); });
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
    // Every source that gives the figure corrects it in the same breath ("initially said 180 … corrected the figure to 194").
    const corrected = fitting.length && !tellsChange(claim.sentence) ? fitting.map(({ n, s }) => ({ s, m: correctedBy(s, n) })) : [];
    const correction = corrected.length && corrected.every(c => c.m) ? corrected[0] : undefined;
    const correctedAt = correction && alignmentOf(claim, correction.s);
    if (correction?.m && correctedAt) { findings.push(mismatch(claim, correctedAt, 'number-mismatch', q, correction.m)); continue; }
    // A later report corrects the figure the claim gives ("revised to 34, down from the 40 first reported"), speaking
    // of the claim's thing: the earlier report's figure is superseded.
    const later = fitting.length && thing && !tellsChange(claim.sentence) ? laterCorrection(claim, q, thing) : undefined;
    if (later) { findings.push(mismatch(claim, later.a, 'number-mismatch', q, later.to)); continue; }
    if (fitting.length) {
      // "Colin Marbury finished fourth with 3,905 votes" where the passage gives 3,905 to another candidate.
      const owned = hedge ? undefined : ownersFigure(claim, q, fitting);
      if (owned) { findings.push(mismatch(claim, alignmentOf(claim, owned.s) ?? best, 'number-mismatch', q, owned.n)); continue; }
      // "will kill 300 gannets a year" where every source that gives the figure bounds it: "could kill up to 300".
      const bound = hedge ? undefined : boundOnly(claim, q, fitting);
      if (bound) { findings.push(mismatch(claim, bound.a, 'number-mismatch', q, bound.source)); continue; }
      // "all 140 posts" where every fitting figure is a part of the whole: "about a third of the 140 posts".
      const part = wholeAgainstPart(claim, best, q, fitting);
      if (part) { findings.push(mismatch(claim, part.a, 'number-mismatch', { ...q, start: part.whole, text: claim.sentence.text.slice(part.whole - claim.sentence.start, q.end - claim.sentence.start) }, part.source)); continue; }
      // The value stands nearby, but the passage may give it to another thing and give this thing another value.
      // Only where each figure names its thing right after it: "9.8 million of them" counts what the sentence
      // counted before, and may be the claim's "9.8 million journeys".
      // Not a figure the passage corrects to the claim's ("initially said 180 passengers … corrected the figure to 194").
      const swappedIn = (x: SentenceFacts) => x.quantities.find(n => sameKind(n, q) && countedThing(x, n) === thing && !fits(n, x, q, claim.sentence, source, hedge) &&
        !correctedBy(x, n) && isPartCount(claim.sentence, q) === isPartCount(x, n) && !ownedByOther(claim.sentence, q, x, n));
      const swapped = elsewhere ? swappedIn(source) : undefined;
      if (swapped) { findings.push(mismatch(claim, best, 'number-mismatch', withTimes(claim.sentence, q, swapped), swapped)); continue; }
      // The same thing, told apart by the word after it: "Tujuh tim bersaing" where the passage has "Delapan tim
      // bersaing …; tujuh tim dari Sydney".
      const told = !elsewhere && thing && !hedge ? toldApart(claim.sentence, q, source, fitting, n => !fits(n, source, q, claim.sentence, source, hedge)) : undefined;
      if (told) { findings.push(mismatch(claim, best, 'number-mismatch', q, told)); continue; }
      // … or in a sentence right beside it: "31 passengers" where the passage has "carrying 31 people" and the next
      // paragraph "with 28 passengers and three crew on board".
      // Not a count of times ("99 kali" for "99 pertandingan", beside "bertemu dua kali"): "kali" counts any act.
      const beside = elsewhere && !TIMES.has(thing) ? besideBest(claim, best).map(x => ({ x, n: swappedIn(x) })).find(c => c.n) : undefined;
      if (beside?.n) findings.push(mismatch(claim, alignmentOf(claim, beside.x) ?? best, 'number-mismatch', withTimes(claim.sentence, q, beside.n), beside.n));
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
    // A lower bound ("setidaknya tiga indeks") may hold of a vague amount; one that states little of the claim counts else.
    const vague = isLowerBound(hedge) || !statesMost(claim, best) ? undefined : vagueAmountFor(q, after, source);
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
    // A fraction of a figure ("two-thirds of the $1.2 million") is a share: a count ("voted seven to two") is no rival.
    // A person's age ("Sartono (58)") is no rival of a figure that is no age, nor a figure the claim's other one is.
    const anAge = isAge(claim.sentence, q);
    const rivals = source.quantities.filter(n => sameKind(n, q) && (!timed || unitAfter(source, n) !== undefined) && (!whole || isFraction(n)) && (anAge || !isAge(source, n)) && !ownedByOther(claim.sentence, q, source, n));
    if (!rivals.length) {
      // The best passage may carry no figure (a headline); another aligned one may give this figure otherwise, the
      // same word after it showing it counts the same thing ("40 percent more likely" for "38 percent more likely").
      // Else the passage that states the figure's own clause, when the sentence joins it to another.
      const other = otherFigure(claim, q, after) ?? clausePassageFigure(claim, q, (s, n) => !!thing && sameKind(n, q) && thingAfter(s, n) === thing,
        a => claim.corpus.docs[a.ref.doc].facts.sentences.slice(Math.max(0, a.ref.sentence - 1), a.ref.sentence + 2)
          .some(s => s.quantities.some(n => fits(n, s, q, claim.sentence, source, hedge))));
      if (other && !sumOfParts(q, claim.corpus.sentence(other.a.ref).quantities.filter(n => sameKind(n, q)))) findings.push(mismatch(claim, other.a, 'number-mismatch', q, other.n));
      if (other) continue;
      // "tidak menyebutkan besaran anggarannya": the story says no such figure was given.
      const undisclosed = q.kind === 'money' ? undisclosedFigure(claim, best) : undefined;
      if (undisclosed) findings.push({ ...mismatch(claim, undisclosed.a, 'number-mismatch', q, undisclosed.said), fixes: [] });
      continue;
    }
    // The passage's figures count other things, and its story gives the claim's value to the claim's thing
    // elsewhere ("four flights … sent to Porthaven" beside "28 passengers and three crew on board", where the story
    // has "Four incoming flights were diverted to Porthaven"): the value is the story's, not a changed figure.
    if (thing && givenElsewhereInStory(claim, best, q, thing, rivals, source)) continue;
    // "lima orang meninggal" against "… beranggotakan enam orang" (other acts); "satu kapal" against "Setiap kapal".
    if (thing && ((PEOPLE.has(thing) && peopleActOtherwise(claim.sentence, q, source)) || oneOfEach(source, q, thing))) continue;
    // A figure that names its thing right after it is matched by that word; else by the words around it.
    const pick = (thing ? counterpart(source, rivals, q, claim.sentence) ?? nearestInWords(claim.sentence, source, rivals)
      : nearestInWords(claim.sentence, source, rivals) ?? counterpart(source, rivals, q, claim.sentence)) ?? rivals[0];
    // The same value under a bound that excludes it ("lebih dari 39" for "sekitar 39"): the two read with their hedges.
    const units = [unitAfter(claim.sentence, q), unitAfter(source, pick)];
    // "enam tahun" against "enam bulan": the figures read with their units, which is what differs.
    if (units[0] && units[1] && units[0] !== units[1]) findings.push(mismatch(claim, best, 'number-mismatch', withSpanUnit(claim.sentence, q), withSpanUnit(source, pick)));
    else if (sameValue(pick, q)) findings.push(mismatch(claim, best, 'number-mismatch', figureWithHedge(claim.sentence, q), figureWithHedge(source, pick)));
    else findings.push(mismatch(claim, best, 'number-mismatch', withTimes(claim.sentence, q, pick), pick));
  }
  return oneFigureEach(findings);
}

/** Words after a figure that count occasions, not things. */
const TIMES: ReadonlySet<string> = new Set(['kali', 'time', 'times']);

/** The sentences of the best passage's story right before and after it, nearest first. */
function besideBest(claim: Claim, best: Alignment): SentenceFacts[] {
  const ss = claim.corpus.docs[best.ref.doc].facts.sentences, k = best.ref.sentence;
  return [ss[k + 1], ss[k - 1], ss[k + 2], ss[k - 2]].filter((x): x is SentenceFacts => !!x);
}

/**
 * No figure of the passage counts the claim's thing (within two words after it), and a sentence of the passage's
 * document gives the claim's value counting it.
 */
function givenElsewhereInStory(claim: Claim, best: Alignment, q: Quantity, thing: string, rivals: readonly Quantity[], source: SentenceFacts): boolean {
  if (rivals.some(n => thingsAfter(source, n, 2).includes(thing))) return false;
  return claim.corpus.docs[best.ref.doc].facts.sentences.some(s => s.quantities.some(n => sameKind(n, q) && sameValue(n, q) && thingsAfter(s, n, 2).includes(thing)));
}

/** The draft's count of times with its "kali" where the source's is "sekali", so the fix reads "sekali", not "sekali kali". */
function withTimes(s: SentenceFacts, q: Quantity, source: Quantity): Span & { text: string } {
  const next = s.tokens.find(t => t.start >= q.end && t.kind === 'word');
  if (source.text.toLowerCase() !== 'sekali' || next?.norm !== 'kali') return q;
  return { start: q.start, end: next.end, text: s.text.slice(q.start - s.start, next.end - s.start) };
}

/** A sentence of the documents the claim aligns with that corrects the claim's figure for its thing (correctionAfter). */
function laterCorrection(claim: Claim, q: Quantity, thing: string): { a: Alignment; to: Quantity } | undefined {
  const s = sentenceOfEvidenceDocs(claim, x => {
    const c = correctionAfter(x);
    return !!c && sameKind(c.from, q) && sameValue(c.from, q) && x.words.some(w => w.stem === thing);
  });
  const a = s && alignmentOf(claim, s);
  return a && { a, to: correctionAfter(s!)!.to };
}
