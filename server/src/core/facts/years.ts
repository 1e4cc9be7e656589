// Whether a four-digit number is a year. Both extractors ask this one function, so a "2022" is reported either
// as a date or as a quantity, never as both and never as neither.

import { monthOf } from './calendar-words';
import { isQuantityUnitWord } from './quantity-units';

/** Range a bare, uncued four-digit number must fall in to be read as a year. */
export const STANDALONE_YEAR_MIN = 1900;
export const STANDALONE_YEAR_MAX = 2100;
/** With a cue such as "tahun" or a month name, older years are plausible too ("tahun 1800"). */
const CUED_YEAR_MIN = 1000;
const CUED_YEAR_MAX = 2199;

// Words right before a number that announce a year.
const YEAR_CUES = new Set([
  'tahun', 'pada', 'sejak', 'hingga', 'sampai', 'semenjak', 'selama', 'sepanjang', 'awal', 'akhir',
  'pertengahan', 'jelang', 'menjelang', 'pemilu', 'pilpres',
  'in', 'since', 'until', 'till', 'by', 'during', 'from', 'early', 'mid', 'late', 'year', 'election',
]);

// Words right before a number that announce a count or an identifier ("sekitar 2000 orang", "nomor 1999").
const COUNT_CUES = new Set([
  'nomor', 'nomer', 'no', 'number', 'pasal',
  'sekitar', 'sebanyak', 'sejumlah', 'hampir', 'lebih', 'kurang', 'mencapai', 'setidaknya', 'sedikitnya',
  'total', 'kira-kira', 'about', 'around', 'nearly', 'almost', 'over', 'than', 'some', 'approximately',
  'roughly', 'least', 'estimated',
]);

// Nouns that, right after a number, show it counts things. Only needed for bare numbers in the year range.
const COUNT_NOUNS = new Set([
  'orang', 'jiwa', 'warga', 'tentara', 'pasukan', 'prajurit', 'personel', 'korban', 'kasus', 'unit', 'buah',
  'ekor', 'rumah', 'ton', 'kg', 'km', 'meter', 'kilometer', 'hektare', 'hektar', 'barel', 'keluarga', 'anak',
  'pengungsi', 'tahanan', 'drone', 'rudal', 'tank', 'kali',
  'people', 'troops', 'soldiers', 'residents', 'cases', 'units', 'homes', 'tons', 'tonnes', 'miles',
  'kilometres', 'kilometers', 'meters', 'metres', 'barrels', 'families', 'children', 'refugees', 'prisoners',
  'drones', 'missiles', 'tanks', 'times', 'votes', 'jobs', 'workers',
]);

// Glued prefixes that keep a year a year ("mid-2023", "pasca-2020").
const HYPHEN_YEAR_PREFIXES = new Set(['mid', 'pre', 'post', 'pra', 'pasca', 'early', 'late']);

function wordBefore(text: string, start: number): string {
  const m = /([\p{L}\p{M}'-]+)[\s\u00A0]+$/u.exec(text.slice(Math.max(0, start - 40), start));
  return m === null ? '' : m[1];
}

function wordAfter(text: string, end: number): string {
  const m = /^[\s\u00A0]+([\p{L}\p{M}]+)/u.exec(text.slice(end, end + 40));
  return m === null ? '' : m[1];
}

/**
 * True when text[start, end) is a four-digit year. A year: four bare digits (no separators), not glued to a
 * letter or code ("G2022", "COVID-2019"), not money or percent, and then either cued by the word before
 * ("tahun", "pada", "sejak", a month name, "in", …; range 1000–2199) or, with no cue, in 1900–2100 and not
 * counting something ("sekitar 2000 orang", "2000 tentara" are quantities).
 */
export function isLikelyYear(text: string, start: number, end: number): boolean {
  const surface = text.slice(start, end);
  if (!/^\d{4}$/.test(surface)) return false;
  const value = Number(surface);
  if (value < CUED_YEAR_MIN || value > CUED_YEAR_MAX) return false;

  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  if (/[\p{L}\d$\u20AC\u00A3\u00A5]/u.test(before) || /[\p{L}\d%]/u.test(after)) return false;
  if (/[.,]/.test(before) && /\d/.test(text.charAt(start - 2))) return false;
  if (/[.,]/.test(after) && /\d/.test(text.charAt(end + 1))) return false;
  if (/^-an\b/i.test(text.slice(end, end + 4))) return false; // "1990-an" is a decade, not the year 1990
  if (before === '-' || before === '\u2013') {
    const glued = /([\p{L}\d]+)$/u.exec(text.slice(Math.max(0, start - 12), start - 1));
    // "2019-2022" is a range of years; "F-2022" or "COVID-2019" is a code.
    if (glued !== null && !/^\d{4}$/.test(glued[1]) && !HYPHEN_YEAR_PREFIXES.has(glued[1].toLowerCase())) {
      return false;
    }
  }

  const next = wordAfter(text, end).toLowerCase();
  if (isQuantityUnitWord(next) || COUNT_NOUNS.has(next)) return false;

  const prevSurface = wordBefore(text, start);
  const prev = prevSurface.toLowerCase();
  const cued = YEAR_CUES.has(prev) || monthOf(prevSurface, /^\p{Lu}/u.test(prevSurface)) !== undefined;
  if (cued) return true;
  if (COUNT_CUES.has(prev)) return false;
  return value >= STANDALONE_YEAR_MIN && value <= STANDALONE_YEAR_MAX;
}
