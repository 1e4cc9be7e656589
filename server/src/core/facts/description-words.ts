import { Token } from '../types';
import type { NameMention } from './names';
import { placesIn } from './ner-words';
import { TITLE_HEADS } from '../lexicon/roles';
import { OCCUPATIONS, ORG_NOUNS, PLACE_NOUNS, PLACE_NOUN_PAIRS } from '../lexicon/descriptions';

// Small word tests shared by the readers of descriptions around a name (descriptions.ts, descriptions-before.ts).

export type DescribedKind = 'person' | 'organization' | 'place';

/** Words that end a description and open the next clause ("…, a port town where …", "…, yang …"). */
export const ROLE_WORDS_END: ReadonlySet<string> = new Set(['setelah', 'sebelum', 'sejak', 'yang', 'dan', 'karena',
  'ketika', 'saat', 'pada', 'sementara', 'namun', 'tetapi', 'tapi', 'serta', 'after', 'before', 'since', 'who',
  'which', 'whose', 'where', 'and', 'when', 'while', 'but', 'on', 'said', 'says', 'told', 'kata', 'ujar',
  'mengatakan', 'menyatakan']);

const DEMONSTRATIVES = new Set(['itu', 'ini', 'tersebut', 'this', 'that', 'these', 'those']);

export const isDemonstrative = (norm: string) => DEMONSTRATIVES.has(norm.toLowerCase());

/**
 * The kind of thing a noun names: a person for a title or an occupation, an organisation, a place ("kota", or
 * "ibu kota" with the word after it); undefined for any other word.
 */
export function descriptorKind(norm: string, next?: string): DescribedKind | undefined {
  if (next !== undefined && PLACE_NOUN_PAIRS.has(`${norm} ${next}`)) return 'place';
  if (TITLE_HEADS.has(norm) || OCCUPATIONS.has(norm)) return 'person';
  if (ORG_NOUNS.has(norm)) return 'organization';
  if (PLACE_NOUNS.has(norm)) return 'place';
  return undefined;
}

/** Index of the first token starting at or after offset: tokens are in text order, so by bisection. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The norm of the token right before a span ("warga" of "warga Karangjati"), or '' at the sentence's start. */
export function normBefore(tokens: readonly Token[], span: { start: number }): string {
  return tokens[tokenAt(tokens, span.start) - 1]?.norm ?? '';
}

/** The text of tokens [from, to) as written: a space only where the text has one. */
export function wordsText(tokens: readonly Token[], from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) out += (i > from && tokens[i - 1].end < tokens[i].start ? ' ' : '') + tokens[i].text;
  return out;
}

/** A name the place lexicon knows whole (a country, a capital): "Indonesia", "Amerika Serikat". */
export function isKnownPlace(name: NameMention): boolean {
  return name.kind === 'place' && placesIn(name.words).some(([a, z]) => a === 0 && z === name.words.length);
}

/**
 * An Indonesian verb by its prefix ("membeli", "dinilainya", "berubah"), unless the word is a noun of a
 * description itself ("direktur"): a description is a noun phrase, and a verb ends it.
 */
export function isVerbForm(norm: string): boolean {
  return /^(?:me|di|ber)\p{L}{4,}$/u.test(norm) && descriptorKind(norm) === undefined;
}
