// Quantities in a text: amounts of money, percentages, counts and ranks, in digits or in words, with the scale
// applied ("$240 miliar" → 240e9 USD). A checker compares them between a draft and its source, so each one
// carries the exact span it was read from and nothing is reported that is really a date, a code or a clock time.

import type { DateMention, Lang, Quantity } from '../types';
import { extractDates } from './dates';
import { parseDigitRun } from './digit-numbers';
import { type MentionToken, isDash, scanMentionTokens, touches } from './mention-tokens';
import { isFusedKeOrdinal, readNumberWords } from './number-words';
import {
  isClockInWords, isCodeOrTime, isIdiomNotNumber, isInHyphenCompound, isIndonesianOrdinalPosition, isPlaceName,
} from './quantity-context';
import {
  CURRENCY_AFTER, CURRENCY_SYMBOL, CURRENCY_WORD_BEFORE, DOLLAR_COUNTRY, DOLLAR_PREFIX, PERCENT_WORDS,
  SCALE_WORDS, letterScale,
} from './quantity-units';
import { isLikelyYear } from './years';
import { extractMagnitudes } from './magnitudes';

export { isLikelyYear } from './years';

/** A quantity while it is being read: value and scale are kept apart so a range can share its scale. */
interface Reading {
  firstTok: number;
  lastTok: number;
  base: number;
  scale: number;
  kind: Quantity['kind'];
  currency?: string;
}

/** Tokens up to and including `rejectedTo` look like a number but are not a quantity; do not read them again. */
interface Rejected {
  rejectedTo: number;
}

/**
 * All quantities in `text`, sorted by offset and non-overlapping. Four-digit years and day numbers belong to
 * the date extractor and are left out, as are numbers inside codes ("COVID-19", "G20") and clock times.
 * `dates` are extractDates(text, lang) and `tokens` scanMentionTokens(text) when the caller has them already.
 */
export function extractQuantities(text: string, lang: Lang, dates: readonly DateMention[] = extractDates(text, lang),
  tokens: MentionToken[] = scanMentionTokens(text)): Quantity[] {
  const readings: Reading[] = [];
  for (let i = 0; i < tokens.length; ) {
    const r = tokens[i].kind === 'digits' ? readDigits(text, tokens, i, lang) : readWords(text, tokens, i, lang);
    if (r === undefined) {
      i += 1;
    } else if ('rejectedTo' in r) {
      i = r.rejectedTo + 1;
    } else {
      readings.push(r);
      i = r.lastTok + 1;
    }
  }
  shareAcrossRanges(tokens, readings);

  const quantities: Quantity[] = [];
  for (const r of readings) {
    const start = tokens[r.firstTok].start;
    const end = tokens[r.lastTok].end;
    if (dates.some((d) => d.start < end && start < d.end) || isPartOfDayRange(tokens, r, dates)) continue;
    const q: Quantity = { start, end, text: text.slice(start, end), kind: r.kind, value: scaled(r.base, r.scale) };
    if (r.currency !== undefined) q.currency = r.currency;
    quantities.push(q);
  }
  for (const m of extractMagnitudes(text)) if (!quantities.some(q => q.start < m.end && m.start < q.end)) quantities.push(m);
  return quantities.sort((a, b) => a.start - b.start);
}

/** A share written as a word: "two-thirds", "a quarter", "half" (a cardinal between 0 and 1). */
export const isFraction = (q: Quantity): boolean => q.kind === 'cardinal' && q.value > 0 && q.value < 1;

// 1.1 * 1e6 is 1100000.0000000002 in floating point; fifteen significant digits are plenty for news figures.
const scaled = (base: number, scale: number): number => Number((base * scale).toPrecision(15));

function readDigits(text: string, tokens: MentionToken[], i: number, lang: Lang): Reading | Rejected {
  const rejected: Rejected = { rejectedTo: i };
  const d = tokens[i];
  if (isCodeOrTime(text, tokens, i, lang) || isLikelyYear(text, d.start, d.end)) return rejected;
  const base = parseDigitRun(d.text, lang);
  if (base === undefined) return rejected;
  const r: Reading = { firstTok: i, lastTok: i, base, scale: 1, kind: 'cardinal' };

  // Glued letters after the digits: an ordinal suffix ("11th"), a scale ("2bn", "$5m") or a unit we do not read.
  const glued = touches(d, tokens[i + 1]) && tokens[i + 1].kind === 'word' ? tokens[i + 1] : undefined;
  if (glued !== undefined && /^(st|nd|rd|th)$/.test(glued.lower) && Number.isInteger(base)) {
    return { ...r, lastTok: i + 1, kind: 'ordinal' };
  }

  const dash = tokens[i - 1];
  if (isDash(dash) && touches(dash, d) && tokens[i - 2]?.lower === 'ke' && touches(tokens[i - 2], dash)) {
    return { ...r, firstTok: i - 2, kind: 'ordinal' }; // "ke-11" is always a rank
  }
  if (tokens[i - 1]?.lower === 'ke' && tokens[i - 1].kind === 'word' && lang === 'id') {
    // "bulan ke 11" is a rank, "ke 11 negara" is "to 11 countries".
    if (isIndonesianOrdinalPosition(text, tokens, i - 1, i)) return { ...r, firstTok: i - 1, kind: 'ordinal' };
  }

  readCurrencyBefore(tokens, r);
  if (glued !== undefined && SCALE_WORDS.get(glued.lower) === undefined &&
      !(r.currency !== undefined && letterScale(glued.text, lang) !== undefined)) {
    return rejected; // "4G", "3D", "5km"-like units are not compared as quantities
  }
  readSuffixes(tokens, r, lang);
  return r;
}

/**
 * Words before "sekali" that make it "once" ("hanya sekali meninggalkan", "baru sekali"), not "very" ("besar
 * sekali") or "at once" ("sekaligus" is another word).
 */
const ONCE_AFTER = new Set(['hanya', 'baru', 'cuma', 'hanyalah']);

/** Fractions written as one word: "sepertiga", "seperempat", "separuh". */
const FUSED_FRACTIONS: ReadonlyMap<string, number> = new Map([['sepertiga', 1 / 3], ['seperempat', 1 / 4], ['separuh', 1 / 2], ['seperlima', 1 / 5],
  ['sepersepuluh', 1 / 10]]);
/** The part a fraction's second word names ("dua pertiga", "two thirds", "a quarter", "two-fifths"). */
const PARTS: ReadonlyMap<string, number> = new Map([['pertiga', 3], ['perempat', 4], ['perlima', 5], ['persepuluh', 10], ['third', 3], ['thirds', 3],
  ['quarter', 4], ['quarters', 4], ['fifth', 5], ['fifths', 5], ['tenth', 10], ['tenths', 10]]);
const PART_COUNTS: ReadonlyMap<string, number> = new Map([['satu', 1], ['dua', 2], ['tiga', 3], ['empat', 4], ['a', 1], ['one', 1], ['two', 2],
  ['three', 3], ['four', 4]]);

/** A fraction at token i ("sepertiga", "dua pertiga", "two thirds", "a quarter"), rounded to fifteen digits. */
function readFraction(tokens: MentionToken[], i: number): Reading | undefined {
  const fused = FUSED_FRACTIONS.get(tokens[i].lower);
  if (fused !== undefined) return { firstTok: i, lastTok: i, base: Number(fused.toPrecision(15)), scale: 1, kind: 'cardinal' };
  const count = PART_COUNTS.get(tokens[i].lower), next = tokens[i + 1];
  // "two-thirds" is one hyphenated reading.
  const j = next && isDash(next) && touches(tokens[i], next) ? i + 2 : i + 1;
  const part = tokens[j] ? PARTS.get(tokens[j].lower) : undefined;
  if (count === undefined || part === undefined || count >= part) return undefined;
  // English "a third" is a fraction only before "of" or at a clause's end: "for a third time" counts occasions.
  const after = tokens[j + 1];
  if (/^(?:third|quarter|fifth|tenth)s?$/.test(tokens[j].lower) && after?.kind === 'word' && after.lower !== 'of') return undefined;
  return { firstTok: i, lastTok: j, base: Number((count / part).toPrecision(15)), scale: 1, kind: 'cardinal' };
}

function readWords(text: string, tokens: MentionToken[], i: number, lang: Lang): Reading | Rejected | undefined {
  if (lang === 'id' && tokens[i].lower === 'sekali' && ONCE_AFTER.has(tokens[i - 1]?.lower ?? '')) {
    return { firstTok: i, lastTok: i, base: 1, scale: 1, kind: 'cardinal' };
  }
  const fraction = readFraction(tokens, i);
  if (fraction) return fraction;
  const w = readNumberWords(tokens, i, lang);
  if (w === undefined) return undefined;
  const { first, last } = w;
  if (isInHyphenCompound(tokens, first, last, lang) || isIdiomNotNumber(tokens, first, last, lang) ||
      isPlaceName(text, tokens, first, last) || isClockInWords(tokens, first, last, lang)) {
    return { rejectedTo: last };
  }
  const fusedKe = lang === 'id' && isFusedKeOrdinal(tokens[first].lower);
  if (fusedKe && !isIndonesianOrdinalPosition(text, tokens, first, last)) {
    return { rejectedTo: last }; // "kedua pemimpin" is "both leaders": no number of the story
  }
  const kind = w.ordinal ? 'ordinal' : 'cardinal';
  const r: Reading = { firstTok: first, lastTok: last, base: w.value, scale: 1, kind };
  if (!w.ordinal) readSuffixes(tokens, r, lang);
  return r;
}

/** "$", "US$", "€", "Rp", "Rp.", "USD" before the number, glued or after a space. */
function readCurrencyBefore(tokens: MentionToken[], r: Reading): void {
  let k = r.firstTok - 1;
  let t = tokens[k];
  if (t === undefined) return;
  if (t.text === '.' && tokens[k - 1]?.text === 'Rp' && touches(tokens[k - 1], t)) { k -= 1; t = tokens[k]; }
  const symbol = t.kind === 'punct' ? CURRENCY_SYMBOL.get(t.text) : undefined;
  if (symbol !== undefined) {
    const owner = tokens[k - 1];
    const prefixed = owner?.kind === 'word' && touches(owner, t) ? DOLLAR_PREFIX.get(owner.text) : undefined;
    if (t.text === '$' && prefixed !== undefined) { r.currency = prefixed; r.firstTok = k - 1; return; }
    r.currency = symbol;
    r.firstTok = k;
    return;
  }
  const word = t.kind === 'word' ? CURRENCY_WORD_BEFORE.get(t.text) : undefined;
  if (word !== undefined) { r.currency = word; r.firstTok = k; }
}

/** Indonesian scale words in -an, which after a figure make it a rough count ("8 ribuan"). */
const ROUGH_SCALES: ReadonlyMap<string, number> = new Map([['ratusan', 1e2], ['ribuan', 1e3], ['jutaan', 1e6], ['miliaran', 1e9], ['milyaran', 1e9]]);

/** Scale words, then percent or a currency name: "240 miliar", "70 persen", "5 miliar dolar AS". */
function readSuffixes(tokens: MentionToken[], r: Reading, lang: Lang): void {
  let k = r.lastTok + 1;
  for (let t = tokens[k]; t !== undefined && t.kind === 'word'; t = tokens[++k]) {
    // "8 ribuan retweet" is some 8,000: a scale word in -an after a figure scales it.
    const s = SCALE_WORDS.get(t.lower) ?? (lang === 'id' && k === r.lastTok + 1 ? ROUGH_SCALES.get(t.lower) : undefined) ??
      (r.currency !== undefined ? letterScale(t.text, lang) : undefined);
    if (s === undefined) break;
    r.scale *= s;
    r.lastTok = k;
  }
  const t = tokens[k];
  if (t === undefined) return;
  if (t.text === '%' || PERCENT_WORDS.has(t.lower)) {
    r.kind = 'percent';
    r.lastTok = k;
    return;
  }
  if (t.lower === 'per' && tokens[k + 1]?.lower === 'cent') {
    r.kind = 'percent';
    r.lastTok = k + 1;
    return;
  }
  // "3 percentage points", "2 poin persentase": a difference of percentages, counted as one.
  const next = tokens[k + 1]?.lower;
  if ((t.lower === 'percentage' && (next === 'point' || next === 'points')) || (t.lower === 'poin' && next === 'persentase')) {
    r.kind = 'percent';
    r.lastTok = k + 1;
    return;
  }
  const named = CURRENCY_AFTER.get(t.lower) ?? (lang === 'id' && t.lower === 'won' ? 'KRW' : undefined);
  if (named !== undefined && t.kind === 'word' && r.currency === undefined) {
    r.currency = named;
    r.kind = 'money';
    r.lastTok = k;
    if (t.lower.startsWith('dol')) readDollarCountry(tokens, r);
    return;
  }
  if (r.currency !== undefined) r.kind = 'money';
}

/** "dolar AS", "dolar Amerika Serikat", "dolar Singapura": which dollar, and the words join the span. */
function readDollarCountry(tokens: MentionToken[], r: Reading): void {
  const k = r.lastTok + 1;
  const t = tokens[k];
  if (t === undefined || t.kind !== 'word' || !t.cap) return;
  const joined = t.lower === 'hong' && tokens[k + 1]?.lower === 'kong' ? 'hongkong' : t.lower;
  const code = DOLLAR_COUNTRY.get(joined);
  if (code === undefined) return;
  r.currency = code;
  r.lastTok = joined === 'hongkong' || (t.lower === 'amerika' && tokens[k + 1]?.lower === 'serikat') ? k + 1 : k;
}

const RANGE_WORDS = new Set(['hingga', 'sampai', 'to', 'atau', 'or']);

/**
 * The "14" of "14-16 Mei" / "14 dan 15 Mei", or the "16" of "May 14-16": a day number whose month is written
 * once for the whole range. It belongs to the date, not to the quantities.
 */
function isPartOfDayRange(tokens: MentionToken[], r: Reading, dates: readonly DateMention[]): boolean {
  const t = tokens[r.firstTok];
  if (r.kind !== 'cardinal' || r.firstTok !== r.lastTok || !/^\d{1,2}$/.test(t.text)) return false;
  const isLink = (link: MentionToken | undefined): boolean => link !== undefined &&
    (isDash(link) || RANGE_WORDS.has(link.lower) || link.lower === 'dan' || link.lower === 'and');
  const after = tokens[r.lastTok + 2];
  const before = tokens[r.firstTok - 2];
  if (isLink(tokens[r.lastTok + 1]) && after !== undefined &&
      dates.some((d) => d.start === after.start && d.day !== undefined)) {
    return true;
  }
  return isLink(tokens[r.firstTok - 1]) && before !== undefined &&
    dates.some((d) => d.end === before.end && d.day !== undefined);
}

/**
 * In "70-80 persen", "2 hingga 3 miliar" and "$2-3 billion" the unit is written once but applies to both ends.
 * The first end takes the second's scale and percent; the currency goes whichever way it is missing.
 */
function shareAcrossRanges(tokens: MentionToken[], readings: Reading[]): void {
  for (let n = 0; n + 1 < readings.length; n++) {
    const a = readings[n];
    const b = readings[n + 1];
    if (a.kind === 'ordinal' || b.kind === 'ordinal' || b.firstTok !== a.lastTok + 2) continue;
    const between = tokens[a.lastTok + 1];
    const before = tokens[a.firstTok - 1]?.lower ?? '';
    const isRange = isDash(between) || RANGE_WORDS.has(between.lower) ||
      ((between.lower === 'dan' || between.lower === 'and') && (before === 'antara' || before === 'between'));
    if (!isRange) continue;
    if (a.scale === 1 && b.scale !== 1) a.scale = b.scale;
    if (a.kind === 'cardinal' && b.kind === 'percent') a.kind = 'percent';
    if (a.currency === undefined && b.currency !== undefined) { a.currency = b.currency; a.kind = 'money'; }
    if (b.currency === undefined && a.currency !== undefined) { b.currency = a.currency; b.kind = 'money'; }
  }
}
