import { AskedWords, DocFacts, SentenceFacts, Word } from '../facts/analyze';
import { encodeNames, NameReader, namedSentenceNumbers } from './stored-names';
import { NameMention } from '../facts/names';
import { Token } from '../types';
import {
  CAP, FORM_SHIFT, KINDS, LONG, longLength, MAX_FORM, NEGATED_PREFIX, OWN_FORM, SENTENCE_FIELDS, SENTENCE_INTS,
  SentenceExtras, STOP, StoredDoc, TOKEN_INTS, tokenEnd, tokenForm, WORD_FLAG_BITS, WORD_INTS,
} from './stored-doc';

// One document's analysis turned into its stored form (stored-doc.ts) and back, whole or only what a reader needs
// (outlines, named sentences). Apart from the form and its in-place reads, which retrieval uses without rebuilding.

export function encodeDoc(facts: DocFacts, id: (s: string) => number, asked?: AskedWords): StoredDoc {
  const tokenTotal = facts.sentences.reduce((n, s) => n + s.tokens.length, 0);
  const wordTotal = facts.sentences.reduce((n, s) => n + s.words.length, 0);
  const tokens = new Int32Array(tokenTotal * TOKEN_INTS), words = new Int32Array(wordTotal * WORD_INTS);
  const sentences = new Int32Array(facts.sentences.length * SENTENCE_INTS);
  const extras: StoredDoc['extras'] = [];
  let t = 0, w = 0;
  const ownForms: number[] = [], longs: number[] = [];
  facts.sentences.forEach((s, i) => {
    // for-in, not Object.keys: every sentence of every source passes here, and no list of its keys is needed.
    for (const k in s) if (!SENTENCE_FIELDS.has(k)) throw new Error(`sentence facts have a field the store does not keep: ${k}`);
    for (const k of s.tokens) {
      const form = id(k.norm), length = k.end - k.start;
      if (form >= MAX_FORM) throw new Error('more distinct words than the stored layout numbers');
      if (length >= LONG) longs.push(t / TOKEN_INTS, length);
      tokens[t] = k.start;
      tokens[t + 1] = form * 256 + Math.min(length, LONG) * 8 + KINDS.indexOf(k.kind) * 2 + (k.cap ? 1 : 0);
      t += TOKEN_INTS;
    }
    for (const x of s.words) {
      // A word has its token's offsets (a hyphenated token gives several words, all with its offsets).
      if (x.start !== s.tokens[x.token].start || x.end !== s.tokens[x.token].end) throw new Error('a word does not have its token\'s offsets');
      const own = x.norm !== s.tokens[x.token].norm;
      if (own) ownForms.push(w / WORD_INTS, id(x.norm));
      words[w] = id(x.stem);
      words[w + 1] = (x.token << WORD_FLAG_BITS) | (x.stop ? STOP : 0) | (x.cap ? CAP : 0) | (x.negatedPrefix ? NEGATED_PREFIX : 0) | (own ? OWN_FORM : 0);
      w += WORD_INTS;
    }
    sentences.set([s.start, s.end, s.tokens.length, s.words.length, s.headline ? 1 : 0], i * SENTENCE_INTS);
    const more: SentenceExtras = {};
    if (s.quantities.length) more.quantities = s.quantities;
    if (s.dates.length) more.dates = s.dates;
    if (s.text !== facts.text.slice(s.start, s.end)) more.text = s.text;
    if (more.quantities || more.dates || more.text !== undefined) extras[i] = more;
  });
  const names = encodeNames(facts.sentences, facts.text);
  const doc: StoredDoc = { lang: facts.lang, quotes: facts.quotes, sentences, extras, tokens, words };
  if (names) doc.names = names;
  if (ownForms.length) doc.wordForms = Int32Array.from(ownForms);
  if (longs.length) doc.longTokens = Int32Array.from(longs);
  if (asked) doc.asked = Int32Array.from([...Array.from(asked.common, id), ...Array.from(asked.names, w => ~id(w))]).sort();
  return doc;
}

export function decodeDoc(d: StoredDoc, text: string, strings: readonly string[]): DocFacts {
  const count = d.sentences.length / SENTENCE_INTS;
  const sentences: SentenceFacts[] = new Array(count);
  const names = new NameReader(d.names, text);
  let t = 0, w = 0, own = 1;
  for (let index = 0; index < count; index++) {
    const at = index * SENTENCE_INTS;
    const start = d.sentences[at], end = d.sentences[at + 1], tokenCount = d.sentences[at + 2], wordCount = d.sentences[at + 3];
    const tokens = decodeTokens(d, text, strings, t / TOKEN_INTS, tokenCount);
    t += tokenCount * TOKEN_INTS;
    const words: Word[] = new Array(wordCount);
    for (let i = 0; i < wordCount; i++, w += WORD_INTS) {
      const flags = d.words[w + 1], at = flags >> WORD_FLAG_BITS, token = tokens[at];
      const norm = flags & OWN_FORM ? strings[d.wordForms![(own += 2) - 2]] : token.norm;
      words[i] = {
        start: token.start, end: token.end, norm, stem: strings[d.words[w]],
        stop: (flags & STOP) !== 0, cap: (flags & CAP) !== 0, negatedPrefix: (flags & NEGATED_PREFIX) !== 0, token: at,
      };
    }
    const more = d.extras[index];
    sentences[index] = {
      start, end, text: more?.text ?? text.slice(start, end), index, tokens, words,
      names: names.of(index, tokens),
      quantities: more?.quantities ?? [],
      dates: more?.dates ?? [],
      headline: d.sentences[at + 4] === 1,
    };
  }
  return { text, lang: d.lang, sentences, quotes: d.quotes };
}

function decodeTokens(d: StoredDoc, text: string, strings: readonly string[], first: number, count: number): Token[] {
  const tokens: Token[] = new Array(count), a = d.tokens;
  for (let i = 0, t = first * TOKEN_INTS; i < count; i++, t += TOKEN_INTS) {
    const start = a[t], packed = a[t + 1], length = (packed >> 3) & 31;
    const end = start + (length < LONG ? length : longLength(d.longTokens!, first + i));
    tokens[i] = { start, end, text: text.slice(start, end), norm: strings[packed >>> FORM_SHIFT], kind: KINDS[(packed >> 1) & 3], cap: (packed & 1) === 1 };
  }
  return tokens;
}

/** A stored sentence's span and small facts, read without its tokens and words (the archive's rows). */
export interface SentenceOutline extends Pick<SentenceFacts, 'index' | 'start' | 'end' | 'text' | 'quantities' | 'dates'> { words: number; headline: boolean }

/** Every sentence's outline: what `decodeDoc` gives of it but its tokens, words and names, for a fraction of its work. */
export function sentenceOutlines(d: StoredDoc, text: string): SentenceOutline[] {
  const count = d.sentences.length / SENTENCE_INTS, out: SentenceOutline[] = new Array(count);
  for (let index = 0; index < count; index++) {
    const at = index * SENTENCE_INTS, start = d.sentences[at], end = d.sentences[at + 1], more = d.extras[index];
    out[index] = {
      index, start, end, text: more?.text ?? text.slice(start, end), words: d.sentences[at + 3], headline: d.sentences[at + 4] === 1,
      quantities: more?.quantities ?? [], dates: more?.dates ?? [],
    };
  }
  return out;
}

/** A sentence with names, as the registry reads it (indexing.ts `mentionsOf`). */
export interface NamedSentence { index: number; end: number; headline: boolean; tokens: Token[]; names: NameMention[] }

/**
 * The sentences of a stored document that hold names, with their names and, unless `withTokens` is false, their
 * tokens: what the registry needs of a document, for a fraction of rebuilding it. Without tokens (when the
 * document's name notes make reading descriptions again needless) a name's words come from the arrays directly.
 */
export function namedSentences(d: StoredDoc, text: string, strings: readonly string[], withTokens = true): NamedSentence[] {
  const out: NamedSentence[] = [];
  if (!d.names) return out;
  const reader = new NameReader(d.names, text);
  let sentence = 0, firstToken = 0;
  for (const index of namedSentenceNumbers(d.names)) {
    for (; sentence < index; sentence++) firstToken += d.sentences[sentence * SENTENCE_INTS + 2];
    const at = index * SENTENCE_INTS, count = d.sentences[at + 2];
    const headline = d.sentences[at + 4] === 1, end = d.sentences[at + 1];
    if (withTokens) {
      const tokens = decodeTokens(d, text, strings, firstToken, count);
      out.push({ index, end, headline, tokens, names: reader.of(index, tokens) });
    } else {
      out.push({ index, end, headline, tokens: [], names: reader.of(index, (s, e) => storedFormsWithin(d, strings, firstToken, count, s, e)) });
    }
  }
  return out;
}

/** The forms of a sentence's stored tokens that lie within a span (the first found by bisection), as formsWithin reads decoded ones. */
function storedFormsWithin(d: StoredDoc, strings: readonly string[], first: number, count: number, start: number, end: number): string[] {
  const a = d.tokens;
  let lo = first, hi = first + count;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (a[mid * TOKEN_INTS] < start) lo = mid + 1; else hi = mid; }
  const out: string[] = [];
  for (let i = lo; i < first + count && a[i * TOKEN_INTS] < end; i++) if (tokenEnd(d, i) <= end) out.push(strings[tokenForm(a, i)]);
  return out;
}
