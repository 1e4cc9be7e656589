// The pieces a date mention is built from, each read at a token index: a day number, a month name, a year,
// a weekday, a season, a numeric date. Each reader returns the fields it found and the last token it used, or
// undefined; the grammar in dates.ts decides how pieces join into one mention.

import type { DateMention, Lang } from '../types';
import { SEASONS_EN, SEASONS_ID, TIME_OF_DAY, monthOf, weekdayOf } from './calendar-words';
import { type MentionToken, isDash, touches } from './mention-tokens';
import { isLikelyYear } from './years';

export type DateFields = Omit<DateMention, 'start' | 'end' | 'text'>;

export interface Piece {
  fields: DateFields;
  /** Index of the last token used. */
  last: number;
}

/** "17", "5", and in English "17th". Only 1–31, written without separators or leading junk. */
export function readDay(tokens: MentionToken[], k: number): Piece | undefined {
  const t = tokens[k];
  if (t === undefined || t.kind !== 'digits' || !/^\d{1,2}$/.test(t.text)) return undefined;
  const day = Number(t.text);
  if (day < 1 || day > 31) return undefined;
  const suffix = tokens[k + 1];
  if (touches(t, suffix) && suffix.kind === 'word') {
    return /^(st|nd|rd|th)$/.test(suffix.lower) ? { fields: { day }, last: k + 1 } : undefined;
  }
  return { fields: { day }, last: k };
}

/** A four-digit year as judged by `isLikelyYear`, optionally after "tahun" ("tahun 2023"). */
export function readYear(text: string, tokens: MentionToken[], k: number): Piece | undefined {
  const cue = tokens[k]?.lower === 'tahun' ? 1 : 0;
  const t = tokens[k + cue];
  if (t === undefined || t.kind !== 'digits') return undefined;
  const decade = readDecade(tokens, k + cue);
  if (decade) return decade;
  if (!isLikelyYear(text, t.start, t.end)) return undefined;
  return { fields: { year: Number(t.text) }, last: k + cue };
}

/**
 * A decade written as its first year and a suffix glued to it: "1990s", "1990's", "1950-an", "1950an". Four digits
 * ending in 0 within the years a story dates (1000–2099).
 */
function readDecade(tokens: MentionToken[], k: number): Piece | undefined {
  const t = tokens[k];
  if (!/^(?:1\d|20)\d0$/.test(t.text)) return undefined;
  let j = k + 1;
  // "1990's" and "1950-an": an apostrophe or a hyphen between, touching both sides.
  if ((tokens[j]?.text === "'" || tokens[j]?.text === '\u2019' || isDash(tokens[j])) && touches(t, tokens[j]) && touches(tokens[j], tokens[j + 1])) j++;
  const suffix = tokens[j];
  if (!suffix || suffix.kind !== 'word' || !touches(tokens[j - 1], suffix) || (suffix.lower !== 's' && suffix.lower !== 'an')) return undefined;
  return { fields: { decade: Number(t.text) }, last: j };
}

// Words before an English "May" that make it the month rather than Theresa May or the modal verb.
const MAY_CUES = new Set([
  'in', 'on', 'since', 'until', 'till', 'by', 'of', 'during', 'last', 'next', 'this', 'from', 'through',
  'early', 'mid', 'late', 'end', 'beginning', 'middle', 'start', 'bulan', 'pada', 'sejak', 'hingga', 'sampai',
  'awal', 'akhir', 'pertengahan', '-',
]);

export interface MonthPiece extends Piece {
  /** Whether the name may stand without a day or year next to it. */
  standsAlone: boolean;
}

/** "Oktober", "bulan Oktober", "Sept." — abbreviations and English "May" need a number beside them. */
export function readMonth(tokens: MentionToken[], k: number): MonthPiece | undefined {
  const cue = tokens[k]?.lower === 'bulan' ? 1 : 0;
  const t = tokens[k + cue];
  if (t === undefined || t.kind !== 'word') return undefined;
  const m = monthOf(t.text, t.cap);
  if (m === undefined) return undefined;
  let last = k + cue;
  const dot = tokens[last + 1];
  if (m.abbreviated && touches(t, dot) && dot.text === '.' && tokens[last + 2]?.kind === 'digits') last += 1;
  const before = cue === 1 ? 'bulan' : tokens[k - 1]?.lower ?? '';
  const standsAlone = !m.abbreviated && (t.lower !== 'may' || MAY_CUES.has(before));
  return { fields: { month: m.month }, last, standsAlone };
}

// After "Minggu" these make it "week" ("Minggu lalu", "minggu depan") rather than Sunday.
const WEEK_FOLLOWERS = new Set(['lalu', 'depan', 'ini', 'itu', 'ke', 'terakhir', 'kemarin', 'berikutnya', 'pertama']);
const SUNDAY_CUES = new Set(['hari', 'pada', 'sejak', 'hingga', 'sampai', 'setiap', 'tiap', ',', '(']);

/** "Kamis", "hari Kamis", "Kamis sore", "Monday morning". Returns the weekday and the last token used. */
export function readWeekday(tokens: MentionToken[], k: number): Piece | undefined {
  const cue = tokens[k]?.lower === 'hari' ? 1 : 0;
  const t = tokens[k + cue];
  if (t === undefined || t.kind !== 'word') return undefined;
  const weekday = weekdayOf(t.text, t.cap);
  if (weekday === undefined) return undefined;
  let last = k + cue;
  const next = tokens[last + 1];
  if (t.lower === 'minggu') {
    // Capitalised "Minggu" is also "week" at the start of a sentence; it is Sunday only with a cue around it.
    if (next !== undefined && WEEK_FOLLOWERS.has(next.lower)) return undefined;
    const before = cue === 1 ? 'hari' : tokens[k - 1]?.lower ?? '';
    const after = next?.lower ?? '';
    if (!SUNDAY_CUES.has(before) && after !== ',' && after !== '(' && !TIME_OF_DAY.has(after)) return undefined;
  }
  if (next !== undefined && next.kind === 'word' && TIME_OF_DAY.has(next.lower)) {
    last += 1;
    if (next.lower === 'dini' && tokens[last + 1]?.lower === 'hari') last += 1; // "dini hari"
  }
  return { fields: { weekday }, last };
}

// Capitalised season names that are events: "Olimpiade Musim Dingin", "Winter Olympics", "Arab Spring".
const EVENT_BEFORE = new Set(['olimpiade', 'paralimpiade', 'arab', 'prague', 'praha']);
const EVENT_AFTER = new Set(['olympics', 'olympic', 'games', 'paralympics', 'arab']);
const FALL_CUES = new Set(['the', 'this', 'last', 'next', 'early', 'late', 'mid', 'in']);

/** "musim semi", "musim dingin"; in English "spring", "the fall" ("fall" only with a cue). */
export function readSeason(tokens: MentionToken[], k: number, lang: Lang): Piece | undefined {
  const t = tokens[k];
  if (t === undefined || t.kind !== 'word') return undefined;
  const before = tokens[k - 1]?.lower ?? '';
  if (EVENT_BEFORE.has(before)) return undefined;
  if (t.lower === 'musim') {
    const second = tokens[k + 1];
    const season = second?.kind === 'word' ? SEASONS_ID.get(second.lower) : undefined;
    if (season === undefined || second === undefined || EVENT_AFTER.has(tokens[k + 2]?.lower ?? '')) return undefined;
    return { fields: { season }, last: k + 1 };
  }
  const season = lang === 'en' ? SEASONS_EN.get(t.lower) : undefined;
  if (season === undefined || EVENT_AFTER.has(tokens[k + 1]?.lower ?? '')) return undefined;
  if (t.lower === 'fall' && !FALL_CUES.has(before) && tokens[k + 1]?.kind !== 'digits') return undefined;
  return { fields: { season }, last: k };
}

/**
 * "17/08/2024", "17-08-2024", "16/5/24", "2024-05-16", and the short Indonesian "(16/5)" (two parts, only
 * inside parentheses). Two numbers below 13 are read day-first in Indonesian and month-first in English.
 */
export function readNumericDate(tokens: MentionToken[], k: number, lang: Lang): Piece | undefined {
  const parts: number[] = [];
  const texts: string[] = [];
  let sep = '';
  let last = k;
  for (let j = k; ; j += 2) {
    const t = tokens[j];
    if (t === undefined || t.kind !== 'digits' || !/^\d+$/.test(t.text)) return undefined;
    parts.push(Number(t.text));
    texts.push(t.text);
    last = j;
    const s = tokens[j + 1];
    const continues = parts.length < 3 && touches(t, s) && (s.text === '/' || s.text === '-') &&
      (sep === '' || s.text === sep) && touches(s, tokens[j + 2]);
    if (!continues) break;
    sep = s.text;
  }
  if (parts.length === 3 && texts[0].length === 4) {
    return validDate(parts[2], parts[1], parts[0], last); // ISO order
  }
  if (parts.length === 3 && (texts[2].length === 4 || texts[2].length === 2)) {
    const year = texts[2].length === 2 ? 2000 + parts[2] : parts[2];
    const dayFirst = parts[0] > 12 || (parts[1] <= 12 && lang === 'id');
    return dayFirst ? validDate(parts[0], parts[1], year, last) : validDate(parts[1], parts[0], year, last);
  }
  const inParentheses = tokens[k - 1]?.text === '(' && tokens[last + 1]?.text === ')';
  if (parts.length === 2 && sep === '/' && lang === 'id' && inParentheses) {
    return validDate(parts[0], parts[1], undefined, last);
  }
  return undefined;
}

function validDate(day: number, month: number, year: number | undefined, last: number): Piece | undefined {
  if (day < 1 || day > 31 || month < 1 || month > 12) return undefined;
  if (year !== undefined && (year < 1000 || year > 2199)) return undefined;
  return { fields: year === undefined ? { day, month } : { day, month, year }, last };
}
