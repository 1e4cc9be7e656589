import { Token } from '../types';
import { PLACE_NAMES, MAX_PLACE_WORDS } from '../lexicon/places';
import { TITLE_HEADS, TITLE_TAILS, ORG_WORDS } from '../lexicon/roles';
import { aliasKey } from '../lexicon/aliases';
import { NER_WEIGHTS_JSON } from './model/ner-weights';

// A small sequence tagger for names in news prose: a structured perceptron over token features, decoded with
// Viterbi over BIO tags (PER, ORG, LOC). The rules in names.ts know the shape of a name (a capitalised run, a
// title before it, a place inside it); what they cannot know is whether "Hanung", "Pertamina" or "Golkar" is a
// person, a company or a party, or whether a sentence's first word is a name. The tagger answers that from
// what it learned on annotated Indonesian news (scripts/train-ner.mjs); names.ts decides how to use the answer.

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

/**
 * A pure function of one string, remembered: a corpus repeats its words, and features ask about each word and
 * both its neighbours. The memory starts again past `limit` words, so a long-running server keeps no more.
 */
function remembered<T>(fn: (s: string) => T, limit = 100_000): (s: string) => T {
  let memo = new Map<string, T>();
  return s => {
    let v = memo.get(s);
    if (v === undefined) {
      if (memo.size >= limit) memo = new Map();
      v = fn(s);
      memo.set(s, v);
    }
    return v;
  };
}

/** Word shape with runs collapsed: "Jokowi" → "Xx", "BUMN" → "X", "Jokowi-Kalla" → "Xx-Xx", "2014" → "d". */
export function shapeOf(text: string): string {
  return text.replace(/\p{Lu}/gu, 'X').replace(/\p{Ll}/gu, 'x').replace(/\d/g, 'd').replace(/(.)\1+/g, '$1');
}

const shapeOfWord = remembered(shapeOf);

/** The lexicon's word classes of a word: shared lists, read only. */
const lexiconTags = remembered((norm: string): readonly string[] => {
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

/** First words of the gazetteer's phrases: a phrase is looked up only where one of them stands. */
const phraseStarts = new WeakMap<Gazetteer, Set<string>>();
function phraseStartsOf(gaz: Gazetteer): Set<string> {
  let set = phraseStarts.get(gaz);
  if (!set) { set = new Set([...gaz.phrases.keys()].map(p => p.split(' ')[0])); phraseStarts.set(gaz, set); }
  return set;
}

/** For each token inside a known multi-word name: its type and place in it ("ORG|B"). */
function phraseHits(tokens: readonly Token[], gaz: Gazetteer): Array<string | undefined> {
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

interface RunInfo { first: string; last: string; pos: string; len: number }

/** For each token inside a run of capitalised words: the run's first and last word, and where the token is. */
function runInfo(tokens: readonly Token[]): Array<RunInfo | undefined> {
  const out: Array<RunInfo | undefined> = new Array(tokens.length).fill(undefined);
  const capital = (t: Token) => t.kind === 'word' && /\p{Lu}/u.test(t.text);
  for (let i = 0; i < tokens.length; ) {
    if (!capital(tokens[i])) { i++; continue; }
    let j = i + 1;
    while (j < tokens.length && capital(tokens[j])) j++;
    for (let k = i; k < j; k++) {
      const pos = j - i === 1 ? 'S' : k === i ? 'B' : k === j - 1 ? 'E' : 'I';
      out[k] = { first: tokens[i].norm, last: tokens[j - 1].norm, pos, len: Math.min(j - i, 4) };
    }
    i = j;
  }
  return out;
}

/** Emission scores of one token: one per tag. */
function emissions(model: TaggerModel, feats: readonly string[]): number[] {
  const out = new Array<number>(TAGS.length).fill(0);
  for (const f of feats) {
    const w = model.weights.get(f);
    if (w) for (let k = 0; k < TAGS.length; k++) out[k] += w[k];
  }
  return out;
}

/** An I- tag may only follow a B- or I- of the same type: other transitions are never taken. */
export function allowed(prev: number, cur: number): boolean {
  const t = TAGS[cur];
  if (!t.startsWith('I-')) return true;
  if (prev >= TAGS.length) return false;
  return TAGS[prev].slice(2) === t.slice(2) && TAGS[prev] !== 'O';
}

const K = TAGS.length;
// Decoding asks these of every pair of tags at every token: answered once here.
const ALLOWED = Array.from({ length: (K + 1) * K }, (_, i) => allowed(Math.floor(i / K), i % K));
const INSIDE = TAGS.map(t => t.startsWith('I-'));

/**
 * Best tag sequence (indices into TAGS) under the model. glue[i] forbids a boundary between tokens i − 1 and i:
 * both are outside any entity, or token i continues the entity of token i − 1. Scores live in one flat array
 * per sentence (row i holds token i's K scores).
 */
export function viterbi(model: TaggerModel, feats: readonly string[][], glue?: readonly boolean[], start: number = TAGS.length): number[] {
  const n = feats.length;
  if (n === 0) return [];
  const score = new Float64Array(n * K).fill(-Infinity), back = new Uint8Array(n * K);
  const first = emissions(model, feats[0]);
  for (let c = 0; c < K; c++) if (ALLOWED[start * K + c]) score[c] = first[c] + model.transitions[start * K + c];
  for (let i = 1; i < n; i++) {
    const e = emissions(model, feats[i]), row = i * K, prevRow = row - K;
    for (let c = 0; c < K; c++) {
      for (let p = 0; p < K; p++) {
        const before = score[prevRow + p];
        if (!ALLOWED[p * K + c] || before === -Infinity) continue;
        if (glue?.[i] && (p === 0 ? c !== 0 : !INSIDE[c])) continue;
        const s = before + model.transitions[p * K + c] + e[c];
        if (s > score[row + c]) { score[row + c] = s; back[row + c] = p; }
      }
    }
  }
  let best = 0;
  const last = (n - 1) * K;
  for (let c = 1; c < K; c++) if (score[last + c] > score[last + best]) best = c;
  const tags = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) { tags[i] = best; best = back[i * K + best]; }
  return tags;
}

export interface TaggedSpan { from: number; to: number; type: NerType }

/** Token ranges [from, to) of the entities a tag sequence marks. */
export function spansOf(tags: readonly number[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  tags.forEach((k, i) => {
    const t = TAGS[k];
    if (t.startsWith('B-')) out.push({ from: i, to: i + 1, type: t.slice(2) as NerType });
    else if (t.startsWith('I-')) out[out.length - 1].to = i + 1;
  });
  return out;
}

let shipped: TaggerModel | undefined;

/** The trained model shipped with the server, parsed on first use (a few milliseconds). */
export function shippedModel(): TaggerModel {
  if (!shipped) {
    const raw = JSON.parse(NER_WEIGHTS_JSON) as {
      weights: Record<string, number[]>; transitions: number[];
      gazetteer: { words: Record<string, NerType>; phrases: Record<string, NerType>; leads: string[] };
    };
    const g = raw.gazetteer;
    const gazetteer = { words: new Map(Object.entries(g.words)), phrases: new Map(Object.entries(g.phrases)), leads: new Set(g.leads) };
    shipped = { weights: new Map(Object.entries(raw.weights)), transitions: raw.transitions, gazetteer };
  }
  return shipped;
}

/**
 * Glue inside every multi-word place of the lexicon ("Amerika Serikat", "Korea Selatan"): a known place is never
 * cut in two, though it may be part of a longer name ("Bursa Efek Indonesia").
 */
function placeGlue(tokens: readonly Token[]): boolean[] {
  const glue = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i < tokens.length; i++) {
    // Every word of a glued place is a capitalised word, the first one included.
    if (tokens[i].kind !== 'word' || !tokens[i].cap) continue;
    for (let n = Math.min(MAX_PLACE_WORDS, tokens.length - i); n > 1; n--) {
      const words = tokens.slice(i, i + n);
      const name = words.map(t => t.norm).join(' ');
      if (!words.every(t => t.kind === 'word' && t.cap) || !(PLACE_NAMES.has(name) || aliasKey(name) !== undefined)) continue;
      for (let k = i + 1; k < i + n; k++) glue[k] = true;
      i += n - 1;
      break;
    }
  }
  return glue;
}

/**
 * Stretches of a sentence that can hold a name: capitalised words, with at most two other tokens between them
 * ("Kementerian Hukum dan HAM", "Ursula von der Leyen"). A name never starts or ends on a word without a capital
 * (names.ts trims such words), so decoding only these stretches finds the same names at a fraction of the cost.
 */
function islands(tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const capital = (t: Token) => t.kind === 'word' && /\p{Lu}/u.test(t.text);
  for (let i = 0; i < tokens.length; i++) {
    if (!capital(tokens[i])) continue;
    let j = i + 1;
    for (let k = j; k < tokens.length && k <= j + 2; k++) if (capital(tokens[k])) j = k + 1;
    while (j < tokens.length && capital(tokens[j])) j++;
    const last = out[out.length - 1];
    if (last && last[1] >= i) last[1] = j; else out.push([i, j]);
    i = j - 1;
  }
  return out;
}

/** Entities the shipped model finds in one sentence's tokens. */
export function tagSentence(tokens: readonly Token[], ctx: TaggerContext, model = shippedModel()): TaggedSpan[] {
  const parts = islands(tokens);
  const only = new Array<boolean>(tokens.length).fill(false);
  for (const [a, b] of parts) only.fill(true, a, b);
  const feats = sentenceFeatures(tokens, ctx, model.gazetteer, only), glue = placeGlue(tokens);
  const out: TaggedSpan[] = [];
  for (const [a, b] of parts) {
    // A stretch inside the sentence follows a word outside any name.
    const tags = viterbi(model, feats.slice(a, b), glue.slice(a, b).map((g, k) => g && k > 0), a === 0 ? TAGS.length : 0);
    for (const s of spansOf(tags)) out.push({ from: s.from + a, to: s.to + a, type: s.type });
  }
  return out;
}
