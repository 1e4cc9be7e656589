import { Span, Token } from '../types';
import type { EntityKind, NameMention } from './names';
import { PLACE_NAMES, MAX_PLACE_WORDS } from '../lexicon/places';
import { TITLE_ABBREVIATIONS, TITLE_HEADS, TITLE_TAILS, ORG_WORDS } from '../lexicon/roles';
import { OCCUPATIONS } from '../lexicon/descriptions';
import { aliasKey, aliasNames, aliasVariants } from '../lexicon/aliases';

// Word-level tests and builders shared by the rule pass (names.ts) and the step that combines it with the
// tagger (ner-combine.ts): what looks like part of a name, what is a title or a known place, and how a run of
// tokens becomes a mention.

export const ACRONYM = /^\p{Lu}[\p{Lu}\d]{1,6}$/u;
export const PREFIXED_NAME = /^(?:al|el|ad|as|bin|de|di|van|von)-\p{Lu}/u;

/** Starts with a capital, or is a prefixed name such as "al-Assad". */
export function capLike(t: Token): boolean {
  return t.kind === 'word' && (t.cap || PREFIXED_NAME.test(t.text));
}

/** May stand at either end of a name: a capital anywhere ("Jokowi", "BUMN", "detikFinance"). */
export function nameEdge(t: Token): boolean {
  return t.kind === 'word' && (/\p{Lu}/u.test(t.text) || PREFIXED_NAME.test(t.text));
}

/**
 * Indonesian verbs of saying and stating that follow their subject: "Eko mengatakan …", "Miller berharap …". The
 * word before one, opening a sentence, is who spoke, so a name even when the corpus has it nowhere else.
 */
export const SAYING_VERBS: ReadonlySet<string> = new Set(['mengatakan', 'berkata', 'menyatakan', 'menegaskan', 'menambahkan',
  'menjelaskan', 'mengungkapkan', 'menuturkan', 'menyebutkan', 'mengaku', 'berharap', 'meminta', 'menilai', 'menyampaikan']);

export const isTitleWord = (n: string) => TITLE_HEADS.has(n) || TITLE_TAILS.has(n);

/** A title's head: "Presiden", "Bupati", or a title written short or local ("Kapolres", "Camat"; lexicon/roles.ts). */
export const isTitleHead = (n: string) => TITLE_HEADS.has(n) || TITLE_ABBREVIATIONS.has(n);

/** A word of a title, written in full or short: its head or a word that goes on with it ("Pelaksana", "Kapolres"). */
export const isAnyTitleWord = (n: string) => isTitleWord(n) || TITLE_ABBREVIATIONS.has(n);

/** A known place, or an alias of one. Alias groups that name an organisation ("PBB", "NATO") are no place. */
function isPlaceName(name: string): boolean {
  if (PLACE_NAMES.has(name)) return true;
  return aliasKey(name) !== undefined && !aliasVariants(name).some(v => ORG_WORDS.has(v));
}

/** First words of the known places and aliases of more than one word. */
const MULTI_WORD_STARTS: ReadonlySet<string> = new Set(
  [...PLACE_NAMES, ...aliasNames()].filter(n => n.includes(' ')).map(n => n.slice(0, n.indexOf(' '))));

/**
 * Whether a known place or alias of more than one word may start with this word: most words start none, and
 * then no longer name is worth joining and looking up. (A word holding a space is not a first word: asked on.)
 */
export function mayStartLongPlace(word: string): boolean {
  return MULTI_WORD_STARTS.has(word) || word.includes(' ');
}

/** Length in words of the longest known place name starting at i, or 0. */
export function placeLength(words: readonly string[], i: number): number {
  if (i >= words.length) return 0;
  const longest = mayStartLongPlace(words[i]) ? MAX_PLACE_WORDS : 1;
  for (let n = Math.min(longest, words.length - i); n > 0; n--) {
    if (isPlaceName(words.slice(i, i + n).join(' '))) return n;
  }
  return 0;
}

/** Known places inside a run of words, as [from, to) word ranges, longest first from the left. */
export function placesIn(words: readonly string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < words.length; ) {
    const n = placeLength(words, i);
    if (n) { out.push([i, i + n]); i += n; } else i++;
  }
  return out;
}

export function nameKey(text: string): string {
  return text.toLowerCase().normalize('NFKC').replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, ' ');
}

export function joinTokens(run: readonly Token[]): Span & { text: string } {
  const text = run.map((t, i) => (i > 0 && run[i - 1].end < t.start ? ' ' : '') + t.text).join('');
  return { start: run[0].start, end: run[run.length - 1].end, text };
}

export function mention(run: readonly Token[], kind: EntityKind, role?: Span & { text: string }): NameMention {
  const { start, end, text } = joinTokens(run);
  const words = run.map(t => t.norm);
  return { start, end, text, key: nameKey(text), kind, words, role: role && role.end > role.start ? role : undefined, modifier: undefined, bracketed: undefined };
}

/** Token index range [from, to) of a span, given the sentence's tokens. */
export function tokenRange(tokens: readonly Token[], span: Span): [number, number] {
  let from = 0;
  while (from < tokens.length && tokens[from].start < span.start) from++;
  let to = from;
  while (to < tokens.length && tokens[to].end <= span.end) to++;
  return [from, to];
}

/**
 * Where a capitalised title that ends in an office or trade ends: "Police Commissioner Teresa Vance", "Executive
 * Producer Nadia Farouk", "Harbour Master Colin Reid". The office word must follow another capitalised word and be
 * followed by two plain words at least, so a name that merely holds such a word stays whole; 0 when there is none.
 */
export function officeEnd(words: readonly string[]): number {
  for (let h = words.length - 3; h >= 1; h--) {
    if (!OCCUPATIONS.has(words[h]) && !TITLE_HEADS.has(words[h])) continue;
    const rest = words.slice(h + 1);
    const plain = rest.every((w, i) => !isTitleWord(w) && !OCCUPATIONS.has(w) && !ORG_WORDS.has(w) && placeLength(rest, i) === 0);
    return plain ? h + 1 : 0;
  }
  return 0;
}
