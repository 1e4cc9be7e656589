// Plain data shared by every step of the core. No editor or protocol types here: offsets are indices into the
// original JavaScript string (UTF-16 code units), end exclusive, so the LSP edge only has to turn them into
// line/character with the document's own line table.

export type Lang = 'id' | 'en';

export interface Span {
  start: number;
  end: number;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

export interface Token extends Span {
  /** Surface form exactly as in the text. */
  text: string;
  /** Matching form: NFKC, lower case, curly quotes and dashes folded to ASCII. */
  norm: string;
  kind: TokenKind;
  /** The first letter is upper case in the original text. */
  cap: boolean;
}

export interface Sentence extends Span {
  text: string;
}

/** "magnitude": a count given as an order of magnitude ("ratusan", "thousands"). */
export type QuantityKind = 'cardinal' | 'ordinal' | 'percent' | 'money' | 'magnitude';

export interface Quantity extends Span {
  text: string;
  kind: QuantityKind;
  /** The value with scale words applied: "$240 miliar" → 240e9, "70 persen" → 70, "ke-11" → 11. */
  value: number;
  /** ISO-like currency code for money ("USD", "IDR", "EUR", …). */
  currency?: string;
}

export type DatePart = 'early' | 'mid' | 'late';

export interface DateMention extends Span {
  text: string;
  year?: number;
  /** 1–12 */
  month?: number;
  day?: number;
  /** 1 = Monday … 7 = Sunday */
  weekday?: number;
  /** "awal Juli" → early, "pertengahan" → mid, "akhir" → late. */
  part?: DatePart;
  season?: 'spring' | 'summer' | 'autumn' | 'winter';
  /** The first year of a decade ("the 1990s", "tahun 1950-an" → 1990, 1950), given without a year of it. */
  decade?: number;
}

/** The language-specific pieces a document is analysed with. */
export interface LanguageTools {
  lang: Lang;
  isStopword(norm: string): boolean;
  stem(norm: string): string;
}
