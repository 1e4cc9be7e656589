import { DocFacts, SentenceFacts, Word } from './core/facts/analyze';
import { Token, TokenKind } from './core/types';

// The stored form of a corpus's analysis. Tokens and words are four fifths of it and almost all repetition:
// their text is the document's own text at their offsets, and their forms and stems come from a small
// vocabulary. So they are stored as numbers in typed arrays (offsets, ids into one table of interned strings,
// flag bits), and the texts that the source already holds are not stored at all. Everything else of a
// sentence (names, figures, dates) is stored as it is. Decoding rebuilds objects with the same fields and values
// as analysis made them, so a restored corpus checks exactly as a fresh one.

const KINDS: TokenKind[] = ['word', 'number', 'punct', 'symbol'];
const TOKEN_INTS = 4;
const WORD_INTS = 6;

type StoredSentence = Omit<SentenceFacts, 'tokens' | 'words' | 'text'> & { tokenCount: number; wordCount: number; text?: string };

export interface StoredDoc {
  lang: DocFacts['lang'];
  quotes: DocFacts['quotes'];
  sentences: StoredSentence[];
  tokens: Int32Array;
  words: Int32Array;
}

export interface StoredFacts { strings: string[]; docs: StoredDoc[] }

export function encodeFacts(all: readonly DocFacts[]): StoredFacts {
  const strings: string[] = [];
  const ids = new Map<string, number>();
  const id = (s: string) => { let i = ids.get(s); if (i === undefined) { i = strings.length; strings.push(s); ids.set(s, i); } return i; };
  const docs = all.map((facts): StoredDoc => {
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
      // A sentence's text is the document's text at its offsets; store it only if it ever is not.
      if (text !== facts.text.slice(rest.start, rest.end)) stored.text = text;
      return stored;
    });
    return { lang: facts.lang, quotes: facts.quotes, sentences, tokens, words };
  });
  return { strings, docs };
}

/** The analyses back, given the documents' texts in the same order. */
export function decodeFacts(stored: StoredFacts, texts: readonly string[]): DocFacts[] {
  const { strings } = stored;
  return stored.docs.map((d, di): DocFacts => {
    const text = texts[di];
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
  });
}
