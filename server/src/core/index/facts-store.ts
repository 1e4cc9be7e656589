import { DocFacts, SentenceFacts, Word } from '../facts/analyze';
import { Token, TokenKind } from '../types';

// The corpus's analysis as it is kept, in memory and on disk. Tokens and words are four fifths of an analysis and
// almost all repetition: their text is the document's own text at their offsets, and their forms and stems come
// from a small vocabulary. So they are kept as numbers in typed arrays (offsets, ids into one table of interned
// strings, flag bits), and the texts that the source already holds are not kept at all. Everything else of a
// sentence (names, figures, dates) is kept as it is.
//
// A document's facts are rebuilt as objects only when asked for, with the same fields and values analysis made,
// and the most recently used ones are kept: a check reads a few dozen documents, hover a handful, so memory holds
// the compact form of the whole corpus and the objects of a small working set.

const KINDS: TokenKind[] = ['word', 'number', 'punct', 'symbol'];
export const TOKEN_INTS = 4;
const WORD_INTS = 6;
/** Documents whose facts stay decoded. */
const RECENT_DOCS = 512;

type StoredSentence = Omit<SentenceFacts, 'tokens' | 'words' | 'text'> & { tokenCount: number; wordCount: number; text?: string };

export interface StoredDoc {
  lang: DocFacts['lang'];
  quotes: DocFacts['quotes'];
  sentences: StoredSentence[];
  /** Per token: start, end, id of its matching form, kind × 2 + capitalised. */
  tokens: Int32Array;
  /** Per word: start, end, id of its form, id of its stem, flags (stop, cap, negated prefix), token index. */
  words: Int32Array;
}

export interface StoredFacts { strings: string[]; docs: StoredDoc[] }

export class FactsStore {
  private readonly ids = new Map<string, number>();
  private readonly recent = new Map<number, DocFacts>();

  constructor(readonly stored: StoredFacts = { strings: [], docs: [] }, private readonly texts: string[] = []) {
    stored.strings.forEach((s, i) => this.ids.set(s, i));
  }

  get size(): number {
    return this.stored.docs.length;
  }

  /** Keeps a document's facts in compact form; returns its number. */
  add(facts: DocFacts): number {
    this.stored.docs.push(encode(facts, s => this.idOf(s)));
    this.texts.push(facts.text);
    return this.stored.docs.length - 1;
  }

  /** A document's facts as objects, rebuilt if not among the recently used. */
  facts(doc: number): DocFacts {
    let facts = this.recent.get(doc);
    if (facts) {
      this.recent.delete(doc);
    } else {
      facts = decode(this.stored.docs[doc], this.texts[doc], this.stored.strings);
      if (this.recent.size >= RECENT_DOCS) this.recent.delete(this.recent.keys().next().value!);
    }
    this.recent.set(doc, facts);
    return facts;
  }

  lang(doc: number): DocFacts['lang'] {
    return this.stored.docs[doc].lang;
  }

  quotes(doc: number): DocFacts['quotes'] {
    return this.stored.docs[doc].quotes;
  }

  /** The interned string table's id of a form, or -1 when no token or word of the corpus has it. */
  idOf(s: string): number;
  idOf(s: string, known: true): number;
  idOf(s: string, known?: true): number {
    let i = this.ids.get(s);
    if (i === undefined) {
      if (known) return -1;
      i = this.stored.strings.length;
      this.stored.strings.push(s);
      this.ids.set(s, i);
    }
    return i;
  }

  string(id: number): string {
    return this.stored.strings[id];
  }
}

function encode(facts: DocFacts, id: (s: string) => number): StoredDoc {
  const tokenTotal = facts.sentences.reduce((n, s) => n + s.tokens.length, 0);
  const wordTotal = facts.sentences.reduce((n, s) => n + s.words.length, 0);
  const tokens = new Int32Array(tokenTotal * TOKEN_INTS), words = new Int32Array(wordTotal * WORD_INTS);
  let t = 0, w = 0;
  const sentences = facts.sentences.map(({ tokens: st, words: sw, text, ...rest }): StoredSentence => {
    for (const k of st) {
      tokens[t] = k.start; tokens[t + 1] = k.end; tokens[t + 2] = id(k.norm); tokens[t + 3] = KINDS.indexOf(k.kind) * 2 + (k.cap ? 1 : 0);
      t += TOKEN_INTS;
    }
    for (const x of sw) {
      words[w] = x.start; words[w + 1] = x.end; words[w + 2] = id(x.norm); words[w + 3] = id(x.stem);
      words[w + 4] = (x.stop ? 1 : 0) | (x.cap ? 2 : 0) | (x.negatedPrefix ? 4 : 0); words[w + 5] = x.token;
      w += WORD_INTS;
    }
    const stored: StoredSentence = { ...rest, tokenCount: st.length, wordCount: sw.length };
    // A sentence's text is the document's text at its offsets; keep it only if it ever is not.
    if (text !== facts.text.slice(rest.start, rest.end)) stored.text = text;
    return stored;
  });
  return { lang: facts.lang, quotes: facts.quotes, sentences, tokens, words };
}

function decode(d: StoredDoc, text: string, strings: readonly string[]): DocFacts {
  let t = 0, w = 0;
  const sentences = d.sentences.map(({ tokenCount, wordCount, text: own, ...rest }): SentenceFacts => {
    const tokens: Token[] = new Array(tokenCount);
    for (let i = 0; i < tokenCount; i++, t += TOKEN_INTS) {
      const a = d.tokens;
      tokens[i] = { start: a[t], end: a[t + 1], text: text.slice(a[t], a[t + 1]), norm: strings[a[t + 2]], kind: KINDS[a[t + 3] >> 1], cap: (a[t + 3] & 1) === 1 };
    }
    const words: Word[] = new Array(wordCount);
    for (let i = 0; i < wordCount; i++, w += WORD_INTS) {
      const a = d.words;
      words[i] = {
        start: a[w], end: a[w + 1], norm: strings[a[w + 2]], stem: strings[a[w + 3]],
        stop: (a[w + 4] & 1) !== 0, cap: (a[w + 4] & 2) !== 0, negatedPrefix: (a[w + 4] & 4) !== 0, token: a[w + 5],
      };
    }
    return { ...rest, text: own ?? text.slice(rest.start, rest.end), tokens, words } as SentenceFacts;
  });
  return { text, lang: d.lang, sentences, quotes: d.quotes };
}

/** Whether a stored token is punctuation or a symbol (not a word or a number). */
export function isMarkToken(tokens: Int32Array, slot: number): boolean {
  return tokens[slot * TOKEN_INTS + 3] >> 1 >= 2;
}
