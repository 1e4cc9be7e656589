// Numbers spelled out in words: "tujuh puluh lima", "dua ratus ribu", "setengah", "keempat", "twenty-five",
// "one hundred and first". Only the reading of the words lives here; whether a reading counts as a quantity in
// its context (the "kedua pemimpin" problem, "salah satu") is decided by the quantity extractor.

import { type MentionToken, isDash, touches } from './mention-tokens';
import { wordTable, WordTable } from '../text/normalize';

export interface WordNumber {
  value: number;
  /** Written as an ordinal: "keempat", "pertama", "twenty-first". */
  ordinal: boolean;
  /** Index of the first and last token of the reading (inclusive). */
  first: number;
  last: number;
}

// Running value of a spelled-out number. Indonesian and English share the shape: groups below a thousand
// ("chunk") are built from units, tens and hundreds, then closed by a scale word; scales must fall ("dua juta
// tiga ratus ribu"), which is what stops "seribu seribu" from reading as one number.
interface Reading {
  total: number;
  chunk: number;
  /** Indonesian unit still waiting for "belas"/"puluh"/"ratus" or the end. */
  pending: number | null;
  hasUnits: boolean;
  hasTens: boolean;
  hasHundreds: boolean;
  lastScale: number;
}

const freshReading = (): Reading =>
  ({ total: 0, chunk: 0, pending: null, hasUnits: false, hasTens: false, hasHundreds: false, lastScale: Infinity });

const closeGroup = (r: Reading): void => {
  r.chunk = 0; r.pending = null; r.hasUnits = false; r.hasTens = false; r.hasHundreds = false;
};

const valueOf = (r: Reading): number => r.total + r.chunk + (r.pending ?? 0);

const isEmpty = (r: Reading): boolean => r.total === 0 && r.chunk === 0 && r.pending === null;

const isDigit1to9 = (n: number | null): n is number => n !== null && Number.isInteger(n) && n >= 1 && n <= 9;

// --- Indonesian ---------------------------------------------------------------------------------------------

const ID_UNITS: WordTable<number> = wordTable({
  nol: 0, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9,
});
const ID_SCALES: WordTable<number> = wordTable({ ribu: 1e3, juta: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12 });
// "se-" is "one" fused to the next word; only these fused forms are numbers (not "seorang", "sebuah").
const ID_SE_SCALES: WordTable<number> = wordTable({
  seribu: 1e3, sejuta: 1e6, semiliar: 1e9, semilyar: 1e9, setriliun: 1e12,
});

function stepIndonesian(r: Reading, w: string): boolean {
  const unit = ID_UNITS.get(w);
  if (unit !== undefined) {
    if (r.pending !== null || (unit === 0 && !isEmpty(r))) return false;
    r.pending = unit;
    return true;
  }
  if (w === 'belas' || w === 'puluh') {
    if (!isDigit1to9(r.pending) || r.hasTens) return false;
    r.chunk += w === 'belas' ? 10 + r.pending : r.pending * 10;
    r.pending = null;
    r.hasTens = true;
    return true;
  }
  if (w === 'ratus' || w === 'seratus') {
    const times = w === 'seratus' ? (r.pending === null ? 1 : null) : isDigit1to9(r.pending) ? r.pending : null;
    if (times === null || r.hasHundreds || r.hasTens || r.chunk > 0) return false;
    r.chunk = times * 100;
    r.pending = null;
    r.hasHundreds = true;
    return true;
  }
  if (w === 'sepuluh' || w === 'sebelas') {
    if (r.pending !== null || r.hasTens) return false;
    r.chunk += w === 'sepuluh' ? 10 : 11;
    r.hasTens = true;
    return true;
  }
  const scale = ID_SCALES.get(w);
  if (scale !== undefined) {
    const group = r.chunk + (r.pending ?? 0);
    if (group === 0 || scale >= r.lastScale) return false;
    r.total += group * scale;
    r.lastScale = scale;
    closeGroup(r);
    return true;
  }
  const seScale = ID_SE_SCALES.get(w);
  if (seScale !== undefined) {
    if (r.chunk > 0 || r.pending !== null || seScale >= r.lastScale) return false;
    r.total += seScale;
    r.lastScale = seScale;
    return true;
  }
  if (w === 'setengah' || w === 'seperempat') {
    const fraction = w === 'setengah' ? 0.5 : 0.25;
    // "setengah juta" (half a million), "dua setengah juta" (2.5 million); not after tens or hundreds.
    if (r.chunk === 0 && r.pending === null) r.pending = fraction;
    else if (isDigit1to9(r.pending) && r.chunk === 0) r.pending += fraction;
    else return false;
    return true;
  }
  return false;
}

// "kedua" → "dua", "kesepuluh" → "sepuluh": the fused ordinal prefix "ke-".
function stripOrdinalPrefix(w: string): string | undefined {
  if (!w.startsWith('ke') || w.length < 5) return undefined;
  const rest = w.slice(2);
  if ((ID_UNITS.get(rest) !== undefined && rest !== 'nol') || rest === 'sepuluh' || rest === 'sebelas' ||
      rest === 'seratus' || rest === 'seribu') {
    return rest;
  }
  return undefined;
}

// --- English ------------------------------------------------------------------------------------------------

const EN_UNITS: WordTable<number> = wordTable({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
});
const EN_TEENS: WordTable<number> = wordTable({
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
});
const EN_TENS: WordTable<number> = wordTable({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
const EN_SCALES: WordTable<number> = wordTable({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 });
// Ordinal forms map to the cardinal word they stand for, so one grammar reads both.
const EN_ORDINALS: WordTable<string> = wordTable({
  first: 'one', second: 'two', third: 'three', fourth: 'four', fifth: 'five', sixth: 'six', seventh: 'seven',
  eighth: 'eight', ninth: 'nine', tenth: 'ten', eleventh: 'eleven', twelfth: 'twelve', thirteenth: 'thirteen',
  fourteenth: 'fourteen', fifteenth: 'fifteen', sixteenth: 'sixteen', seventeenth: 'seventeen',
  eighteenth: 'eighteen', nineteenth: 'nineteen', twentieth: 'twenty', thirtieth: 'thirty', fortieth: 'forty',
  fiftieth: 'fifty', sixtieth: 'sixty', seventieth: 'seventy', eightieth: 'eighty', ninetieth: 'ninety',
  hundredth: 'hundred', thousandth: 'thousand', millionth: 'million', billionth: 'billion',
});

function stepEnglish(r: Reading, w: string): boolean {
  const unit = EN_UNITS.get(w);
  if (unit !== undefined) {
    if (r.hasUnits || (r.hasTens && unit === 0) || (unit === 0 && !isEmpty(r))) return false;
    r.chunk += unit;
    r.hasUnits = true;
    return true;
  }
  const teen = EN_TEENS.get(w);
  if (teen !== undefined) {
    if (r.hasUnits || r.hasTens) return false;
    r.chunk += teen;
    r.hasUnits = true;
    r.hasTens = true;
    return true;
  }
  const tens = EN_TENS.get(w);
  if (tens !== undefined) {
    if (r.hasUnits || r.hasTens) return false;
    r.chunk += tens;
    r.hasTens = true;
    return true;
  }
  if (w === 'hundred') {
    if (r.hasHundreds || r.chunk === 0 || r.chunk >= 100) return false;
    r.chunk *= 100;
    r.hasHundreds = true;
    r.hasUnits = false;
    r.hasTens = false;
    return true;
  }
  const scale = EN_SCALES.get(w);
  if (scale !== undefined) {
    if (r.chunk === 0 || scale >= r.lastScale) return false;
    r.total += r.chunk * scale;
    r.lastScale = scale;
    closeGroup(r);
    return true;
  }
  return false;
}

const isEnglishScaleWord = (w: string): boolean => w === 'hundred' || EN_SCALES.get(w) !== undefined;

const isEnglishNumberWord = (w: string): boolean =>
  EN_UNITS.get(w) !== undefined || EN_TEENS.get(w) !== undefined || EN_TENS.get(w) !== undefined ||
  EN_ORDINALS.get(w) !== undefined;

// --- Reading a run of tokens --------------------------------------------------------------------------------

/**
 * Reads the longest spelled-out number starting at token i, or undefined. Words must be separated by
 * whitespace only; English also takes "twenty-five" / "twenty-first" and "hundred and five".
 */
export function readNumberWords(tokens: MentionToken[], i: number, lang: 'id' | 'en'): WordNumber | undefined {
  const head = tokens[i];
  if (head === undefined || head.kind !== 'word') return undefined;
  const r = freshReading();
  let ordinal = false;
  let j = i;
  let word = head.lower;

  if (lang === 'id') {
    if (word === 'pertama') return { value: 1, ordinal: true, first: i, last: i };
    const base = stripOrdinalPrefix(word);
    if (base !== undefined) { ordinal = true; word = base; }
  } else if ((word === 'a' || word === 'an') && isEnglishScaleWord(tokens[i + 1]?.lower ?? '')) {
    r.chunk = 1; // "a million people"
    j = i + 1;
    word = tokens[j].lower;
  }

  let last = -1;
  for (;;) {
    const ordinalBase = lang === 'en' ? EN_ORDINALS.get(word) : undefined;
    const ok = lang === 'id' ? stepIndonesian(r, word) : stepEnglish(r, ordinalBase ?? word);
    if (!ok) break;
    last = j;
    if (ordinalBase !== undefined) { ordinal = true; break; } // "twenty-first" ends the number
    // Next word: whitespace-separated; English allows a glued hyphen after a tens word and "and" after hundred.
    let k = j + 1;
    const hyphen = tokens[k];
    if (lang === 'en' && isDash(hyphen) && touches(tokens[j], hyphen) && touches(hyphen, tokens[k + 1]) &&
        EN_TENS.get(word) !== undefined) {
      k += 1;
    } else if (lang === 'en' && tokens[k]?.lower === 'and' && (word === 'hundred' || EN_SCALES.get(word) !== undefined) &&
        isEnglishNumberWord(tokens[k + 1]?.lower ?? '')) {
      k += 1;
    }
    const next = tokens[k];
    if (next === undefined || next.kind !== 'word' || (k === j + 1 && touches(tokens[j], next))) break;
    j = k;
    word = next.lower;
  }
  if (last < 0) return undefined;
  // "four and a half hours", "two and a quarter million": the fraction belongs to the number, as "empat setengah" does.
  const fraction = lang === 'en' && !ordinal && tokens[last + 1]?.lower === 'and' && tokens[last + 2]?.lower === 'a'
    ? EN_FRACTIONS.get(tokens[last + 3]?.lower ?? '') : undefined;
  if (fraction !== undefined) return { value: valueOf(r) + fraction, ordinal, first: i, last: last + 3 };
  return { value: valueOf(r), ordinal, first: i, last };
}

/** The fractions English adds to a whole number with "and a". */
const EN_FRACTIONS: WordTable<number> = wordTable({ half: 0.5, quarter: 0.25 });

/** Indonesian "kedua", "ketiga" … (not "pertama"): the forms that can also mean "both", "all three". */
export function isFusedKeOrdinal(lower: string): boolean {
  return stripOrdinalPrefix(lower) !== undefined;
}
