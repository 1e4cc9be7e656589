import { areOpposed } from './antonyms';

// How near two English stems are in meaning, by the cosine of their word vectors (model/en-word-vectors.ts, built
// by scripts/build-word-vectors.mjs): "died" and "deaths" 0.76, "turnout" and "voters" 0.74, "outspent" and
// "spent" nothing (the table lacks "outspent"). A passage that words a claim's "turnout" as "voters" may say it.
//
// Vectors learn from the company words keep, and a word's opposite keeps the same company: "rise" and "fall" are
// 0.88 apart, "agree" and "refuse" 0.79. Pairs the antonym lexicon opposes are therefore never near here; the checks
// of opposites (opposed-wording, contradiction) read them instead. So do related words that are no paraphrase
// ("nurse" and "hospital" 0.72): the support check leaves out what a person is (index/support.ts).
//
// The table (3.7 MB) is read on the first English comparison: an Indonesian corpus never loads it.

interface Table {
  rows: Map<string, number>;
  bytes: Int8Array;
  norms: Float32Array;
  dims: number;
}

let table: Table | undefined;

function load(): Table {
  if (table) return table;
  // Required here, not imported: the bundle keeps the model in a file of its own (scripts/bundle.mjs).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const model = require('./model/en-word-vectors') as { DIMENSIONS: number; STEMS: string; VECTORS: string };
  const dims = model.DIMENSIONS;
  const raw = Buffer.from(model.VECTORS, 'base64');
  const bytes = new Int8Array(raw.buffer, raw.byteOffset, raw.length);
  const rows = new Map<string, number>();
  const norms = new Float32Array(raw.length / dims);
  model.STEMS.split(' ').forEach((s, k) => {
    rows.set(s, k);
    let sum = 0;
    for (let i = k * dims; i < (k + 1) * dims; i++) sum += bytes[i] * bytes[i];
    norms[k] = Math.sqrt(sum);
  });
  return (table = { rows, bytes, norms, dims });
}

/** The row of an English stem in the table; undefined for a stem it lacks. */
export function vectorRow(stem: string): number | undefined {
  return load().rows.get(stem);
}

/** Cosine of two rows of the table. */
function cosine(t: Table, a: number, b: number): number {
  let dot = 0;
  for (let i = 0, pa = a * t.dims, pb = b * t.dims; i < t.dims; i++) dot += t.bytes[pa + i] * t.bytes[pb + i];
  const n = t.norms[a] * t.norms[b];
  return n > 0 ? dot / n : 0;
}

/**
 * The most frequent stems ("one", "take", "day", "year", "week") are near one another ("take" and "day" 0.80, "year"
 * and "week" 0.80) for sharing every context, not a meaning: two of them are never near. The table lists stems from
 * the most frequent, so these are its first rows. One of them may still be near a rarer word. On WiCE's tune part,
 * a floor of 300 on either word of a pair gave 0.843 against 0.880 with none (supported claims in common words, "took
 * place"); one on both words 0.872, and on the own English sets two catches and one false alarm more than none.
 */
const COMMON_STEMS = 300;

/** Cosines asked so far, by the pair of rows: a check asks the same pairs of every candidate passage. */
const asked = new Map<number, number>();
const ASKED_LIMIT = 200_000;

/**
 * How near in meaning two English stems are (−1 to 1); 0 for a stem the table lacks, for two of the most frequent
 * and for a pair that is opposed. `rowA`: a's row when the caller has it.
 */
export function meaningNear(a: string, b: string, rowA = vectorRow(a)): number {
  const rowB = load().rows.get(b);
  return rowA === undefined || rowB === undefined ? 0 : rowsNear(a, rowA, b, rowB);
}

/** meaningNear of two stems whose rows the caller has (vectorRow): no lookup by text on the way. */
export function rowsNear(a: string, rowA: number, b: string, rowB: number): number {
  if (rowA === rowB || (rowA < COMMON_STEMS && rowB < COMMON_STEMS)) return 0;
  const t = load(), key = rowA * t.rows.size + rowB;
  let near = asked.get(key);
  if (near === undefined) {
    near = areOpposed(a, b) || areOpposed(b, a) ? 0 : cosine(t, rowA, rowB);
    if (asked.size >= ASKED_LIMIT) asked.clear();
    asked.set(key, near);
  }
  return near;
}
