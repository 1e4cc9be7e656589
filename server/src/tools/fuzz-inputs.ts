import * as fs from 'node:fs';
import * as path from 'node:path';
import { Rng } from './fuzz-random';
import { bracket, longWord, markdown, number, oddChars, punctuation, quoteMark, randomChars, space, trigger } from './fuzz-pieces';
import type { SourceFile } from '../core/index/corpus';
import type { TextFormat } from '../core/facts/analyze';

// Drafts and corpora for the fuzzer, from a seeded generator. Real text mutated is the best input (it reaches the
// deep checks: names, quotes, numbers all line up with the corpus), so most drafts start from the seed articles,
// the example draft and the English fixtures; the rest are random strings, word soups, Markdown collages and
// one pattern repeated, which is what provokes work that grows faster than the text.

export interface Samples {
  /** The seed articles: the default corpus, and the text most drafts are mutated from. */
  seeds: SourceFile[];
  /** Other real text (the example draft, the English fixtures). */
  others: string[];
}

export interface FuzzDraft { kind: string; text: string; format: TextFormat }
export interface FuzzCorpus { kind: string; files: SourceFile[] }

/** Reads the samples from a checkout of the project. */
export function loadSamples(repo: string): Samples {
  const read = (dir: string) => fs.readdirSync(path.join(repo, dir)).sort().map(f => ({ name: `${dir}/${f}`, text: fs.readFileSync(path.join(repo, dir, f), 'utf8') }));
  const seeds = read('seeds').map((f): SourceFile => ({ uri: f.name, label: f.name, text: f.text, format: 'plaintext' }));
  const others = [...read('examples'), ...read('test/fixtures/english')].map(f => f.text);
  return { seeds, others };
}

const ORPHAN_CLOSERS = ['”', '’', '»', '›', '」', ')', ']'];

const REPEAT_UNITS = [
  '”Kami siap”, kata Putin. ', 'Kami siap,” kata Putin. ', '“Kami siap, kata Putin. ', '“', '”', '"', "'", '‘a’ ', '„a“ ', '«', '»',
  '(', ')', '[', '[a](', '<!--', '-->', '```\n', '*', '_a', '# ', '- ', '| ', '|', '> ', '1.', '1.000,', '1,', '0', '9 ', 'Putin ',
  'Presiden ', 'kata Putin, “', 'said Smith. "', 'a ', 'A. ', 'Dr. ', 'Xi, ', '\n', '\r', '\r\n', ' ', '\t', '$', '%', '40 persen ',
  'tidak ', 'bukan tidak ', 'x', 'aa', 'Beijing dan Moskow ', 'US$1 ', '16 Mei ', 'Senin, ', '(PBB) ', 'Rusia-', 'ke-', '…', '. ',
  '\u200b', '😀', 'é\u0301', '\u0000',
];

function spanOf(rng: Rng, text: string): [number, number] {
  const start = rng.int(0, text.length);
  return [start, Math.min(text.length, start + rng.logSize(1, Math.max(1, text.length)))];
}

function insertAt(rng: Rng, text: string, piece: string): string {
  const at = rng.int(0, text.length);
  return text.slice(0, at) + piece + text.slice(at);
}

/** One random edit of a text; the fragments come from fuzz-pieces. */
export function mutate(rng: Rng, text: string): string {
  const op = rng.int(0, 19);
  const [a, b] = spanOf(rng, text);
  switch (op) {
    case 0: return text.slice(0, a) + text.slice(b);
    case 1: return text.slice(0, b) + text.slice(a, b) + text.slice(b);
    case 2: {
      const [c, d] = spanOf(rng, text);
      if (d <= a) return text.slice(0, c) + text.slice(a, b) + text.slice(d, a) + text.slice(c, d) + text.slice(b);
      if (c >= b) return text.slice(0, a) + text.slice(c, d) + text.slice(b, c) + text.slice(a, b) + text.slice(d);
      return text.slice(b) + text.slice(0, a);
    }
    case 3: return insertAt(rng, text, quoteMark(rng));
    case 4: return insertAt(rng, text, rng.pick(ORPHAN_CLOSERS));
    case 5: return insertAt(rng, text, bracket(rng).repeat(rng.int(1, 3)));
    case 6: return insertAt(rng, text, ` ${number(rng)} `);
    case 7: return insertAt(rng, text, longWord(rng));
    case 8: return text.replace(/[.!?;:,]/g, '');
    case 9: return insertAt(rng, text, oddChars(rng));
    case 10: return text.replace(/\r?\n/g, rng.pick(['\r\n', '\r', '\n\n', ' ', '\u2028']));
    case 11: return insertAt(rng, text, `\n${markdown(rng)}\n`);
    case 12: return text.slice(0, a) + text.slice(a, b).toUpperCase() + text.slice(b);
    case 13: return text.replace(/[“”"«»„]/g, () => quoteMark(rng));
    case 14: return text.slice(0, a) + [...text.slice(a, b)].join(rng.pick(['\u200b', '\u00ad', ' ', '\u0301'])) + text.slice(b);
    case 15: return text.slice(0, a);
    case 16: return text.replace(/\s+/g, rng.pick(['', ' ', '\t', '\u00a0']));
    case 17: return insertAt(rng, text, ` ${trigger(rng)} ${quoteMark(rng)}${randomChars(rng, rng.int(1, 40))}${quoteMark(rng)} `);
    case 18: return text.slice(0, a) + text.slice(a, b).split('').reverse().join('') + text.slice(b);
    default: return insertAt(rng, text, randomChars(rng, rng.int(1, 60)));
  }
}

function realText(rng: Rng, samples: Samples): string {
  return rng.chance(0.7) ? rng.pick(samples.seeds).text : rng.pick(samples.others);
}

/** Real text glued to about the target size, then mutated a few (or many) times. */
function mutatedDraft(rng: Rng, samples: Samples, size: number): string {
  let text = realText(rng, samples);
  while (text.length < size) text += rng.pick(['\n\n', '\n', ' ', '']) + realText(rng, samples);
  if (text.length > size * 1.5) text = text.slice(rng.int(0, text.length - size), undefined).slice(0, size);
  const edits = rng.weighted([[5, 1], [3, rng.int(2, 6)], [1, rng.int(7, 60)]] as const);
  for (let i = 0; i < edits; i++) text = mutate(rng, text);
  return text;
}

/** Words of the samples and check-provoking fragments strung together with random separators. */
function wordSoup(rng: Rng, samples: Samples, size: number): string {
  const words = realText(rng, samples).split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let n = 0;
  while (n < size) {
    const w = rng.weighted<() => string>([
      [12, () => rng.pick(words.length ? words : ['kata'])], [2, () => trigger(rng)], [2, () => number(rng)], [2, () => quoteMark(rng)],
      [1, () => punctuation(rng)], [1, () => bracket(rng)], [1, () => oddChars(rng)],
    ])();
    const sep = rng.weighted([[10, ' '], [1, '\n'], [1, ''], [1, '. '], [1, space(rng)]] as const);
    out.push(w, sep);
    n += w.length + sep.length;
  }
  return out.join('');
}

/** Sample sentences among Markdown blocks, as a writer's draft with front matter, tables and code might be. */
function markdownCollage(rng: Rng, samples: Samples, size: number): string {
  const sentences = realText(rng, samples).split(/(?<=[.!?”])\s+/).filter(Boolean);
  const out: string[] = [];
  let n = 0;
  while (n < size) {
    const block = rng.chance(0.5) ? markdown(rng) : rng.pick(sentences.length ? sentences : ['Kata Putin.']);
    out.push(block);
    n += block.length + 2;
  }
  return out.join(rng.pick(['\n\n', '\n', '\r\n\r\n', ' ']));
}

/** One unit repeated: the shape of input that makes a linear pass quadratic. */
function repeated(rng: Rng, samples: Samples, size: number): string {
  const unit = rng.weighted<() => string>([
    [6, () => rng.pick(REPEAT_UNITS)],
    [2, () => randomChars(rng, rng.int(1, 12))],
    [2, () => { const t = realText(rng, samples); const [a] = spanOf(rng, t); return t.slice(a, a + rng.int(1, 80)) || 'a'; }],
  ])();
  const times = Math.max(1, Math.floor(size / unit.length));
  const body = unit.repeat(times);
  // Half the time the pattern sits inside real text, where a quote or name outside it may pair with it.
  return rng.chance(0.5) ? body : mutatedDraft(rng, samples, 300).replace(/\n\n/, `\n\n${body}\n\n`);
}

/** Quote after quote of words from real text, with speech verbs and names: the work of the quote checks, many times. */
function quoteDense(rng: Rng, samples: Samples, size: number): string {
  const words = realText(rng, samples).split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let n = 0;
  while (n < size) {
    const from = rng.int(0, Math.max(0, words.length - 1));
    const quoted = words.slice(from, from + rng.logSize(1, 30)).join(' ') || 'kami';
    const open = rng.chance(0.8) ? quoteMark(rng) : '', close = rng.chance(0.8) ? quoteMark(rng) : '';
    const s = rng.chance(0.5) ? `${open}${quoted},${close} ${trigger(rng)} ${trigger(rng)}. ` : `${trigger(rng)} ${trigger(rng)}: ${open}${quoted}${close}${punctuation(rng)} `;
    out.push(s);
    n += s.length;
  }
  return out.join(rng.chance(0.3) ? '\n\n' : '');
}

const DRAFT_KINDS = ['mutated', 'random', 'soup', 'markdown', 'repeat', 'quotes', 'tiny'] as const;

/** A draft of up to `maxChars` characters (most far smaller), of a kind chosen by weight. */
export function makeDraft(rng: Rng, samples: Samples, maxChars: number): FuzzDraft {
  const kind = rng.weighted<typeof DRAFT_KINDS[number]>([[8, 'mutated'], [2, 'random'], [2, 'soup'], [2, 'markdown'], [3, 'repeat'], [2, 'quotes'], [1, 'tiny']]);
  const size = rng.logSize(1, maxChars);
  const format: TextFormat = rng.chance(0.6) ? 'markdown' : 'plaintext';
  let text: string;
  switch (kind) {
    case 'mutated': text = mutatedDraft(rng, samples, size); break;
    case 'random': text = randomChars(rng, size); break;
    case 'soup': text = wordSoup(rng, samples, size); break;
    case 'markdown': text = markdownCollage(rng, samples, size); break;
    case 'repeat': text = repeated(rng, samples, size); break;
    case 'quotes': text = quoteDense(rng, samples, size); break;
    default: text = rng.pick(['', ' ', '\n', '\r\n', '"', '“', '”', '.', '#', '---', '```', '\u0000', '\ud83d', 'a', 'Putin.', '“Putin”', '40 persen']);
  }
  // Generators may overshoot (a long word, a glued article); the size bound is part of the contract.
  return { kind, text: text.length > maxChars ? text.slice(0, maxChars) : text, format };
}

/** A small corpus of one to five files: mutated seeds mostly, now and then a draft-like oddity as a source. */
export function makeCorpus(rng: Rng, samples: Samples, maxChars: number): FuzzCorpus {
  const count = rng.int(1, 5);
  const files: SourceFile[] = [];
  const kinds: string[] = [];
  for (let i = 0; i < count; i++) {
    // Mostly real articles; sometimes a source as odd as a draft can be (one sentence repeated makes every word
    // common, which is where searches that cost per occurrence show).
    const d = rng.chance(0.6)
      ? { kind: 'mutated', text: mutatedDraft(rng, samples, rng.logSize(100, maxChars)), format: rng.chance(0.8) ? 'plaintext' as const : 'markdown' as const }
      : makeDraft(rng, samples, maxChars);
    kinds.push(d.kind);
    files.push({ uri: `fuzz://corpus/doc${i}.txt`, label: `doc${i}.txt`, text: d.text, format: d.format });
  }
  return { kind: `corpus(${kinds.join(',')})`, files };
}
