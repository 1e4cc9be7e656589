import { Token, TokenKind } from '../types';
import { normWord } from './normalize';

// A word keeps its inner hyphens and apostrophes ("non-konfrontasi", "ke-11", "Jum'at", "negara-negara") so the
// analysis can decide what they mean; a number keeps its grouping separators ("1.500,5", "240").
const TOKEN_RE =
  /\d+(?:[.,]\d+)*(?:[-\u2010\u2011][\p{L}\p{N}]+)*|[\p{L}\p{M}\p{N}]+(?:(?:[-\u2010\u2011'\u2019])[\p{L}\p{M}\p{N}]+)*|\S/gu;

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const DIGITS_ONLY = /^\d+(?:[.,]\d+)*$/;
const PUNCT = /^[\p{P}]$/u;
/** English possessive clitic: "Calder's" is the name "Calder" and "'s", so names and words match without it. */
const POSSESSIVE = /^(.*\p{L})(['\u2019][sS])$/u;

/** Cheap test before the possessive pattern, which backtracks over the whole word: it must end in 's or ’s. */
function mayBePossessive(word: string): boolean {
  const n = word.length, last = word[n - 1], mark = word[n - 2];
  return n > 2 && (last === 's' || last === 'S') && (mark === "'" || mark === '\u2019');
}

function kindOf(text: string): TokenKind {
  // A token that starts with an ASCII letter is a word: the common case, without the patterns.
  const c = text.charCodeAt(0) | 0x20;
  if (c >= 0x61 && c <= 0x7a) return 'word';
  if (DIGITS_ONLY.test(text)) return 'number';
  if (LETTER.test(text) || /\d/.test(text)) return 'word';
  return PUNCT.test(text) ? 'punct' : 'symbol';
}

/** Splits text[start, end) into tokens with offsets into the whole text. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) {
    const possessive = mayBePossessive(m[0]) ? POSSESSIVE.exec(m[0]) : null;
    const at = start + m.index;
    if (possessive) {
      out.push(token(possessive[1], at));
      out.push(token(possessive[2], at + possessive[1].length, 'punct', false));
    } else {
      out.push(token(m[0], at));
    }
  }
  return out;
}

/**
 * Every token is made here, the clitic split off a possessive too: a copy made by spreading would have another
 * hidden class, and every function that reads tokens would then see two (and be optimised again when the second
 * first turns up).
 */
function token(surface: string, at: number, kind = kindOf(surface), cap = startsUpper(surface)): Token {
  return { start: at, end: at + surface.length, text: surface, norm: normWord(surface), kind, cap };
}

/** The first character is a capital letter (and so the first letter is one too). */
function startsUpper(surface: string): boolean {
  const c = surface.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return UPPER.test(surface[0]);
}

/** The parts of a hyphenated word that carry meaning on their own ("rusia-ukraina" → rusia, ukraina). */
export function wordParts(norm: string): string[] {
  if (!norm.includes('-')) return [norm];
  const parts = norm.split('-').filter(p => p.length > 0);
  // Reduplication ("negara-negara", "kira-kira") means one word, not two.
  if (parts.length === 2 && parts[0] === parts[1]) return [parts[0]];
  return parts;
}
