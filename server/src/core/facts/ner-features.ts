import { Token } from '../types';
import { PLACE_NAMES } from '../lexicon/places';
import { TITLE_HEADS, TITLE_TAILS, ORG_WORDS } from '../lexicon/roles';
import { aliasKey } from '../lexicon/aliases';
import { remembered } from '../remembered';

// The name tagger's model and features (ner-tagger.ts decodes with them): what each token of a sentence looks
// like to the model, as strings, the form training (scripts/train-ner.mjs) writes weights for.

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
export type NerType = 'PER' | 'ORG' | 'LOC';

/** What the tagger needs to know about the corpus: the same two questions names.ts asks. */
export interface TaggerContext {
  isCommonWord(norm: string): boolean;
  isKnownName(norm: string): boolean;
}

/**
 * Names seen in the annotated training text: each word's usual type inside a name, and whole names of two or
 * more words. A word such as "Golkar" or "Jokowi" then carries what it was, even in a context never seen.
 */
export interface Gazetteer {
  words: ReadonlyMap<string, NerType>;
  phrases: ReadonlyMap<string, NerType>;
  /** Capitalised words that usually stand right before a name but outside it ("Menko", "Wasekjen", "Pak"). */
  leads: ReadonlySet<string>;
}

export const MAX_PHRASE_WORDS = 5;

export interface TaggerModel {
  /** Feature → one weight per tag (TAGS order). Features never seen in training are simply absent. */
  weights: Map<string, Float64Array | number[]>;
  gazetteer?: Gazetteer;
  /** transitions[prev * TAGS.length + cur]; prev = TAGS.length stands for the sentence start. */
  transitions: number[];
}

/** Word shape with runs collapsed: "Jokowi" → "Xx", "BUMN" → "X", "Jokowi-Kalla" → "Xx-Xx", "2014" → "d". */
export function shapeOf(text: string): string {
  return text.replace(/\p{Lu}/gu, 'X').replace(/\p{Ll}/gu, 'x').replace(/\d/g, 'd').replace(/(.)\1+/g, '$1');
}

export const shapeOfWord = remembered(shapeOf);

/** The lexicon's word classes of a word: shared lists, read only. */
export const lexiconTags = remembered((norm: string): readonly string[] => {
  const out: string[] = [];
  if (PLACE_NAMES.has(norm) || aliasKey(norm) !== undefined) out.push('place');
  if (TITLE_HEADS.has(norm)) out.push('title');
  if (TITLE_TAILS.has(norm)) out.push('tail');
  if (ORG_WORDS.has(norm)) out.push('org');
  return out;
});

/**
 * Features of every token of one sentence (or only of the tokens `only` selects; the others get none). Context
 * words are lower-cased; punctuation is its own word.
 */
export function sentenceFeatures(tokens: readonly Token[], ctx: TaggerContext, gaz?: Gazetteer, only?: readonly boolean[]): string[][] {
  const norm = (i: number) => (i < 0 ? '<s>' : i >= tokens.length ? '</s>' : tokens[i].norm);
  // Each token's shape is asked for by itself and both neighbours: work it out once.
  const shapes = tokens.map((t, i) => (!only || only[i] || only[i - 1] || only[i + 1] ? shapeOfWord(t.text) : ''));
  const shape = (i: number) => (i < 0 || i >= tokens.length ? '_' : shapes[i]);
  const firstWord = tokens.findIndex(t => t.kind === 'word');
  const runs = runInfo(tokens);
  const phrases = gaz ? phraseHits(tokens, gaz) : [];
  return tokens.map((t, i) => {
    if (only && !only[i]) return [];
    const w = t.norm, s = shapes[i];
    const f = ['b', `w=${w}`, `s=${s}`, `p3=${w.slice(0, 3)}`, `x3=${w.slice(-3)}`, `x2=${w.slice(-2)}`,
      `w-1=${norm(i - 1)}`, `w+1=${norm(i + 1)}`, `w-2=${norm(i - 2)}`, `w+2=${norm(i + 2)}`,
      `s-1=${shape(i - 1)}`, `s+1=${shape(i + 1)}`, `s-1s=${shape(i - 1)}|${s}|${shape(i + 1)}`,
      `w-1s=${norm(i - 1)}|${s}`, `w+1s=${s}|${norm(i + 1)}`];
    if (i === firstWord) f.push('first', `first|${s}`);
    if (t.cap) {
      // For a capitalised word, whether the corpus also writes it in lower case is the best clue that it is
      // an ordinary word; whether it appears capitalised mid-sentence, that it is a name.
      f.push(`common=${ctx.isCommonWord(w)}`, `known=${ctx.isKnownName(w)}`);
      if (i === firstWord) f.push(`first|common=${ctx.isCommonWord(w)}|known=${ctx.isKnownName(w)}`);
    }
    // The same two questions of the capitalised words either side: an unknown word beside a known name is
    // likely one name with it, beside a capitalised ordinary word likely a title or a heading.
    f.push(`ck-1=${VOCABULARY_CLASSES[vocabularyClass(tokens[i - 1], ctx)]}`, `ck+1=${VOCABULARY_CLASSES[vocabularyClass(tokens[i + 1], ctx)]}`);
    for (const l of lexiconTags(w)) f.push(`lex=${l}`);
    for (const l of lexiconTags(norm(i - 1))) f.push(`lex-1=${l}`);
    for (const l of lexiconTags(norm(i + 1))) f.push(`lex+1=${l}`);
    if (w.includes('-')) f.push(`hy=${w.split('-')[0]}`);
    // The run of capitalised words a token stands in: its first and last words say much about what the
    // whole run is ("Partai …", "… University", "Kabupaten …").
    const r = runs[i];
    if (r) f.push(`rf=${r.first}`, `rl=${r.last}`, `rpos=${r.pos}`, `rlen=${r.len}`, `rf|rpos=${r.first}|${r.pos}`);
    const g = gaz?.words.get(w);
    if (g) f.push(`gz=${g}`, `gz|s=${g}|${s}`);
    if (phrases[i]) f.push(`gp=${phrases[i]}`);
    return f;
  });
}

/** What the corpus says of a capitalised word (ck features): its index in VOCABULARY_CLASSES. */
export const VOCABULARY_CLASSES = ['-', 'false|false', 'false|true', 'true|false', 'true|true'] as const;

/** 0 for no token or one without a capital; else 1 + 2 × common + known. */
export function vocabularyClass(t: Token | undefined, ctx: TaggerContext): number {
  if (!t || !t.cap) return 0;
  return 1 + (ctx.isCommonWord(t.norm) ? 2 : 0) + (ctx.isKnownName(t.norm) ? 1 : 0);
}

/** First words of the gazetteer's phrases: a phrase is looked up only where one of them stands. */
const phraseStarts = new WeakMap<Gazetteer, Set<string>>();
export function phraseStartsOf(gaz: Gazetteer): Set<string> {
  let set = phraseStarts.get(gaz);
  if (!set) { set = new Set([...gaz.phrases.keys()].map(p => p.split(' ')[0])); phraseStarts.set(gaz, set); }
  return set;
}

/** For each token inside a known multi-word name: its type and place in it ("ORG|B"). */
export function phraseHits(tokens: readonly Token[], gaz: Gazetteer): Array<string | undefined> {
  const out: Array<string | undefined> = new Array(tokens.length).fill(undefined);
  const starts = phraseStartsOf(gaz);
  for (let i = 0; i < tokens.length; i++) {
    if (!starts.has(tokens[i].norm)) continue;
    for (let n = Math.min(MAX_PHRASE_WORDS, tokens.length - i); n > 1; n--) {
      const type = gaz.phrases.get(tokens.slice(i, i + n).map(t => t.norm).join(' '));
      if (!type) continue;
      for (let k = 0; k < n; k++) out[i + k] = `${type}|${k ? 'I' : 'B'}`;
      i += n - 1;
      break;
    }
  }
  return out;
}

/** from and to: the run's token range, for a reader that wants its first and last token rather than their words. */
export interface RunInfo { first: string; last: string; pos: string; len: number; from: number; to: number }

/** For each token inside a run of capitalised words: the run's first and last word, and where the token is. */
export function runInfo(tokens: readonly Token[]): Array<RunInfo | undefined> {
  const out: Array<RunInfo | undefined> = new Array(tokens.length).fill(undefined);
  const capital = (t: Token) => t.kind === 'word' && /\p{Lu}/u.test(t.text);
  for (let i = 0; i < tokens.length; ) {
    if (!capital(tokens[i])) { i++; continue; }
    let j = i + 1;
    while (j < tokens.length && capital(tokens[j])) j++;
    for (let k = i; k < j; k++) {
      const pos = j - i === 1 ? 'S' : k === i ? 'B' : k === j - 1 ? 'E' : 'I';
      out[k] = { first: tokens[i].norm, last: tokens[j - 1].norm, pos, len: Math.min(j - i, 4), from: i, to: j };
    }
    i = j;
  }
  return out;
}
