// A small tokenizer for the number and date extractors. They need to see things a word tokenizer for matching
// throws away: whether two pieces touch ("US$2", "G20", "ke-11", "11th") or are separated by a space
// ("USD 5", "ke 11"), and the exact separators inside digit runs ("1.500,5"). So digit runs keep their inner
// dots and commas, every other non-space character is its own token, and adjacency is read from the offsets.

export type MentionTokenKind = 'word' | 'digits' | 'punct';

export interface MentionToken {
  start: number;
  end: number;
  text: string;
  /** Lower case, with typographic apostrophes folded, for lexicon look-ups. */
  lower: string;
  kind: MentionTokenKind;
  /** First letter is upper case in the text. */
  cap: boolean;
}

// Letters (with combining marks) and an inner apostrophe, so "Jum'at" and "Jum’at" stay one word; digit runs
// with inner separators, so "1.500,5" and "1,500.5" arrive whole and a sentence-final "2024." does not.
const TOKEN_PATTERN = /([\p{L}\p{M}]+(?:['\u2019][\p{L}\p{M}]+)*)|(\d+(?:[.,]\d+)*)|(\S)/gu;

export function scanMentionTokens(text: string): MentionToken[] {
  const tokens: MentionToken[] = [];
  TOKEN_PATTERN.lastIndex = 0;
  for (let m = TOKEN_PATTERN.exec(text); m !== null; m = TOKEN_PATTERN.exec(text)) {
    const surface = m[0];
    const kind: MentionTokenKind = m[1] !== undefined ? 'word' : m[2] !== undefined ? 'digits' : 'punct';
    const first = surface.charAt(0);
    tokens.push({
      start: m.index,
      end: m.index + surface.length,
      text: surface,
      lower: surface.toLowerCase().replace(/\u2019/g, "'"),
      kind,
      cap: kind === 'word' && first !== first.toLowerCase(),
    });
  }
  return tokens;
}

/** True when nothing (not even a space) separates token a from the token b that follows it (a mention token or a sentence's). */
export function touches(a: { end: number } | undefined, b: { start: number } | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

const DASHES = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212']);

export function isDash(t: MentionToken | undefined): boolean {
  return t !== undefined && t.kind === 'punct' && DASHES.has(t.text);
}

/**
 * Whether token i opens a sentence: first token, or right after terminal punctuation or a line break. Used where
 * capitalisation is evidence ("Lima" the city versus "Lima orang").
 */
export function startsSentence(text: string, tokens: MentionToken[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev === undefined) return true;
  if (prev.kind === 'punct' && /[.!?\u201C\u201D"'(\u2014\u2013-]/.test(prev.text)) return true;
  return /\n/.test(text.slice(prev.end, tokens[i].start));
}
