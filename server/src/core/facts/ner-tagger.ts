import { Token } from '../types';
import { PLACE_NAMES, MAX_PLACE_WORDS } from '../lexicon/places';
import { aliasKey } from '../lexicon/aliases';
import { NER_WEIGHTS_JSON } from './model/ner-weights';
import { TAGS, TaggerContext, TaggerModel, NerType } from './ner-features';
import { sentenceEmissions } from './ner-emissions';
import { mayStartLongPlace } from './ner-words';

// A small sequence tagger for names in news prose: a structured perceptron over token features, decoded with
// Viterbi over BIO tags (PER, ORG, LOC). The rules in names.ts know the shape of a name (a capitalised run, a
// title before it, a place inside it); what they cannot know is whether "Hanung", "Pertamina" or "Golkar" is a
// person, a company or a party, or whether a sentence's first word is a name. The tagger answers that from
// what it learned on annotated Indonesian news (scripts/train-ner.mjs); names.ts decides how to use the answer.
// Features are defined in ner-features.ts; ner-emissions.ts scores them per token without building them.

export { TAGS, MAX_PHRASE_WORDS, sentenceFeatures, shapeOf } from './ner-features';
export type { NerType, TaggerContext, Gazetteer, TaggerModel } from './ner-features';

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

/** Emission scores of tokens given as feature lists (the form training uses): row i holds token i's K scores. */
export function featureEmissions(model: TaggerModel, feats: readonly string[][]): Float64Array {
  const out = new Float64Array(feats.length * K);
  feats.forEach((fs, i) => {
    for (const f of fs) {
      const w = model.weights.get(f);
      if (w) for (let k = 0; k < K; k++) out[i * K + k] += w[k];
    }
  });
  return out;
}

/**
 * Best tag sequence (indices into TAGS) under the model. glue[i] forbids a boundary between tokens i − 1 and i:
 * both are outside any entity, or token i continues the entity of token i − 1.
 */
export function viterbi(model: TaggerModel, feats: readonly string[][], glue?: readonly boolean[], start: number = TAGS.length): number[] {
  return decode(model, featureEmissions(model, feats), 0, feats.length, glue, start);
}

/**
 * viterbi over tokens [from, to) of a sentence whose emission scores are `em` (row i for token i); glue is
 * indexed by sentence token and read inside the stretch only. The tags returned start at `from`. Scores live in
 * one flat array per stretch (row i holds its token i's K scores).
 */
export function decode(model: TaggerModel, em: Float64Array, from: number, to: number, glue?: readonly boolean[], start: number = TAGS.length): number[] {
  const n = to - from;
  if (n <= 0) return [];
  const score = new Float64Array(n * K).fill(-Infinity), back = new Uint8Array(n * K);
  const tr = model.transitions, base = from * K;
  for (let c = 0; c < K; c++) if (ALLOWED[start * K + c]) score[c] = em[base + c] + tr[start * K + c];
  for (let i = 1; i < n; i++) {
    const row = i * K, prevRow = row - K, e = base + row, glued = glue !== undefined && glue[from + i];
    for (let c = 0; c < K; c++) {
      for (let p = 0; p < K; p++) {
        const before = score[prevRow + p];
        if (!ALLOWED[p * K + c] || before === -Infinity) continue;
        if (glued && (p === 0 ? c !== 0 : !INSIDE[c])) continue;
        const s = before + tr[p * K + c] + em[e + c];
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
    // Every word of a glued place is a capitalised word, the first one included, and that one starts a known
    // place of several words.
    if (tokens[i].kind !== 'word' || !tokens[i].cap || !mayStartLongPlace(tokens[i].norm)) continue;
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

/**
 * The stretches of a sentence that can hold a name (islands) and the tags decoded in each, given the emission
 * scores `em` of their tokens: O outside them. Training decodes the same way (scripts/train-ner.mjs), so the
 * transitions it learns are those this decoding uses: a stretch after other words starts after an O, and the
 * O words between stretches add nothing.
 */
export function decodeIslands(model: TaggerModel, em: Float64Array, tokens: readonly Token[], parts = islands(tokens)): number[] {
  const glue = placeGlue(tokens), tags = new Array<number>(tokens.length).fill(0);
  for (const [a, b] of parts) {
    // A stretch inside the sentence follows a word outside any name.
    decode(model, em, a, b, glue, a === 0 ? TAGS.length : 0).forEach((k, i) => { tags[a + i] = k; });
  }
  return tags;
}

/** Tokens inside the stretches that can hold a name. */
export function islandMask(tokens: readonly Token[], parts = islands(tokens)): boolean[] {
  const only = new Array<boolean>(tokens.length).fill(false);
  for (const [a, b] of parts) only.fill(true, a, b);
  return only;
}

/** Entities the shipped model finds in one sentence's tokens. */
export function tagSentence(tokens: readonly Token[], ctx: TaggerContext, model = shippedModel()): TaggedSpan[] {
  const parts = islands(tokens);
  const em = sentenceEmissions(tokens, ctx, model, islandMask(tokens, parts));
  return spansOf(decodeIslands(model, em, tokens, parts));
}
