import { Corpus } from '../index/corpus';
import { SentenceFacts, Word, contentWords } from '../facts/analyze';
import { Alignment, ClaimTerm } from '../index/support';
import { areOpposed, senseIn } from '../lexicon/antonyms';
import { countNegations, hasDenyingVerb, isNegated, soonAfter } from '../facts/negation';
import { reversedRoles } from '../facts/role-reversal';
import { fitsHedge, hedgeOf } from '../facts/hedges';
import { shareStated } from '../facts/part-share';
import { isDifference, isDifferenceOf } from '../facts/worked-difference';
import { Quantity } from '../types';
import { nearTwin } from '../text/spelling';
import { SHORT_SPAN_UNITS } from '../lexicon/time-units';

// What the learned verifier sees of a (claim, evidence) pair. Each feature is a reason a careful reader would
// give for "the source says this" or "it doesn't": how much of the claim the passage covers and how, what is
// left over, figures and dates that disagree, negation on one side only, opposite predicates, word order.

/**
 * Function words that change what a sentence claims ("hanya", "semua", "belum", "pertama", "only", "all"): a
 * claim that adds one the passage lacks, or drops one it has, often says something else.
 */
const OPERATOR_GROUPS: readonly string[][] = [
  ['tidak', 'tak', 'enggak', 'nggak', 'gak', 'ndak', 'tiada'], ['bukan'], ['belum'], ['tanpa'], ['hanya', 'cuma', 'satu-satunya'], ['semua', 'seluruh', 'segala', 'segenap'],
  ['setiap', 'tiap'], ['beberapa'], ['sebagian'], ['banyak'], ['sedikit'], ['pernah'], ['selalu'], ['sering'],
  ['jarang'], ['sudah', 'telah'], ['akan'], ['masih'], ['lebih'], ['kurang'], ['paling'], ['pertama'], ['terakhir'],
  ['sebelum'], ['setelah', 'sesudah', 'usai'], ['sejak'], ['hingga', 'sampai'], ['juga'], ['bisa', 'dapat', 'mampu'],
  ['harus', 'wajib'], ['mungkin'], ['sangat', 'amat', 'begitu', 'sungguh', 'banget'], ['not'], ['no'], ['never'], ['only'], ['all', 'entire'],
  ['some'], ['every', 'each'], ['more'], ['less', 'fewer'], ['most'], ['first'], ['last'], ['before'], ['after'],
  ['already'], ['still'], ['also'], ['can', 'could'], ['must'], ['may', 'might'],
];
/** Synonymous operators ("semua"/"seluruh", "sudah"/"telah") count as one: exchanging them changes nothing. */
const OPERATORS = OPERATOR_GROUPS.map(g => g[0]);
const operatorOf = new Map(OPERATOR_GROUPS.flatMap(g => g.map(w => [w, g[0]] as const)));

const BASE_FEATURES = [
  'coverage', 'strictCoverage', 'shareFound', 'unmatchedWeight', 'unmatchedCount', 'unmatchedNames',
  'numberConflict', 'numberMissing', 'dateConflict', 'dateMissing', 'negationMismatch', 'negationFlip',
  'antonym', 'bm25', 'lengthRatio', 'orderSimilarity', 'bigramOverlap', 'claimLength', 'fullCoverage',
  'inOrder', 'coverageIfNoNegation', 'voiceMismatch', 'fuzzyCoverage', 'maxUnmatchedWeight', 'unmatchedVerbs',
  'contiguousRun', 'firstTermUnmatched', 'matchSpread', 'charSimilarity', 'functionWordOverlap', 'rolesReversed',
];

export const FEATURE_NAMES: readonly string[] = [
  ...BASE_FEATURES, ...OPERATORS.map(o => `claimOnly:${o}`), ...OPERATORS.map(o => `sourceOnly:${o}`),
];

/** Longest common subsequence length of two stem sequences. */
function lcs(a: string[], b: string[]): number {
  const dp = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let prev = 0;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = x === b[j - 1] ? prev + 1 : Math.max(dp[j], dp[j - 1]);
      prev = tmp;
    }
  }
  return dp[b.length];
}

/**
 * Longest run of consecutive claim stems that also stand consecutively in the passage. run[j] is the length of
 * the common run ending at claim word i and passage word j, from the one ending a word earlier on both sides: one
 * pass over the pairs, where extending a run from every pair of starts cost a third factor when both sides repeat
 * one word ("x-x-x-…").
 */
function longestRun(c: string[], e: string[]): number {
  let best = 0;
  let run = new Array<number>(e.length + 1).fill(0), next = new Array<number>(e.length + 1).fill(0);
  for (let i = 0; i < c.length; i++) {
    for (let j = 1; j <= e.length; j++) {
      next[j] = c[i] === e[j - 1] ? run[j - 1] + 1 : 0;
      if (next[j] > best) best = next[j];
    }
    [run, next] = [next, run];
  }
  return best;
}

/** How far apart in the passage the claim's words lie, per claim word: a claim pieced together from distant
 * parts of a passage often says something the passage does not. */
function spread(c: string[], positions: Map<string, number[]>): number {
  const hits = c.map(s => positions.get(s)?.[0]).filter((p): p is number => p !== undefined);
  return hits.length > 1 ? (Math.max(...hits) - Math.min(...hits) + 1) / Math.max(1, c.length) : 1;
}

/** Character 4-grams of words (each padded with spaces): morphology and spelling the stemmer misses. */
function grams(ws: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of ws) {
    const p = ` ${w} `;
    for (let i = 0; i + 4 <= p.length; i++) out.add(p.slice(i, i + 4));
  }
  return out;
}

/** Share of the claim's character 4-grams found in the passage. */
function charContainment(cg: ReadonlySet<string>, eg: ReadonlySet<string>): number {
  if (!cg.size) return 0;
  let hit = 0;
  for (const g of cg) if (eg.has(g)) hit++;
  return hit / cg.size;
}

/** Share of the claim's function words that the passage also uses: similar sentence structure. */
function functionOverlap(cs: ReadonlySet<string>, es: ReadonlySet<string>): number {
  if (!cs.size) return 1;
  let hit = 0;
  for (const w of cs) if (es.has(w)) hit++;
  return hit / cs.size;
}

/**
 * What the features need of one sentence on its own, whichever side of the pair it is on. A claim is compared
 * with several passages and a passage with many claims, so each side is worked out once, not once per pair.
 */
export interface SentenceSide {
  words: Word[];
  /** Whether each content word stands under a negation. */
  negated: boolean[];
  stems: Set<string>;
  seq: string[];
  /** Positions of each stem in seq. */
  positions: Map<string, number[]>;
  grams: Set<string>;
  functionWords: Set<string>;
  negations: boolean;
  /** Token forms with synonymous operators folded, plus "tidak" when a denying verb stands in the sentence. */
  norms: Set<string>;
}

export function sentenceSide(s: SentenceFacts): SentenceSide {
  const words = contentWords(s);
  const seq = words.map(w => w.stem);
  const positions = new Map<string, number[]>();
  seq.forEach((st, i) => (positions.get(st) ?? positions.set(st, []).get(st)!).push(i));
  const norms = new Set(s.tokens.flatMap((t, i) => (timingEmphasis(s.tokens, i) || soonAfter(s.tokens, i) ? [] : [operatorOf.get(t.norm) ?? t.norm])));
  // "gagal menyerukan" says "tidak menyerukan": a denying verb stands for the plain negation.
  if (hasDenyingVerb(s.tokens)) norms.add('tidak');
  return {
    words, negated: words.map(w => isNegated(s.tokens, w)), stems: new Set(seq), seq, positions,
    grams: grams(words.map(w => w.norm)), functionWords: new Set(s.words.filter(w => w.stop).map(w => w.norm)),
    negations: countNegations(s.tokens) > 0, norms,
  };
}

/** Words that put one event after or before another: "hanya beberapa jam setelah", "only days after". */
const SEQUENCE = new Set(['setelah', 'sesudah', 'sebelum', 'usai', 'kemudian', 'lalu', 'after', 'before', 'later', 'ago']);

/**
 * Whether the token at i is "hanya"/"only" stressing how soon something came ("Putin mendarat di Beijing hanya
 * beberapa jam setelah …", "only days before the vote"): no restriction of what is claimed, so no operator either.
 */
function timingEmphasis(tokens: SentenceFacts['tokens'], i: number): boolean {
  const op = operatorOf.get(tokens[i].norm);
  if (op !== 'hanya' && op !== 'only') return false;
  const next = tokens.slice(i + 1, i + 6).filter(t => t.kind === 'word').map(t => t.norm);
  const unit = next.findIndex(n => SHORT_SPAN_UNITS.has(n));
  return unit >= 0 && unit <= 2 && next.slice(unit + 1, unit + 3).some(n => SEQUENCE.has(n));
}

/** Source sentences are fixed once indexed, so their side is kept with them (and goes when they go). */
const sourceSides = new WeakMap<SentenceFacts, SentenceSide>();
function sourceSide(s: SentenceFacts): SentenceSide {
  let side = sourceSides.get(s);
  if (!side) { side = sentenceSide(s); sourceSides.set(s, side); }
  return side;
}

const isPassive = (w: string) => /^(?:di|ter)\p{L}{3,}/u.test(w);
const isActive = (w: string) => /^(?:me|ber)\p{L}{3,}/u.test(w);


/**
 * The features of a claim against one aligned passage. `side` is the claim's sentenceSide, passed in by a caller
 * that scores one claim against several passages.
 */
export function supportFeatures(corpus: Corpus, claim: SentenceFacts, terms: readonly ClaimTerm[], a: Alignment,
  side: SentenceSide = sentenceSide(claim)): number[] {
  const evidence = corpus.sentence(a.ref);
  const doc = corpus.docs[a.ref.doc].facts.sentences;
  const window = doc.slice(Math.max(0, a.ref.sentence - 1), a.ref.sentence + 2);
  const total = terms.reduce((n, t) => n + t.weight, 0) || 1;
  const maxIdf = Math.log(1 + corpus.weighedSentences + 0.5) || 1;
  const strict = terms.reduce((n, t, i) => n + (a.credit[i] >= 0.9 ? t.weight : 0), 0) / total;
  const found = terms.filter((_, i) => a.credit[i] > 0).length / Math.max(1, terms.length);
  const unmatched = terms.filter((_, i) => a.credit[i] === 0);
  const nearQ = window.flatMap(s => s.quantities);
  // A hedged figure ("lebih dari 10 orang") fits a plain one of the passage itself (14), as in the number check.
  const hedgeFits = (q: Quantity) => {
    const hedge = hedgeOf(claim, q);
    return !!hedge && evidence.quantities.some(n => n.kind === q.kind && fitsHedge(hedge, evidence, n, q));
  };
  // A share the passage's counts make ("41 of the 63" for "two-thirds") is there, as the number check reads it.
  const nearCounts = window.flatMap(s => s.quantities.map(n => ({ n, s })));
  // A difference the claim works out ("dua tahun lebih ringan daripada … sembilan tahun") is there too when the
  // passage gives one of its two figures and the passage's story the other (the claim's "tujuh tahun" told earlier).
  const inStory = (n: Quantity) => doc.some(x => x.quantities.some(m => m.kind === n.kind && m.value === n.value));
  const worked = (q: Quantity) => isDifference(claim, q) &&
    isDifferenceOf([...claim.quantities.filter(inStory), ...nearQ].filter(n => n !== q && n.kind === q.kind).map(n => n.value), q.value);
  const qMissing = claim.quantities.filter(q => !nearQ.some(n => n.kind === q.kind && Math.abs(n.value - q.value) <= Math.abs(q.value) * 0.005) && !hedgeFits(q) &&
    !shareStated(q, hedgeOf(claim, q), nearCounts) && !worked(q));
  const qConflict = qMissing.filter(q => evidence.quantities.some(n => n.kind === q.kind)).length;
  const nearD = window.flatMap(s => s.dates);
  const fields = ['year', 'month', 'day', 'weekday', 'season'] as const;
  // A decade ("the 1990s") is the date check's to compare; the verifier was trained on these fields alone.
  const dMissing = claim.dates.filter(d => fields.some(f => d[f] !== undefined)).filter(d => !nearD.some(n => fields.every(f => d[f] === undefined || n[f] === undefined || d[f] === n[f]) && fields.some(f => d[f] !== undefined && n[f] !== undefined)));
  const dConflict = dMissing.filter(d => evidence.dates.some(n => fields.some(f => d[f] !== undefined && n[f] !== undefined && d[f] !== n[f]))).length;
  const c = side, e = sourceSide(evidence);
  const cWords = c.words, eWords = e.words;
  const flip = cWords.some((w, i) => {
    let same = 0;
    for (let k = 0; k < eWords.length; k++) {
      if (eWords[k].stem !== w.stem) continue;
      if (e.negated[k] === c.negated[i]) return false;
      same++;
    }
    return same > 0;
  });
  const antonym = cWords.some(w => !e.stems.has(w.stem) && eWords.some(x => areOpposed(senseIn(claim.tokens, w), senseIn(evidence.tokens, x))));
  const cSeq = c.seq, eSeq = e.seq, ePos = e.positions;
  const bigrams = cSeq.slice(1).map((s, i) => [cSeq[i], s]);
  const bigramHits = bigrams.filter(([x, y]) => (ePos.get(x) ?? []).some(i => (ePos.get(y) ?? []).some(j => j > i && j - i <= 3))).length;
  const negMismatch = c.negations !== e.negations;
  const cNorms = c.norms, eNorms = e.norms;
  const order = cSeq.length ? lcs(cSeq, eSeq) / cSeq.length : 0;
  // "dikalahkan oleh X" against "mengalahkan X": the same verb in the other voice swaps who did what.
  const voice = cWords.some(w => eWords.some(x => x.stem === w.stem && x.norm !== w.norm && isPassive(w.norm) !== isPassive(x.norm) && (isActive(w.norm) || isActive(x.norm))));
  // Spelling variants and typos ("respon"/"respons"): share of unmatched words with a near twin in the passage.
  const fuzzy = unmatched.filter(t => eWords.some(x => nearTwin(t.norm, x.norm))).length / Math.max(1, terms.length);
  // The passage's roles turned round ("B dikalahkan oleh A" for "A dikalahkan oleh B"): read by the claim's language.
  const sourceLang = corpus.docs[a.ref.doc].facts.lang;
  const reversed = reversedRoles(claim, claim.lang ?? sourceLang, evidence, sourceLang) !== undefined;
  return [
    a.coverage, strict, found,
    unmatched.reduce((n, t) => n + t.weight, 0) / maxIdf, unmatched.length, unmatched.filter(t => t.isName).length,
    qConflict, qMissing.length, dConflict, dMissing.length,
    negMismatch ? 1 : 0, flip ? 1 : 0, antonym ? 1 : 0,
    a.bm25 / total, cWords.length / Math.max(1, eWords.length),
    order, bigrams.length ? bigramHits / bigrams.length : 1,
    Math.log(1 + cWords.length), strict >= 0.999 ? 1 : 0, order >= 0.999 ? 1 : 0, negMismatch || flip ? 0 : a.coverage,
    voice ? 1 : 0, fuzzy, Math.max(0, ...unmatched.map(t => t.weight)) / maxIdf,
    unmatched.filter(t => isPassive(t.norm) || isActive(t.norm)).length,
    longestRun(cSeq, eSeq) / Math.max(1, cSeq.length), terms.length && a.credit[0] === 0 ? 1 : 0, spread(cSeq, ePos),
    charContainment(c.grams, e.grams), functionOverlap(c.functionWords, e.functionWords), reversed ? 1 : 0,
    ...OPERATORS.map(o => (cNorms.has(o) && !eNorms.has(o) ? 1 : 0)),
    ...OPERATORS.map(o => (eNorms.has(o) && !cNorms.has(o) ? 1 : 0)),
  ];
}
