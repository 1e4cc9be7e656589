import { Token } from '../types';
import { TAGS, TaggerContext, TaggerModel, VOCABULARY_CLASSES, lexiconTags, phraseHits, runInfo, shapeOfWord, vocabularyClass } from './ner-features';
import { Weights, families, pairs, triples } from './ner-weight-index';

// Emission scores of a sentence's tokens, the sum of the weights of each token's features (ner-features.ts),
// without building most feature strings. A corpus repeats its words, and most features of a token depend on one
// word alone: its own ("w=jokowi", "s=Xx", …) or a neighbour's ("w-1=presiden", "lex+1=place"). Each distinct
// word keeps a record of those weights. Weights are found by the parts of a feature's name (ner-weight-index.ts),
// so scoring builds no feature name at all.
//
// The scores are bit-identical to summing the feature strings' weights: weights are added one feature at a
// time in the order sentenceFeatures lists them, and the record's own sum is the same leading run of that
// order (b, w, s, p3, x3, x2) added from zero. test/core/ner-emissions.test.ts holds the two to that.

const K = TAGS.length;

/**
 * What one word contributes to its neighbours' emissions. What it contributes to its own, and as the first or
 * last word of a capitalised run, is found when first asked: many words are only ever neighbours.
 */
interface WordRecord {
  norm: string;
  shape: string;
  before1?: Weights; after1?: Weights; before2?: Weights; after2?: Weights;
  shapeBefore?: Weights; shapeAfter?: Weights;
  lexBefore: Weights[]; lexAfter: Weights[];
  /** w-1s= and w+1s= of the word as a neighbour, by the shape of the token scored. */
  shapesAfter?: ReadonlyMap<string, Weights>; shapesBefore?: ReadonlyMap<string, Weights>;
  self?: SelfWeights;
  runEnd?: RunEndWeights;
}

interface SelfWeights {
  /** Weights of b, w=, s=, p3=, x3=, x2=, summed in that order from zero. */
  sum: Float64Array;
  lex: Weights[];
  hyphen?: Weights;
  firstShape?: Weights;
  gazetteer?: Weights;
  gazetteerShape?: Weights;
}

interface RunEndWeights {
  runFirst?: Weights;
  runLast?: Weights;
  /** rf|rpos= for the positions in RUN_POSITIONS order. */
  runFirstAt: Array<Weights | undefined>;
}

const RUN_POSITIONS = ['S', 'B', 'E', 'I'];
/** A bound on remembered words, so a long-running server keeps no more. */
const RECORD_LIMIT = 100_000;

/** One model's records and the weights of features that do not depend on a word. */
class ModelMemo {
  private records = new Map<string, WordRecord>();
  private readonly f: Record<string, Map<string, Weights>> = {};
  private readonly wordThenShape: Map<string, Map<string, Weights>>;
  private readonly shapeThenWord: Map<string, Map<string, Weights>>;
  private readonly gazetteerShapes: Map<string, Map<string, Weights>>;
  private readonly runFirstPositions: Map<string, Map<string, Weights>>;
  /** s-1s= by the shapes before, of and after the token. */
  readonly shapeTriples: Map<string, Map<string, Map<string, Weights>>>;
  readonly phrases: Map<string, Weights>;
  readonly start: WordRecord;
  readonly end: WordRecord;
  readonly first: Weights | undefined;
  /** common=, known= and first|common=…|known=… by [common ? 1 : 0][known ? 1 : 0]. */
  readonly common: Array<Weights | undefined>;
  readonly known: Array<Weights | undefined>;
  readonly firstCommonKnown: Array<Array<Weights | undefined>>;
  readonly runPos: Array<Weights | undefined>;
  /** ck-1= and ck+1= by the neighbour's vocabularyClass. */
  readonly classBefore: Array<Weights | undefined>;
  readonly classAfter: Array<Weights | undefined>;
  /** rlen=n at index n (1–4). */
  readonly runLen: Array<Weights | undefined>;

  constructor(readonly model: TaggerModel) {
    const w = model.weights;
    const all = families(w, [...FAMILIES, ...INDEXED]), of = (prefix: string) => all.get(prefix)!;
    for (const prefix of FAMILIES) this.f[prefix] = of(prefix);
    this.wordThenShape = pairs(of('w-1s='));
    this.shapeThenWord = pairs(of('w+1s='), true);
    this.gazetteerShapes = pairs(of('gz|s='));
    this.runFirstPositions = pairs(of('rf|rpos='));
    this.shapeTriples = triples(of('s-1s='));
    this.phrases = of('gp=');
    this.start = this.build('<s>', '_');
    this.end = this.build('</s>', '_');
    this.first = w.get('first');
    this.common = [w.get('common=false'), w.get('common=true')];
    this.known = [w.get('known=false'), w.get('known=true')];
    this.firstCommonKnown = [false, true].map(c => [false, true].map(k => w.get(`first|common=${c}|known=${k}`)));
    this.runPos = RUN_POSITIONS.map(p => w.get(`rpos=${p}`));
    this.classBefore = VOCABULARY_CLASSES.map(c => w.get(`ck-1=${c}`));
    this.classAfter = VOCABULARY_CLASSES.map(c => w.get(`ck+1=${c}`));
    this.runLen = [0, 1, 2, 3, 4].map(n => w.get(`rlen=${n}`));
  }

  /** The record of a token's word. Keyed by its text, from which its norm and shape follow. */
  record(t: Token): WordRecord {
    let r = this.records.get(t.text);
    if (r !== undefined && r.norm === t.norm) return r;
    // A token made elsewhere may pair a text with another norm: its record is built and not kept.
    if (r !== undefined) return this.build(t.norm, shapeOfWord(t.text));
    if (this.records.size >= RECORD_LIMIT) this.records = new Map();
    r = this.build(t.norm, shapeOfWord(t.text));
    this.records.set(t.text, r);
    return r;
  }

  private build(w: string, s: string): WordRecord {
    const f = this.f, lex = lexiconTags(w);
    return {
      norm: w, shape: s,
      before1: f['w-1='].get(w), after1: f['w+1='].get(w), before2: f['w-2='].get(w), after2: f['w+2='].get(w),
      shapeBefore: f['s-1='].get(s), shapeAfter: f['s+1='].get(s),
      lexBefore: present(f['lex-1='], lex), lexAfter: present(f['lex+1='], lex),
      shapesAfter: this.wordThenShape.get(w), shapesBefore: this.shapeThenWord.get(w),
      // Present from the start, so every record has one shape however it was later asked.
      self: undefined, runEnd: undefined,
    };
  }

  self(r: WordRecord): SelfWeights {
    if (r.self) return r.self;
    const f = this.f, w = r.norm, s = r.shape;
    const sum = new Float64Array(K);
    add(sum, 0, this.model.weights.get('b'));
    add(sum, 0, f['w='].get(w)); add(sum, 0, f['s='].get(s));
    add(sum, 0, f['p3='].get(w.slice(0, 3))); add(sum, 0, f['x3='].get(w.slice(-3))); add(sum, 0, f['x2='].get(w.slice(-2)));
    const g = this.model.gazetteer?.words.get(w);
    return (r.self = {
      sum,
      lex: present(f['lex='], lexiconTags(w)),
      hyphen: w.includes('-') ? f['hy='].get(w.split('-')[0]) : undefined,
      firstShape: f['first|'].get(s),
      gazetteer: g ? f['gz='].get(g) : undefined,
      gazetteerShape: g ? this.gazetteerShapes.get(g)?.get(s) : undefined,
    });
  }

  runEnd(r: WordRecord): RunEndWeights {
    const f = this.f, w = r.norm, at = this.runFirstPositions.get(w);
    return (r.runEnd ??= { runFirst: f['rf='].get(w), runLast: f['rl='].get(w), runFirstAt: RUN_POSITIONS.map(p => at?.get(p)) });
  }
}

/** Prefixes of the features looked up by one part. */
const FAMILIES = ['w=', 's=', 'p3=', 'x3=', 'x2=', 'w-1=', 'w+1=', 'w-2=', 'w+2=', 's-1=', 's+1=', 'lex=', 'lex-1=', 'lex+1=',
  'hy=', 'first|', 'gz=', 'rf=', 'rl='];
/** The families read through a pair or triple index, and the gazetteer's phrases. */
const INDEXED = ['w-1s=', 'w+1s=', 'gz|s=', 'rf|rpos=', 's-1s=', 'gp='];

/** The weights a family has for some of its names, in their order. */
function present(f: ReadonlyMap<string, Weights>, names: readonly string[]): Weights[] {
  return names.map(n => f.get(n)).filter((v): v is Weights => v !== undefined);
}

function add(out: Float64Array, row: number, w: Weights | undefined): void {
  if (w) for (let k = 0; k < K; k++) out[row + k] += w[k];
}

const memos = new WeakMap<TaggerModel, ModelMemo>();

/**
 * Emission scores of the tokens `only` selects, row i (K scores) for token i; other rows stay zero. The same
 * sums as the weights of sentenceFeatures(tokens, ctx, model.gazetteer, only), feature by feature.
 */
export function sentenceEmissions(tokens: readonly Token[], ctx: TaggerContext, model: TaggerModel, only: readonly boolean[]): Float64Array {
  let memo = memos.get(model);
  if (!memo) { memo = new ModelMemo(model); memos.set(model, memo); }
  const n = tokens.length, out = new Float64Array(n * K);
  // Records of the tokens features reach (two either side, and the ends of capitalised runs), fetched once.
  const records = new Array<WordRecord | undefined>(n);
  const at = (i: number): WordRecord => (i < 0 ? memo.start : i >= n ? memo.end : (records[i] ??= memo.record(tokens[i])));
  const firstWord = tokens.findIndex(t => t.kind === 'word');
  const runs = runInfo(tokens);
  const phrases = model.gazetteer ? phraseHits(tokens, model.gazetteer) : [];
  // Each token's vocabulary class is asked by both its neighbours: worked out once (-1 until asked).
  const classes = new Int8Array(n).fill(-1);
  const classOf = (i: number): number => (i < 0 || i >= n ? 0 : classes[i] >= 0 ? classes[i] : (classes[i] = vocabularyClass(tokens[i], ctx)));
  for (let i = 0; i < n; i++) {
    if (!only[i]) continue;
    const t = tokens[i], r = at(i), own = memo.self(r), row = i * K, before = at(i - 1), after = at(i + 1);
    out.set(own.sum, row);
    add(out, row, before.before1); add(out, row, after.after1);
    add(out, row, at(i - 2).before2); add(out, row, at(i + 2).after2);
    add(out, row, before.shapeBefore); add(out, row, after.shapeAfter);
    add(out, row, memo.shapeTriples.get(before.shape)?.get(r.shape)?.get(after.shape));
    add(out, row, before.shapesAfter?.get(r.shape));
    add(out, row, after.shapesBefore?.get(r.shape));
    if (i === firstWord) { add(out, row, memo.first); add(out, row, own.firstShape); }
    if (t.cap) {
      const common = ctx.isCommonWord(r.norm) ? 1 : 0, known = ctx.isKnownName(r.norm) ? 1 : 0;
      add(out, row, memo.common[common]); add(out, row, memo.known[known]);
      if (i === firstWord) add(out, row, memo.firstCommonKnown[common][known]);
    }
    add(out, row, memo.classBefore[classOf(i - 1)]); add(out, row, memo.classAfter[classOf(i + 1)]);
    for (const v of own.lex) add(out, row, v);
    for (const v of before.lexBefore) add(out, row, v);
    for (const v of after.lexAfter) add(out, row, v);
    add(out, row, own.hyphen);
    const run = runs[i];
    if (run) {
      const head = memo.runEnd(at(run.from)), pos = RUN_POSITIONS.indexOf(run.pos);
      add(out, row, head.runFirst); add(out, row, memo.runEnd(at(run.to - 1)).runLast);
      add(out, row, memo.runPos[pos]); add(out, row, memo.runLen[run.len]);
      add(out, row, head.runFirstAt[pos]);
    }
    add(out, row, own.gazetteer); add(out, row, own.gazetteerShape);
    const phrase = phrases[i];
    if (phrase) add(out, row, memo.phrases.get(phrase));
  }
  return out;
}
