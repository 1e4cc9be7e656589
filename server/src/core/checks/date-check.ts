import { Claim, Finding } from './types';
import { DateMention, Span } from '../types';
import { Alignment } from '../index/support';
import { SentenceFacts, sentenceAt } from '../facts/analyze';
import { isDatelineDate } from '../facts/dates';
import { byOwnWords, context, mismatch } from './figure-finding';
import { mayBeRelativeYear, relativeTo } from './relative-year';
import { relativePeriodMismatches } from './relative-period';
import { ALIGNED, agrees, coarseElsewhere, datedBefore, unnamedActDate, conflicts, DateField, FIELDS, onlyByWeekday, otherDate, sameWordsDate } from './date-passages';

// Dates against the passage that otherwise supports the sentence: a date conflicts only with a date of the same
// field (a weekday with a weekday, a month with a month), and a claim whose date agrees with one near any aligned
// passage is fine. Which passage dates the claim's event is date-passages.ts's to tell.

export function checkDates(given: Claim): Finding[] {
  const claim = byOwnWords(given);
  const first = claim.evidence[0];
  if (!first || first.coverage < ALIGNED) return [];
  const findings: Finding[] = [];
  // A headline dates nothing ("Kebakaran Landa RSUD …"), nor does a passage that tells the event without its day
  // ("tawuran pecah sekitar pukul 15.40 WIB"): the story's lead, aligned too, dates its event, for a claim that
  // dates one to a day ("berdiri sejak 1982" is the school's history, not the lead's news).
  const firstSource = claim.corpus.sentence(first.ref), daily = claim.sentence.dates.some(d => d.day !== undefined || d.weekday !== undefined);
  const lead = daily && (firstSource.headline || !firstSource.dates.length) ? datedLead(claim, first) : undefined;
  // Below a headline, the lead must state the claim about as well as the undated passage: else it may date another event.
  const best = lead && (firstSource.headline || lead.coverage >= first.coverage - LEAD_TIED) ? lead : first;
  const source = claim.corpus.sentence(best.ref);
  const nearby = context(claim, best).flatMap(s => s.dates.filter(n => !filedOn(s, n)));
  for (const d of claim.sentence.dates) {
    // "by Wednesday" ends the span a passage starts "Since Sunday night": two ends of one span are no conflict.
    const report = (a: Alignment, n: Span & { text: string }) => {
      const story = claim.corpus.docs[a.ref.doc].facts.sentences;
      if (!otherEnds(story[sentenceAt(story, n.start)], n, claim.sentence, d)) findings.push(mismatch(claim, a, 'date-mismatch', d, n));
    };
    // A passage that dates the claim's own words otherwise outweighs an agreeing date of something else nearby:
    // "Xi bertemu dengan … Erdogan pada hari Kamis" where the story meets Lukashenko on Thursday, Erdogan on Friday.
    const same = sameWordsDate(claim, d, claim.evidence);
    if (same && !same.agreed) { report(same.a, same.n); continue; }
    const acted = same ? undefined : unnamedActDate(claim, d);
    if (acted) { report(acted.a, acted.n); continue; }
    // Where the passage gives the day otherwise ("Monday, May 5" for the claim's "Monday, May 12"), only a date that
    // gives the day agrees: the story's "on Monday" of another week does not.
    const dayOtherwise = d.day !== undefined && source.dates.some(n => n.day !== undefined && n.day !== d.day);
    if (nearby.some(n => agrees(n, d) && (!dayOtherwise || n.day !== undefined))) continue;
    if (!source.dates.length) {
      const other = otherDate(claim, d) ?? datedBefore(claim, d);
      if (other) report(other.a, other.n);
      continue;
    }
    const conflicting = source.dates.find(n => conflicts(n, d) && !otherEnds(source, n, claim.sentence, d)), byWeekday = conflicting ? undefined : onlyByWeekday(source, d);
    const elsewhere = byWeekday && coarseElsewhere(claim, d);
    if (elsewhere) { report(elsewhere.a, elsewhere.n); continue; }
    const rival = conflicting ?? byWeekday;
    // Another aligned passage that states the claim's date in its own sentence may be the one about the claim: the
    // closest passage's other date is then no mismatch ("580.000 jiwa (2005)" in the sentence of another town's
    // "244.625 jiwa (2001)", the town's name misspelt in the claim).
    if (rival && stated(claim, d)) continue;
    const story = () => claim.corpus.docs[best.ref.doc].facts.sentences;
    const relative = (f: DateField) => relativeTo(source, f) && (f !== 'year' || d.year === undefined || mayBeRelativeYear(story(), d.year));
    if (!rival || FIELDS.some(f => d[f] !== undefined && rival[f] !== undefined && d[f] !== rival[f] && relative(f))) continue;
    if (rival === byWeekday && weekdayOfStoryWeek(story(), d, rival)) continue;
    report(best, rival);
  }
  for (const m of relativePeriodMismatches(claim)) findings.push(mismatch(claim, m.a, 'date-mismatch', m.draft, m.source));
  return findings;
}

/**
 * Whether a passage found for the claim, other than the closest, states the date in its own sentence and is about
 * the claim: aligned as well as a date needs, or stating every other figure of the claim too.
 */
function stated(claim: Claim, d: DateMention): boolean {
  const values = claim.sentence.quantities.map(q => q.value);
  return claim.evidence.slice(1).some(a => {
    const x = claim.corpus.sentence(a.ref);
    // As precise as the claim's: "on Monday" of another passage does not state "Monday, May 12".
    if (!x.dates.some(n => agrees(n, d) && FIELDS.every(f => d[f] === undefined || n[f] !== undefined) && !filedOn(x, n))) return false;
    return a.coverage >= ALIGNED || (values.length > 0 && values.every(v => x.quantities.some(q => q.value === v)));
  });
}

/** Words right before a date that make it the start of a span, or its end. */
const STARTS: ReadonlySet<string> = new Set(['since', 'from', 'sejak', 'mulai', 'semenjak']);
const ENDS: ReadonlySet<string> = new Set(['by', 'until', 'till', 'through', 'hingga', 'sampai']);

/** Whether a date opens ('start') or closes ('end') a span, by the word right before it. */
function endOf(s: SentenceFacts, d: Span): 'start' | 'end' | undefined {
  const before = s.tokens.filter(t => t.end <= d.start && t.kind === 'word').at(-1)?.norm ?? '';
  return STARTS.has(before) ? 'start' : ENDS.has(before) ? 'end' : undefined;
}

/** Whether the two dates are the two ends of a span, one its start and the other its end. */
function otherEnds(source: SentenceFacts, n: Span, claim: SentenceFacts, d: Span): boolean {
  const a = endOf(source, n), b = endOf(claim, d);
  return !!a && !!b && a !== b;
}

/** How much less of the claim than an undated passage the story's lead may state and still date the claim's event. */
const LEAD_TIED = 0.05;

/**
 * Another aligned passage of the story's lead (its first sentences) that holds a date; else another story's dated
 * lead that states the claim about as well: "Hendra Wicaksono dinonaktifkan … sejak Senin" is as close to a
 * follow-up's undated "Hendra Wicaksono resmi dicopot dari jabatan kepala sekolah …" as to the first story's lead,
 * which dates the act ("… menonaktifkan Kepala SMP Negeri 3 Tirtamulya, Hendra Wicaksono, sejak Rabu …").
 */
function datedLead(claim: Claim, undated: Alignment): Alignment | undefined {
  const dated = (a: Alignment) => a !== undated && a.ref.sentence < DATELINE_SENTENCES && a.coverage >= ALIGNED && claim.corpus.sentence(a.ref).dates.length > 0;
  return claim.evidence.find(a => a.ref.doc === undated.ref.doc && dated(a)) ?? claim.evidence.find(a => dated(a) && a.coverage >= undated.coverage - LEAD_TIED);
}

/**
 * Whether a date is the day a dateline says the story was filed ("TANJUNG SERUNI, Rabu (11/3/2026) - …") in a sentence
 * that dates its event otherwise ("… menjalani sidang perdana …, Selasa (10/3/2026)"): no date of the event.
 */
function filedOn(s: SentenceFacts, n: DateMention): boolean {
  return isDatelineDate(s.tokens, n) && s.dates.some(x => x !== n && x.day !== undefined);
}

/** Sentences of a story that may hold its dateline ("LEWARING, Selasa (14/10/2025) - …", after the headline). */
const DATELINE_SENTENCES = 3;

/**
 * Whether the claim's full date is the day a passage's weekday names in its story's week: "pada Selasa pagi" in a story
 * datelined "Selasa (14/10/2025)" is 14 October 2025, the dateline's day or one of the six before it, as news copy
 * names the days of its week.
 */
function weekdayOfStoryWeek(story: readonly SentenceFacts[], d: DateMention, weekday: DateMention): boolean {
  if (d.day === undefined || d.month === undefined || d.year === undefined || weekday.weekday === undefined) return false;
  const line = story.slice(0, DATELINE_SENTENCES).flatMap(x => x.dates).find(n => n.day !== undefined && n.month !== undefined && n.year !== undefined);
  if (!line) return false;
  const day = (x: DateMention) => Date.UTC(x.year!, x.month! - 1, x.day!) / 86_400_000;
  const before = day(line) - day(d);
  return before >= 0 && before < 7 && new Date(day(d) * 86_400_000).getUTCDay() === weekday.weekday;
}
