// Calendar vocabulary for Indonesian and English. Kept apart from the date grammar so that the number
// extractor can ask "is this a month name?" too (a day number in "17 Agustus" is not a quantity).

import type { DatePart, DateMention } from '../types';
import { wordTable, WordTable } from '../text/normalize';

export type Season = NonNullable<DateMention['season']>;

// Full names, old spellings still seen in Indonesian print (Pebruari, Nopember) and English names.
const MONTH_NAMES: WordTable<number> = wordTable({
  januari: 1, january: 1,
  februari: 2, pebruari: 2, february: 2,
  maret: 3, march: 3,
  april: 4,
  mei: 5, may: 5,
  juni: 6, june: 6,
  juli: 7, july: 7,
  agustus: 8, august: 8,
  september: 9,
  oktober: 10, october: 10,
  november: 11, nopember: 11,
  desember: 12, december: 12,
});

// Abbreviations collide with names and words ("Jan Egeland", "Des", "Mar"), so the date grammar accepts them
// only next to a day number or a year.
const MONTH_ABBREVIATIONS: WordTable<number> = wordTable({
  jan: 1, feb: 2, peb: 2, mar: 3, apr: 4, jun: 6, jul: 7, agu: 8, agt: 8, aug: 8,
  sep: 9, sept: 9, okt: 10, oct: 10, nov: 11, nop: 11, des: 12, dec: 12,
});

export interface MonthWord {
  month: number;
  abbreviated: boolean;
}

/** The month a capitalised word names, if any. Lower-case words are never months in edited news copy. */
export function monthOf(word: string, cap: boolean): MonthWord | undefined {
  if (!cap) return undefined;
  const lower = word.toLowerCase();
  const full = MONTH_NAMES.get(lower);
  if (full !== undefined) return { month: full, abbreviated: false };
  const abbr = MONTH_ABBREVIATIONS.get(lower);
  return abbr !== undefined ? { month: abbr, abbreviated: true } : undefined;
}

const WEEKDAYS: WordTable<number> = wordTable({
  senin: 1, selasa: 2, rabu: 3, kamis: 4, jumat: 5, "jum'at": 5, sabtu: 6, minggu: 7, ahad: 7,
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
});

/** Weekday number (1 = Monday) of a capitalised day name; ambiguity of "Minggu" is left to the caller. */
export function weekdayOf(word: string, cap: boolean): number | undefined {
  return cap ? WEEKDAYS.get(word.toLowerCase()) : undefined;
}

/** Words after a weekday that narrow the time of day ("Kamis sore") and belong in the same mention. */
export const TIME_OF_DAY = new Set([
  'pagi', 'siang', 'sore', 'petang', 'malam', 'dini',
  'morning', 'afternoon', 'evening', 'night',
]);

/** Indonesian "musim X" second words and English season words. */
export const SEASONS_ID: WordTable<Season> = wordTable({
  semi: 'spring', panas: 'summer', gugur: 'autumn', dingin: 'winter',
});
export const SEASONS_EN: WordTable<Season> = wordTable({
  spring: 'spring', summer: 'summer', autumn: 'autumn', fall: 'autumn', winter: 'winter',
});

/** Words that put a date in the early / middle / late part of a month, year or season. */
export const PART_WORDS: WordTable<DatePart> = wordTable({
  awal: 'early', permulaan: 'early', pertengahan: 'mid', akhir: 'late',
  early: 'early', mid: 'mid', late: 'late',
});

/** English "the beginning of" style phrases: noun → part. */
export const PART_NOUNS_EN: WordTable<DatePart> = wordTable({
  beginning: 'early', start: 'early', middle: 'mid', end: 'late',
});

// Units a span of time is counted in, for the checks that compare spans: "dua minggu sebelum …" against "dua bulan
// sebelum …" (checks/substituted-word.ts), "penundaan dua tahun" against "penundaan berbulan-bulan"
// (checks/vague-amount.ts).

/** Indonesian units of time, as written after a count ("dua minggu") or reduplicated ("berbulan-bulan"). */
export const INDONESIAN_TIME_UNITS: ReadonlySet<string> = new Set([
  'jam', 'hari', 'minggu', 'pekan', 'bulan', 'tahun', 'dekade', 'abad',
]);

/** Units of time in either language, as written after a count. */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  ...INDONESIAN_TIME_UNITS, 'hours', 'days', 'weeks', 'months', 'years', 'decades',
]);

/** One of a unit fused with "se-": "sebulan" is one month, by the unit it names. */
export const FUSED_TIME_UNITS: ReadonlyMap<string, string> = new Map(
  [...INDONESIAN_TIME_UNITS].map(u => [`se${u}`, u]),
);
