import { DocFacts, SentenceFacts } from '../facts/analyze';
import { NameNotes, StoredNames } from './stored-names';
import { TokenKind } from '../types';

// One document's analysis in the form it is kept (facts-store.ts). Numbers go into typed arrays: per sentence its
// offsets and counts; per token its start, and its form id with its length, kind and capital in one int (a token of
// 31 characters or more has its length kept apart); per word its stem id, flags and token (its form is its
// token's, but for a part of a hyphenated token, whose form is kept apart). Two ints a token and two a word, not
// three each: a third of their memory.
// Names go into their own array (stored-names.ts). What can be derived from the text and the tokens is not kept:
// a sentence's text when it is the text at its offsets, and likewise for names. Each is checked when stored, so
// a value that differs is kept as it is and decoding always gives back exactly what analysis made.

export const KINDS: TokenKind[] = ['word', 'number', 'punct', 'symbol'];
export const TOKEN_INTS = 2;
/**
 * A token's second int: form id × 256 + length field × 8 + kind × 2 + capitalised. The length field holds lengths up
 * to 30; LONG says the length is in `longTokens`. Form ids must stay below 2^24 (16.7 million distinct strings).
 */
export const LONG = 31, FORM_SHIFT = 8, MAX_FORM = 2 ** 24;
export const WORD_INTS = 2;
/** Flags in a word's second int, under its token index: stopword, capitalised, negated prefix, form of its own. */
export const STOP = 1, CAP = 2, NEGATED_PREFIX = 4, OWN_FORM = 8, WORD_FLAG_BITS = 4;

/**
 * The layout of a stored document, for stores that outlive this code (the shared archive): a document stored in
 * another layout is analysed again, never read as this one.
 */
export const STORED_DOC_FORMAT = 3;
export const SENTENCE_INTS = 5;
export const SENTENCE_FIELDS = new Set(['start', 'end', 'text', 'index', 'tokens', 'words', 'names', 'quantities', 'dates', 'headline']);

/** A sentence's lists, kept only when not empty, and its text when it is not the text at its offsets. */
export interface SentenceExtras {
  quantities?: SentenceFacts['quantities'];
  dates?: SentenceFacts['dates'];
  text?: string;
}

export interface StoredDoc {
  lang: DocFacts['lang'];
  quotes: DocFacts['quotes'];
  /** Per sentence: start, end, token count, word count, headline (0 or 1). */
  sentences: Int32Array;
  /** Per sentence, when it has any: figures, dates, its own text. */
  extras: Array<SentenceExtras | undefined>;
  /** Every name mention, in sentence order (stored-names.ts). */
  names?: StoredNames;
  /** Per token: start; id of its matching form × 256 + length (LONG: see longTokens) × 8 + kind × 2 + capitalised. */
  tokens: Int32Array;
  /** For each token of LONG characters or more, in token order: its number in the document, its length. */
  longTokens?: Int32Array;
  /**
   * Per word: id of its stem; index of its token in the sentence (whose offsets, and unless OWN_FORM form, it has)
   * × 16 + flags (stop, cap, negated prefix, own form).
   */
  words: Int32Array;
  /** For each word with a form of its own (OWN_FORM), in word order: its number in the document, its form's id. */
  wordForms?: Int32Array;
  /** By name number, the names with an acronym or a description; absent when the analysis did not record them. */
  nameNotes?: Record<number, NameNotes>;
  /**
   * The words the name finder asked the vocabularies about (AnalyzeOptions.asked), ascending: the id of a word
   * asked whether ordinary, the complement (~id, negative) of one asked whether used as a name.
   */
  asked?: Int32Array;
  /** How many quotes it has, where that is known without reading them (a document kept packed at the edge). */
  readonly quoteCount?: number;
}

/** How many quotes a stored document has. */
export function quoteCount(d: StoredDoc): number {
  return d.quoteCount ?? d.quotes.length;
}

/** Each question a document recorded (`asked`): the word's string id, and whether it was asked as a name. */
export function forEachAsked(d: StoredDoc, f: (form: number, asName: boolean) => void): void {
  for (const q of d.asked ?? []) f(q >= 0 ? q : ~q, q < 0);
}

// Reading one stored token without rebuilding the document (the quote search's word index).

export function tokenCount(tokens: Int32Array): number {
  return tokens.length / TOKEN_INTS;
}

/** Whether a stored token is punctuation or a symbol (not a word or a number). */
export function isMarkToken(tokens: Int32Array, slot: number): boolean {
  return ((tokens[slot * TOKEN_INTS + 1] >> 1) & 3) >= 2;
}

export function tokenStart(tokens: Int32Array, slot: number): number {
  return tokens[slot * TOKEN_INTS];
}

export function tokenEnd(d: Pick<StoredDoc, 'tokens' | 'longTokens'>, slot: number): number {
  const length = (d.tokens[slot * TOKEN_INTS + 1] >> 3) & 31;
  return d.tokens[slot * TOKEN_INTS] + (length < LONG ? length : longLength(d.longTokens!, slot));
}

/** The length of a long token, from the (token number, length) pairs (bisection). */
export function longLength(pairs: Int32Array, slot: number): number {
  let lo = 0, hi = pairs.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1, at = pairs[mid * 2];
    if (at === slot) return pairs[mid * 2 + 1];
    if (at < slot) lo = mid + 1; else hi = mid - 1;
  }
  throw new Error(`a long token's length is missing (token ${slot})`);
}

/** The id of a stored token's matching form in the string table. */
export function tokenForm(tokens: Int32Array, slot: number): number {
  return tokens[slot * TOKEN_INTS + 1] >>> FORM_SHIFT;
}

/** A hash of a stored sentence's text (FNV-1a over its UTF-16 units), never 0: equal texts hash alike. */
export function sentenceTextHash(d: StoredDoc, text: string, i: number): number {
  let h = 0x811c9dc5;
  for (let k = d.sentences[i * SENTENCE_INTS], end = d.sentences[i * SENTENCE_INTS + 1]; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h | 1;
}

/** A stored sentence's text, read from the document's text at its offsets. */
export function sentenceTextOf(d: StoredDoc, text: string, i: number): string {
  return text.slice(d.sentences[i * SENTENCE_INTS], d.sentences[i * SENTENCE_INTS + 1]);
}

/** Whether two stored sentences (of these documents and texts) are the same words at their offsets. */
export function sameSentenceText(a: StoredDoc, aText: string, i: number, b: StoredDoc, bText: string, j: number): boolean {
  const aStart = a.sentences[i * SENTENCE_INTS], aEnd = a.sentences[i * SENTENCE_INTS + 1];
  const bStart = b.sentences[j * SENTENCE_INTS], bEnd = b.sentences[j * SENTENCE_INTS + 1];
  return aEnd - aStart === bEnd - bStart && aText.startsWith(bText.slice(bStart, bEnd), aStart);
}

export function sentenceCount(d: StoredDoc): number {
  return d.sentences.length / SENTENCE_INTS;
}

/** How many words a stored document has. */
export function wordCount(d: StoredDoc): number {
  return d.words.length / WORD_INTS;
}

/**
 * Visits the string id of each stored word's form, in word order, until `visit` returns true; whether it did.
 * (A callback, not an array: indexing visits every word of every document.)
 */
export function someWordForm(d: StoredDoc, visit: (form: number) => boolean | void): boolean {
  for (let s = 0, t = 0, w = 0, own = 1; s < sentenceCount(d); t += d.sentences[s * SENTENCE_INTS + 2], s++) {
    for (let end = w + d.sentences[s * SENTENCE_INTS + 3]; w < end; w++) {
      const flags = d.words[w * WORD_INTS + 1];
      const form = flags & OWN_FORM ? d.wordForms![(own += 2) - 2] : tokenForm(d.tokens, t + (flags >> WORD_FLAG_BITS));
      if (visit(form) === true) return true;
    }
  }
  return false;
}

/**
 * Turns the string ids of a document stored with another string table (a worker thread's) into this table's:
 * `ids[old]` is the new id of each.
 */
export function renumberStrings(d: StoredDoc, ids: Int32Array): void {
  for (let t = 1; t < d.tokens.length; t += TOKEN_INTS) {
    const form = ids[d.tokens[t] >>> FORM_SHIFT];
    if (form >= MAX_FORM) throw new Error('more distinct words than the stored layout numbers');
    d.tokens[t] = form * 256 + (d.tokens[t] & 255);
  }
  for (let w = 0; w < d.words.length; w += WORD_INTS) d.words[w] = ids[d.words[w]];
  if (d.wordForms) for (let f = 1; f < d.wordForms.length; f += 2) d.wordForms[f] = ids[d.wordForms[f]];
  if (d.asked) {
    for (let i = 0; i < d.asked.length; i++) d.asked[i] = d.asked[i] >= 0 ? ids[d.asked[i]] : ~ids[~d.asked[i]];
    d.asked.sort();
  }
}

/**
 * The offsets of the sentence holding `offset`, or of the nearest one before it (the first when none is before);
 * undefined for a document without sentences. What `sentenceAt` finds among decoded sentences, read from the
 * stored form.
 */
export function sentenceSpanAt(d: StoredDoc, offset: number): { start: number; end: number } | undefined {
  const count = sentenceCount(d);
  if (!count) return undefined;
  let lo = 0, hi = count - 1, best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (d.sentences[mid * SENTENCE_INTS] <= offset) { best = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return { start: d.sentences[best * SENTENCE_INTS], end: d.sentences[best * SENTENCE_INTS + 1] };
}

/** How many words a stored sentence has. */
export function sentenceWordCount(d: StoredDoc, sentence: number): number {
  return d.sentences[sentence * SENTENCE_INTS + 3];
}

/** Whether a stored word (by its number in the document) is a stopword. */
export function isStopWord(d: StoredDoc, word: number): boolean {
  return (d.words[word * WORD_INTS + 1] & STOP) !== 0;
}

/** The string id of a stored word's stem. */
export function wordStem(d: StoredDoc, word: number): number {
  return d.words[word * WORD_INTS];
}

/** Where each sentence's words start in the document's word array, made once per document. */
const wordStarts = new WeakMap<StoredDoc, Int32Array>();

/** Stem ids of a stored sentence's words that are not stopwords, read without rebuilding the document. */
export function contentStemIds(d: StoredDoc, sentence: number): number[] {
  let starts = wordStarts.get(d);
  if (!starts) {
    const n = sentenceCount(d);
    starts = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) starts[i + 1] = starts[i] + d.sentences[i * SENTENCE_INTS + 3];
    wordStarts.set(d, starts);
  }
  const out: number[] = [];
  for (let w = starts[sentence]; w < starts[sentence + 1]; w++) if ((d.words[w * WORD_INTS + 1] & STOP) === 0) out.push(d.words[w * WORD_INTS]);
  return out;
}
