import { DateMention, Span } from '../types';
import { Claim } from './types';
import { SentenceFacts } from '../facts/analyze';
import { closesSpan, isDatelineDate } from '../facts/dates';
import { Alignment, alignmentAt } from '../index/support';
import { mayBeRelativeYear, relativeTo } from './relative-year';
import { verbLike } from './inserted-word';

// Which passage dates the claim's event, for the date check (date-check.ts): the fields two dates share, the words
// right before a date (what it dates), and the aligned passages other than the best that date the claim's words.

/** Alignment strong enough that a differing figure or date is a mismatch rather than a different topic. */
export const ALIGNED = 0.6;
/** How many sentences either side of an aligned passage still count as its context for a figure or a date. */
export const DOC_REACH = 5;

export type DateField = 'year' | 'month' | 'weekday' | 'season' | 'day';
export const FIELDS: DateField[] = ['year', 'month', 'day', 'weekday', 'season'];

/** The decade a date falls in: its own ("the 1990s"), or its year's. */
const decadeOf = (d: DateMention): number | undefined => d.decade ?? (d.year === undefined ? undefined : d.year - (d.year % 10));

/** Whether two dates fall in one decade, one of them a decade ("the 1990s", "1995"); undefined where neither is one. */
function sameDecade(a: DateMention, b: DateMention): boolean | undefined {
  if (a.decade === undefined && b.decade === undefined) return undefined;
  const x = decadeOf(a), y = decadeOf(b);
  return x === undefined || y === undefined ? undefined : x === y;
}

/** Fields both dates state; they agree when every shared field is equal. */
export function agrees(a: DateMention, b: DateMention): boolean {
  const shared = FIELDS.filter(f => a[f] !== undefined && b[f] !== undefined), decade = sameDecade(a, b);
  return (shared.length > 0 || decade !== undefined) && shared.every(f => a[f] === b[f]) && decade !== false && (!a.part || !b.part || a.part === b.part);
}

/** Dates that differ in a field both state, or in the part of the same month ("akhir Februari", "awal Februari"). */
export function conflicts(a: DateMention, b: DateMention): boolean {
  const shared = FIELDS.filter(f => a[f] !== undefined && b[f] !== undefined);
  if (shared.some(f => a[f] !== b[f]) || sameDecade(a, b) === false) return true;
  return shared.includes('month') && !shared.includes('day') && !!a.part && !!b.part && a.part !== b.part;
}

/**
 * The passage's weekday where it dates the event by that alone, for a claim's month or year that nothing around the
 * passage gives (checkDates asks that first): "pada hari Jumat, Beijing mengumumkan … Qin Gang … dipromosikan" does
 * not say "pada bulan Juni". A month or year the passage gives relative to when it was written ("bulan lalu") may be
 * the claim's.
 */
export function onlyByWeekday(source: SentenceFacts, d: DateMention): DateMention | undefined {
  const coarse = (['year', 'month'] as const).filter(f => d[f] !== undefined);
  if (!coarse.length || coarse.some(f => relativeTo(source, f))) return undefined;
  return source.dates.find(n => n.weekday !== undefined && n.year === undefined && n.month === undefined && n.day === undefined);
}

/** Share of the claim a passage other than the best must state to give the evidence for a year or month found wrong. */
const WEEKDAY_ELSEWHERE = 0.5;

/**
 * For a claim's year or month that the best passage dates by a weekday alone (onlyByWeekday): another passage among
 * the claim's candidates, best first, that gives the year or month itself, otherwise, none said relative to its
 * writing. "Putin dan Xi mendeklarasikan kemitraan “tanpa batas” pada tahun 2021" is wrong by "… yang menyatakan
 * kemitraan “tanpa batas” beberapa minggu sebelum invasi Februari 2022", not by the Thursday of the summit that
 * reaffirmed it: the finding stands either way, the evidence and the fix are those of the year.
 */
export function coarseElsewhere(claim: Claim, d: DateMention): { a: Alignment; n: DateMention } | undefined {
  const coarse = (['year', 'month'] as const).filter(f => d[f] !== undefined);
  for (const a of claim.evidence.slice(1)) {
    if (a.coverage < WEEKDAY_ELSEWHERE) continue;
    const s = claim.corpus.sentence(a.ref);
    if (coarse.some(f => relativeTo(s, f))) continue;
    const n = s.dates.find(x => coarse.some(f => x[f] !== undefined && x[f] !== d[f]));
    if (n) return { a, n };
  }
  return undefined;
}

/** The content words before a date, nearest first, leaving out words of dates ("tahun" of "tahun 1998"). */
export function wordsBeforeDate(s: SentenceFacts, d: Span): SentenceFacts['words'] {
  const inDate = (w: Span) => s.dates.some(x => w.start >= x.start && w.end <= x.end);
  // A date set off by a comma at the sentence's end dates its main clause, as an Indonesian lead does ("Polres …
  // memeriksa direktur CV …, kontraktor yang mengerjakan rehabilitasi SD Negeri 4 Rantau Pandan, Kamis (16/10)."):
  // the act is the one before the first comma, not the school named right before the date.
  const to = datelineClauseEnd(s, d) ?? d.start;
  return s.words.filter(w => w.end <= to && !w.stop && !inDate(w) && /\p{L}/u.test(w.norm)).reverse();
}

/** For a date a comma sets off at the sentence's end, where the sentence's first clause ends; else undefined. */
function datelineClauseEnd(s: SentenceFacts, d: Span): number | undefined {
  const i = s.tokens.findIndex(t => t.start >= d.start);
  if (i < 1 || s.tokens[i - 1].norm !== ',') return undefined;
  if (s.tokens.some(t => t.start >= d.end && t.kind !== 'punct')) return undefined;
  const comma = s.tokens.find(t => t.norm === ',' && t.start < s.tokens[i - 1].start);
  return comma?.start;
}

/**
 * In the other aligned passages, best first, for a best passage that dates nothing: a date that conflicts with the
 * claim's, for the same act of the same named thing ("mendirikan SCO pada tahun 2005" against "SCO … didirikan pada
 * tahun 2001" where the best passage is about the Cold War the claim opens with). The claim names the thing right
 * before its date and the act right before that; the passage has the thing, and the act within two words before its
 * date. Without a name there ("Album tersebut dirilis pada tahun 2013") another passage may date another album, so
 * such a passage must hold more of the claim (unnamedSameWords); a year right after a name alone ("Piala Dunia 2002") says which of the things, not when something was done.
 */
export function otherDate(claim: Claim, d: DateMention): { a: Alignment; n: DateMention } | undefined {
  const cs = claim.sentence;
  const inName = (w: Span) => cs.names.some(m => w.start >= m.start && w.end <= m.end);
  const before = wordsBeforeDate(cs, d);
  const k = before.findIndex(w => !inName(w));
  if (k < 0) return undefined;
  if (k === 0) return unnamedSameWords(claim, d);
  const named = before.slice(0, k).map(w => w.stem), act = before[k].stem;
  for (const a of claim.evidence.slice(1)) {
    if (a.coverage < ALIGNED) continue;
    const s = claim.corpus.sentence(a.ref);
    if (!named.every(st => s.words.some(w => w.stem === st))) continue;
    const n = s.dates.find(x => conflicts(x, d) && wordsBeforeDate(s, x).slice(0, 2).some(w => w.stem === act));
    if (n) return { a, n };
  }
  return undefined;
}

/**
 * For an undated best passage, the sentence right before it in its story when that one dates the same event: it
 * shares the claim's subject (its first content word) and gives a date that conflicts with the claim's, while no
 * sentence beside the passage gives the claim's. "The jury reached its verdict on Monday" against "A jury in Lindford
 * on Friday found Victor Hale … guilty …" followed by "The jury deliberated for two days before reaching its
 * verdict …": a story dates its event once, where it first tells it.
 */
export function datedBefore(claim: Claim, d: DateMention): { a: Alignment; n: DateMention } | undefined {
  const best = claim.evidence[0];
  const subject = claim.sentence.words.find(w => !w.stop && /\p{L}/u.test(w.norm) && !claim.sentence.dates.some(x => w.start >= x.start && w.end <= x.end));
  if (!best || best.coverage < ALIGNED || !subject) return undefined;
  const story = claim.corpus.docs[best.ref.doc].facts.sentences, at = best.ref.sentence;
  const before = story[at - 1];
  if (!before || story.slice(Math.max(0, at - 1), at + 2).some(s => s.dates.some(x => agrees(x, d)))) return undefined;
  if (!before.words.some(w => w.stem === subject.stem)) return undefined;
  const n = before.dates.find(x => conflicts(x, d));
  return n && { a: alignmentAt(best.ref.doc, at - 1), n };
}

/** How many content words right before a date are compared (the claim's, a passage's), and how many must be shared. */
const CLAIM_LEAD = 5, DATE_LEAD = 3; export const DATE_LEAD_SHARED = 2;

/** The stems of the claim's content words right before a date or a time: what it dates. */
export function claimLead(s: SentenceFacts, span: Span): Set<string> {
  return new Set(wordsBeforeDate(s, span).slice(0, CLAIM_LEAD).map(w => w.stem));
}

/** How many of the `reach` content words right before a passage's date or time are in the claim's lead. */
export function sharedLead(s: SentenceFacts, span: Span, lead: ReadonlySet<string>, reach = DATE_LEAD): number {
  return wordsBeforeDate(s, span).slice(0, reach).filter(w => lead.has(w.stem)).length;
}

/** How many of the content words either side of a passage's date (DATE_LEAD each way) are in the claim's lead. */
function sharedAround(s: SentenceFacts, span: Span, lead: ReadonlySet<string>): number {
  const inDate = (w: Span) => s.dates.some(x => w.start >= x.start && w.end <= x.end);
  const after = s.words.filter(w => w.start >= span.end && !w.stop && !inDate(w) && /\p{L}/u.test(w.norm)).slice(0, DATE_LEAD);
  return sharedLead(s, span, lead) + after.filter(w => lead.has(w.stem)).length;
}

/** A passage that holds this much of the claim and more is about its event, even with no name to tell. */
const NEARLY_ALL = 0.9;
/** Content words right before the dates both must share where no name tells whose act is dated. */
const UNNAMED_SHARED = 3;

/**
 * otherDate for a claim that names nothing right before its date ("Konferensi video akhir tahun itu diadakan pada
 * hari Senin" where the story has "mengadakan konferensi video bersama pada hari Jumat"): only a passage that holds
 * nearly all of the claim, whose date has three of the claim's five content words right before it (one more than
 * sameWordsDate asks, for want of the name), and that gives no date agreeing with the claim's. A passage that
 * merely shares the act ("dirilis pada tahun 2010" of another album) holds neither enough of the claim nor of those
 * words.
 */
function unnamedSameWords(claim: Claim, d: DateMention): { a: Alignment; n: DateMention } | undefined {
  const lead = claimLead(claim.sentence, d);
  for (const a of claim.evidence.slice(1)) {
    if (a.coverage < NEARLY_ALL) continue;
    const s = claim.corpus.sentence(a.ref);
    if (s.dates.some(x => agrees(x, d))) return undefined;
    const n = s.dates.find(x => conflicts(x, d) && sharedLead(s, x, lead, DATE_LEAD + 1) >= UNNAMED_SHARED);
    if (n) return { a, n };
  }
  return undefined;
}

/**
 * For a claim that names no one right before its date: a passage that states nearly all of the claim and dates the
 * claim's act itself otherwise: the claim's content word nearest its date among the passage's three before its date
 * and two of them shared, or, for the passage's only date, two of the claim's words among the three either side. "Members of the nurses' union voted on Tuesday to reject the plan"
 * against "… said members voted 212 to 48 on Monday to reject the plan": the minister who spoke on Tuesday two
 * sentences later dates something else, though his Tuesday stands near the passage. None when such a passage gives
 * the claim's date.
 */
export function unnamedActDate(claim: Claim, d: DateMention): { a: Alignment; n: DateMention } | undefined {
  const act = wordsBeforeDate(claim.sentence, d)[0]?.stem;
  if (!act) return undefined;
  const lead = claimLead(claim.sentence, d);
  const stating = claim.evidence.filter(a => a.coverage >= NEARLY_ALL).map(a => ({ a, s: claim.corpus.sentence(a.ref) }));
  if (stating.some(({ s }) => s.dates.some(x => agrees(x, d)))) return undefined;
  for (const { a, s } of stating) {
    // A passage's only date dates what it tells, put before its verb or after ("The regulator on Monday approved …").
    // Not where it also dates by the writing ("won the cup this year, building on 2018"): that is another date.
    const relative = FIELDS.some(f => d[f] !== undefined && relativeTo(s, f));
    // A passage that states nearly all of the claim and ends on its only date dates that whole, whatever words stand
    // between ("Kementerian Sosial mengirimkan bantuan … di Kabupaten Sarolangun, Jambi, pada Selasa (14/1)").
    // Not a dateline's day ("TIRTAWANGI, Selasa (11/8/2026) - …"), nor a span's end after one ("hingga akhir Februari").
    const dates = s.dates.some(x => isDatelineDate(s.tokens, x)) ? s.dates.filter(x => !isDatelineDate(s.tokens, x) && !closesSpan(s.tokens, x)) : s.dates;
    const closing = a.coverage >= NEARLY_ALL && !s.words.some(w => !w.stop && w.start >= dates[0]?.end);
    const only = !relative && dates.length === 1 && conflicts(dates[0], d) && (closing || sharedAround(s, dates[0], lead) >= DATE_LEAD_SHARED) ? dates[0] : undefined;
    const n = only ?? dates.find(x => conflicts(x, d) && wordsBeforeDate(s, x).slice(0, DATE_LEAD).some(w => w.stem === act) && sharedLead(s, x, lead) >= DATE_LEAD_SHARED);
    if (n) return { a, n };
  }
  return undefined;
}

/**
 * The aligned passages that date the claim's own words, told by the content words right before each date, among
 * them the claim's name nearest its date: a conflicting date of such a passage ("Pada pertemuan puncak di Beijing
 * pada hari Kamis" for "… di Beijing berlangsung pada hari Rabu", where the best passage is about a summit in
 * Teheran), and whether any such passage agrees with the claim's date instead.
 */
export function sameWordsDate(claim: Claim, d: DateMention, evidence: readonly Alignment[]): { a: Alignment; n: DateMention; agreed: boolean } | undefined {
  const cs = claim.sentence;
  const lead = wordsBeforeDate(cs, d).slice(0, CLAIM_LEAD);
  const named = lead.filter(w => cs.names.some(m => w.start >= m.start && w.end <= m.end)).map(w => w.stem);
  if (!named.length) return undefined;
  const stems = claimLead(cs, d);
  let found: { a: Alignment; n: DateMention; agreed: boolean } | undefined;
  for (const a of evidence) {
    if (a.coverage < ALIGNED) continue;
    const s = claim.corpus.sentence(a.ref);
    for (const n of s.dates) {
      const before = wordsBeforeDate(s, n), theirs = before.slice(0, DATE_LEAD).map(w => w.stem);
      // Where a name stands right before the claim's date, a date with another name right before it is that name's
      // ("Latakia pada tahun 1287 dan Tripoli pada tanggal 27 April 1289").
      if (lead[0]?.cap && before[0]?.cap && before[0].stem !== lead[0].stem) continue;
      // The claim's name nearest its date must stand there too: "Xi … bertemu pada hari Kamis" dates Xi's meeting
      // with Putin, not the one "dengan … Erdogan".
      if (theirs.filter(st => stems.has(st)).length < DATE_LEAD_SHARED || !theirs.includes(named[0])) continue;
      // A year written right after a name labels an edition of it ("Piala Sudirman 2015", "Asian Games 2018"): it
      // dates that edition, not what the claim says of the name, unless the claim labels one the same way; a
      // dateline's day ("TIRTA JAYA, Selasa (11/8/2026) - …"), after its city's name, dates no words either.
      if ((labelsName(s, n) && !labelsName(cs, d)) || isDatelineDate(s.tokens, n)) continue;
      // A day the claim gives these words with another date of its own ("memanggil … Rabu (8/4/2026)") is no rival.
      if (cs.dates.some(o => o !== d && o.day !== undefined && agrees(n, o))) continue;
      // A passage that gives the claim's date anywhere may be giving it for these words ("Pada tanggal 28 Juli 2016,
      // logo … Asian Games 2018 diresmikan"), unless its own words say the date is another act's (anotherActs).
      if (s.dates.some(x => agrees(x, d)) && !anotherActs(s, n, d, cs, stems)) return { a, n, agreed: true };
      if (conflicts(n, d)) found ??= { a, n, agreed: false };
    }
  }
  return found;
}

/** Whether a date is a year alone written right after a capitalised word of a name, with only a space between. */
function labelsName(s: SentenceFacts, d: DateMention): boolean {
  if (d.year === undefined || d.month !== undefined || d.day !== undefined || d.weekday !== undefined || d.season !== undefined) return false;
  const prev = s.tokens.filter(t => t.end <= d.start).at(-1);
  return !!prev && prev.kind === 'word' && prev.cap && /^ +$/.test(s.text.slice(prev.end - s.start, d.start - s.start))
    && s.names.some(m => prev.start >= m.start && prev.end <= m.end);
}

/**
 * Whether a passage's date `n` conflicting with the claim's date `d` is the one of the claim's act and every date of
 * the passage agreeing with `d` is of another act: "was built in 1961 and last strengthened in 1994" for "was built
 * in 1994". The content word right before a date is its act; the claim's must stand right before `n`, and right
 * before each agreeing date must stand a verb that is none of the claim's words.
 */
function anotherActs(s: SentenceFacts, n: DateMention, d: DateMention, claim: SentenceFacts, lead: ReadonlySet<string>): boolean {
  const act = wordsBeforeDate(claim, d)[0];
  if (!act || !conflicts(n, d) || wordsBeforeDate(s, n)[0]?.stem !== act.stem) return false;
  const stems = new Set(claim.words.map(w => w.stem));
  return s.dates.every(x => {
    if (!agrees(x, d)) return true;
    const own = wordsBeforeDate(s, x)[0];
    // A name right before a date is what is dated, not an act ("merebut Latakia pada tahun 1287 dan Tripoli pada
    // tanggal 27 April 1289"): the agreeing date is then another name's, one the claim does not use.
    if (act.cap) return !!own && own.cap && !stems.has(own.stem);
    return !!own && verbLike(own) && !stems.has(own.stem) && !lead.has(own.stem);
  });
}

/**
 * The claim's years and months (as the draft writes them) that a passage's stretch of its document (DOC_REACH
 * sentences either side, as for figures) does not give: no date there agrees, and no year or month is said
 * relative to the writing ("tahun lalu"). A passage about the event that dates nothing near it does not back the
 * claim's date for it: "Kongres AS menyetujui paket bantuan US$61 miliar … pada tahun 2022" where the story has
 * the package approved "bulan lalu" and 2022 only for the invasion, twelve sentences earlier.
 */
export function undatedIn(claim: Claim, a: Alignment): string[] {
  const coarse = claim.sentence.dates.filter(d => d.year !== undefined || d.month !== undefined);
  if (!coarse.length) return [];
  const story = claim.corpus.docs[a.ref.doc].facts.sentences;
  const near = story.slice(Math.max(0, a.ref.sentence - DOC_REACH), a.ref.sentence + DOC_REACH + 1);
  return coarse.filter(d => !near.some(s => s.dates.some(n => agrees(n, d)) ||
    (d.year !== undefined && relativeTo(s, 'year') && mayBeRelativeYear(story, d.year)) ||
    (d.month !== undefined && relativeTo(s, 'month')))).map(d => d.text);
}
