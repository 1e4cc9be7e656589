// Date mentions in a text: years, months, days, weekdays, seasons and "early/mid/late" parts, each merged with
// its neighbours into one mention ("awal Februari 2022", "Kamis, 16 Mei 2024") so that a checker compares the
// whole date a sentence gives, not its pieces one by one.

import type { DateMention, Lang, Span, Token } from '../types';
import { PART_NOUNS_EN, PART_WORDS, SEASONS_EN, monthOf, weekdayOf } from './calendar-words';
import {
  type Piece, readDay, readMonth, readNumericDate, readSeason, readWeekday, readYear,
} from './date-pieces';
import { type MentionToken, isDash, scanMentionTokens, touches } from './mention-tokens';

export { isLikelyYear } from './years';

/**
 * All date mentions in `text`, sorted by offset and non-overlapping. Spans include cue words that belong to the
 * date ("hari Kamis", "bulan Oktober", "tahun 2001", "awal Juli", "Kamis sore") but not prepositions ("pada").
 * `tokens` are scanMentionTokens(text) when the caller has them already (the number reader wants them too).
 */
export function extractDates(text: string, lang: Lang, tokens: MentionToken[] = scanMentionTokens(text)): DateMention[] {
  const mentions: DateMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (!mayOpenDate(tokens[i], lang)) {
      i += 1;
      continue;
    }
    const found = readWithPart(text, tokens, i, lang) ?? readWeekdayDate(text, tokens, i, lang) ??
      readCalendarDate(text, tokens, i, lang) ?? readSeasonDate(text, tokens, i, lang);
    if (found === undefined) {
      i += 1;
      continue;
    }
    if (namesDecade(tokens, i, found)) {
      i = found.last + 1;
      continue;
    }
    const start = tokens[i].start;
    const end = tokens[found.last].end;
    mentions.push({ start, end, text: text.slice(start, end), ...found.fields });
    i = found.last + 1;
  }
  return mentions;
}

/** Words before a year that make it a decade or an era ("era 2000", "dekade 1980"): no one year of it is meant. */
const DECADE_WORDS = new Set(['era', 'dekade', 'dasawarsa', 'decade']);

function namesDecade(tokens: readonly MentionToken[], k: number, found: Piece): boolean {
  const f = found.fields;
  return f.year !== undefined && f.month === undefined && f.day === undefined && f.weekday === undefined && f.season === undefined &&
    DECADE_WORDS.has(tokens[k - 1]?.lower ?? '');
}

/** Cue words a date may open with: "tanggal 17", "bulan Mei", "tahun 2023", "hari Kamis", "musim semi". */
const DATE_CUES = new Set(['tanggal', 'tgl', 'bulan', 'tahun', 'hari', 'musim']);

/**
 * Whether a date can start at this token, by what every reader below asks of its first token: a number, a cue
 * word, a part word ("awal", "the end of"), a season, or a capitalised month or weekday. Most tokens are none of
 * these, and four readers tried on each were a tenth of analysing a source.
 */
function mayOpenDate(t: MentionToken, lang: Lang): boolean {
  if (t.kind === 'digits') return true;
  if (t.kind !== 'word') return false;
  if (DATE_CUES.has(t.lower) || PART_WORDS.get(t.lower) !== undefined) return true;
  if (lang === 'en' && (PART_NOUNS_EN.get(t.lower) !== undefined || SEASONS_EN.get(t.lower) !== undefined)) return true;
  return t.cap && (monthOf(t.text, true) !== undefined || weekdayOf(t.text, true) !== undefined);
}

/** Fields of both pieces; the second one's last token ends the mention. */
function join(a: Piece, b: Piece | undefined): Piece {
  return b === undefined ? a : { fields: { ...a.fields, ...b.fields }, last: b.last };
}

/** "awal Juli", "akhir tahun 2023", "pertengahan Mei 2024", "early 2023", "mid-July", "the end of June". */
function readWithPart(text: string, tokens: MentionToken[], k: number, lang: Lang): Piece | undefined {
  const t = tokens[k];
  if (t === undefined || t.kind !== 'word') return undefined;
  let part = PART_WORDS.get(t.lower);
  let next = k + 1;
  if (part !== undefined && isDash(tokens[next]) && touches(t, tokens[next])) next += 1; // "mid-July"
  if (part === undefined && lang === 'en' && tokens[k + 1]?.lower === 'of') {
    part = PART_NOUNS_EN.get(t.lower);
    next = k + 2;
  }
  if (part === undefined) return undefined;
  const target = readMonthDate(text, tokens, next, lang) ?? readYear(text, tokens, next) ??
    readSeasonDate(text, tokens, next, lang);
  return target === undefined ? undefined : { fields: { part, ...target.fields }, last: target.last };
}

/**
 * A weekday and what the sentence attaches to it: "Kamis, 16 Mei 2024", "Kamis (16/5)", "Monday, May 13",
 * or just "pada hari Jumat", "Kamis sore".
 */
function readWeekdayDate(text: string, tokens: MentionToken[], k: number, lang: Lang): Piece | undefined {
  const weekday = readWeekday(tokens, k);
  if (weekday === undefined) return undefined;
  const j = weekday.last + 1;
  const t = tokens[j];
  if (t === undefined) return weekday;
  if (t.text === '(') {
    const inside = readNumericDate(tokens, j + 1, lang);
    if (inside !== undefined && tokens[inside.last + 1]?.text === ')') {
      return join(weekday, { fields: inside.fields, last: inside.last + 1 });
    }
    return weekday;
  }
  const from = t.text === ',' ? j + 1 : j;
  const date = readDayDate(text, tokens, from, lang) ?? readMonthDate(text, tokens, from, lang);
  return date !== undefined && date.fields.day !== undefined ? join(weekday, date) : weekday;
}

/** A date without a weekday or part: numeric, day-first, month-first, or a year alone. */
function readCalendarDate(text: string, tokens: MentionToken[], k: number, lang: Lang): Piece | undefined {
  return readNumericDate(tokens, k, lang) ?? readDayDate(text, tokens, k, lang) ??
    readMonthDate(text, tokens, k, lang) ?? readYear(text, tokens, k);
}

/** "17 Agustus 1945", "tanggal 17 Agustus", "17 May 2024", "17th of May". */
function readDayDate(text: string, tokens: MentionToken[], k: number, lang: Lang): Piece | undefined {
  const cue = tokens[k]?.lower === 'tanggal' || tokens[k]?.lower === 'tgl' ? 1 : 0;
  const day = readDay(tokens, k + cue);
  if (day === undefined) return undefined;
  let j = day.last + 1;
  if (lang === 'en' && tokens[j]?.lower === 'of') j += 1;
  const month = readMonth(tokens, j);
  if (month === undefined) return undefined;
  const withMonth = join(day, month);
  return join(withMonth, readYear(text, tokens, month.last + 1));
}

/** "Oktober", "bulan Oktober 2019", "Februari 2022", "May 17, 2024", "Sept. 2023". */
function readMonthDate(text: string, tokens: MentionToken[], k: number, lang: Lang): Piece | undefined {
  const month = readMonth(tokens, k);
  if (month === undefined) return undefined;
  let found: Piece = month;
  // English puts the day after the month ("May 17, 2024"); Indonesian never does.
  const day = lang === 'en' ? readDay(tokens, month.last + 1) : undefined;
  if (day !== undefined) {
    found = join(found, day);
    const comma = tokens[day.last + 1]?.text === ',' ? 1 : 0;
    const year = readYear(text, tokens, day.last + 1 + comma);
    if (year !== undefined) found = join(found, year);
  } else {
    found = join(found, readYear(text, tokens, month.last + 1));
  }
  return found === month && !month.standsAlone ? undefined : found;
}

/** "musim semi", "musim dingin 2022", "spring 2023", "the spring of 2023". */
function readSeasonDate(text: string, tokens: MentionToken[], k: number, lang: Lang): Piece | undefined {
  const season = readSeason(tokens, k, lang);
  if (season === undefined) return undefined;
  const of = lang === 'en' && tokens[season.last + 1]?.lower === 'of' ? 1 : 0;
  const year = readYear(text, tokens, season.last + 1 + of);
  return year === undefined ? season : join(season, year);
}

/**
 * Whether a date is a dateline's ("TIRTAWANGI, Selasa (11/8/2026) - …"): after the city in capitals and a comma, with
 * a dash after it. It gives the day the story was filed, which need not be the day of what the story tells.
 */
export function isDatelineDate(tokens: readonly Token[], d: Span): boolean {
  // The comma and the capitals first: most dates stand far into their sentence, and fail on the token before them.
  const at = tokens.findIndex(t => t.start >= d.start);
  if (at < 2 || tokens[at - 1].text !== ',') return false;
  for (let i = 0; i < at - 1; i++) if (tokens[i].kind !== 'word' || tokens[i].text !== tokens[i].text.toUpperCase()) return false;
  const after = tokens.find(t => t.start >= d.end);
  return !!after && /^[-\u2013\u2014]$/.test(after.text);
}

const SPAN_ENDS: ReadonlySet<string> = new Set(['hingga', 'sampai', 'until', 'till']);

/** Whether a date closes a span ("hingga akhir Februari", "until March"): the span's end, not when it was decided. */
export function closesSpan(tokens: readonly Token[], d: Span): boolean {
  let i = tokens.findIndex(t => t.start >= d.start) - 1;
  while (i >= 0 && tokens[i].kind !== 'word') i--;
  return i >= 0 && SPAN_ENDS.has(tokens[i].norm);
}
