import { Quantity, Token } from '../types';
import { SentenceFacts } from './analyze';
import { tokenAt } from './description-words';
import { looksLikeVerb } from './negation';

// Words before a figure that make it approximate or a bound, so that another figure need only fit it: "nearly
// 10,000 customers" is right where a source says 9,800, "lebih dari 10 orang" where it says 14. Read by the
// number check and by the support verifier's figure features, so both judge a hedged figure alike.

/** Whether a source's figure `n` fits a claimed figure `v` under the hedge. */
export type Hedge = (n: number, v: number) => boolean;

const about: Hedge = (n, v) => Math.abs(n - v) <= Math.abs(v) * 0.1;
const nearly: Hedge = (n, v) => n <= v && n >= v * 0.85;
const over: Hedge = (n, v) => n > v, under: Hedge = (n, v) => n < v;
const atLeast: Hedge = (n, v) => n >= v, atMost: Hedge = (n, v) => n <= v;

const HEDGES: Readonly<Record<string, Hedge>> = Object.fromEntries<Hedge>([
  ['about', about], ['around', about], ['approximately', about], ['roughly', about], ['some', about], ['an estimated', about],
  ['sekitar', about], ['kira-kira', about], ['kurang lebih', about], ['lebih kurang', about], ['sekira', about], ['kisaran', about],
  ['nearly', nearly], ['almost', nearly], ['hampir', nearly], ['nyaris', nearly],
  ['more than', over], ['over', over], ['upwards of', over], ['lebih dari', over], ['di atas', over],
  ['less than', under], ['fewer than', under], ['under', under], ['kurang dari', under], ['di bawah', under],
  ['at least', atLeast], ['sedikitnya', atLeast], ['setidaknya', atLeast], ['minimal', atLeast], ['paling sedikit', atLeast],
  ['at most', atMost], ['up to', atMost], ['paling banyak', atMost], ['maksimal', atMost], ['hingga', atMost],
  // "ancaman hukuman paling lama 10 tahun": the longest a sentence may be, as "hingga 10 tahun" says it.
  ['paling lama', atMost], ['selama-lamanya', atMost],
  // "sampai 35 persen" bounds a figure as "hingga 35 persen" does; "menyisir sungai sejauh lima kilometer" goes as far
  // as "hingga lima kilometer" does.
  ['sampai', atMost], ['sejauh', atMost],
  // "lebih besar dari 5", "greater than 5", "lebih rendah dari 10": read by their last two words.
  ['besar dari', over], ['tinggi dari', over], ['greater than', over], ['larger than', over], ['higher than', over],
  ['kecil dari', under], ['rendah dari', under], ['smaller than', under], ['lower than', under],
  // "as many as 300", "as much as $5 million": read by their last two words.
  ['many as', atMost], ['much as', atMost],
]);

/** How round a figure is: the power of ten it is a multiple of (thousandths up), and a half more for a multiple of five. */
function roundness(v: number): number {
  let x = Math.round(Math.abs(v) * 1000), r = -3;
  if (x === 0) return 0;
  while (x % 10 === 0) { x /= 10; r++; }
  return r + (x % 5 === 0 ? 0.5 : 0);
}

/**
 * An approximate figure rounds the source's: "sekitar 200" for 212, "sekitar 35 persen" for 37 persen. One no
 * rounder than the source's is another figure, hedged: "sekitar 98 persen" for "sekitar 89 persen".
 */
const rounds = (n: number, v: number) => n === v || (about(n, v) && roundness(v) > roundness(n));

/**
 * Whether a source's figure `n` (in sentence `s`) fits the claim's hedged figure `claimed`. A figure the source
 * itself gives as a bound ("up to 40 percent") fits only as written, but for a lower bound the claim
 * gives lower in the same words: "lebih dari 20 perusahaan" says there are more than 15. An upper bound is the
 * most the source allows ("up to 40 percent"), so a higher one overstates it.
 */
export function fitsHedge(hedge: Hedge, s: SentenceFacts, n: Quantity, claimed: Quantity): boolean {
  const own = hedgeOf(s, n);
  // A figure the source gives as approximate ("some 212 workers") is its best count: "more than 200" or "about
  // 200" fits it as it fits a plain 212.
  if (!own || own === about) return hedge === about ? rounds(n.value, claimed.value) : hedge(n.value, claimed.value);
  // The same bound in other words ("paling lama 10 tahun" for "hingga 10 tahun") fits.
  if (own === hedge && n.value === claimed.value) return true;
  return own === hedge && (own === over || own === atLeast) && hedge(n.value, claimed.value);
}

/** The last `n` words before a figure, found by bisection: a sentence of hundreds of figures asks this of each. */
function wordsBefore(s: SentenceFacts, q: Quantity, n: number): Token[] {
  const out: Token[] = [];
  for (let i = tokenAt(s.tokens, q.start) - 1; i >= 0 && out.length < n; i--) {
    const t = s.tokens[i];
    if (t.end <= q.start && t.kind === 'word') out.unshift(t);
  }
  return out;
}
const normsBefore = (s: SentenceFacts, q: Quantity, n: number) => wordsBefore(s, q, n).map(t => t.norm);

/** Bounds written before a figure that leave the figure itself out ("more than 39" is not 39); HEDGES reads their direction. */
const EXCLUDING: ReadonlySet<string> = new Set(['more than', 'lebih dari', 'less than', 'fewer than', 'kurang dari', 'besar dari', 'tinggi dari',
  'greater than', 'larger than', 'higher than', 'kecil dari', 'rendah dari', 'smaller than', 'lower than']);
/** A source's words that bound its figure the same way: "di lebih 30 negara", "kurang tujuh bulan", "mendekati 10 ribu". */
const LIKEWISE: Readonly<Record<'above' | 'below', ReadonlySet<string>>> = {
  above: new Set(['lebih', 'more', 'over', 'above', 'atas', 'least', 'sedikitnya', 'setidaknya']),
  below: new Set(['kurang', 'less', 'fewer', 'under', 'below', 'bawah', 'nearly', 'almost', 'hampir', 'nyaris', 'mendekati', 'to', 'hingga', 'sampai']),
};

/** Comparatives read by their last two words, which are one only after "lebih": "sebagian besar dari 92.350" is most of them. */
const AFTER_LEBIH: ReadonlySet<string> = new Set(['besar dari', 'tinggi dari', 'kecil dari', 'rendah dari']);
/** Whether the words before a figure end in such a comparative without its "lebih". */
const bareComparative = (before: readonly string[]) => AFTER_LEBIH.has(before.slice(-2).join(' ')) && before[before.length - 3] !== 'lebih';

/** The direction of an excluding bound among the three words before a figure; none where a negation turns it round. */
function excludingIn(before: readonly string[]): 'above' | 'below' | undefined {
  // "tidak lebih dari 39" allows 39.
  if (before.length === 3 && TURNING.has(before[0])) return undefined;
  const key = before.slice(-2).join(' ');
  if (bareComparative(before)) return undefined;
  return EXCLUDING.has(key) ? (HEDGES[key] === over ? 'above' : 'below') : undefined;
}

/**
 * The direction in which the words right before a figure bound it so as to leave it out ("more than 39", "kurang
 * dari 10"). Not "over" ("over two years" is a span).
 */
export function excludesItself(s: SentenceFacts, q: Quantity): 'above' | 'below' | undefined {
  // The number check asks this of a claim's figure once for every figure near its passage: read once per figure.
  let known = excluding.get(q);
  if (known === undefined) excluding.set(q, known = excludingIn(normsBefore(s, q, 3)) ?? null);
  return known ?? undefined;
}
/** Per figure (each of one sentence), the bound written before it that leaves it out; null for none. */
const excluding = new WeakMap<Quantity, 'above' | 'below' | null>();

/** Whether a source's figure is bounded the same way as written ("lebih 30", "mendekati 10 ribu", "up to 300"). */
export function boundedLikewise(s: SentenceFacts, n: Quantity, direction: 'above' | 'below'): boolean {
  const before = normsBefore(s, n, 3);
  return excludingIn(before) === direction || before.slice(-2).some(w => LIKEWISE[direction].has(w));
}

/** Whether a hedge bounds a figure from above ("up to 300", "hingga 300"): the most the source allows, not a count. */
export const isUpperBound = (h: Hedge | undefined): boolean => h === atMost;

/** Whether a hedge only bounds a figure from below ("setidaknya tiga", "more than 5"): a vague "many" may hold it. */
export const isLowerBound = (h: Hedge | undefined): boolean => h === over || h === atLeast;

/** Where a figure's hedge begins ("sekitar 90 persen"), else where the figure does. */
export function hedgedStart(s: SentenceFacts, q: Quantity): number {
  const before = wordsBefore(s, q, 2);
  if (before.length === 2 && HEDGES[before.map(t => t.norm).join(' ')]) return before[0].start;
  const last = before[before.length - 1];
  return last && HEDGES[last.norm] ? last.start : q.start;
}

/** Words that turn a bound round: "tidak lebih dari 1,7 juta" and "no more than $1.7 million" are at most that. */
const TURNING = new Set(['tidak', 'tak', 'not', 'no']);

/**
 * Verbs of having, reaching or numbering that a hedge may stand before instead of before the figure: "setidaknya
 * memiliki 19 ribu like", "hampir mencapai 10 ribu", "nearly reached 10,000" bound the figure as "at least 19 ribu"
 * does. Comparatives ("more than", "lebih dari") need the figure right after them and are not read across a verb.
 */
const BRIDGING_VERBS: ReadonlySet<string> = new Set(['memiliki', 'mempunyai', 'mencapai', 'menembus', 'berjumlah', 'terdapat', 'ada',
  'sebanyak', 'meraih', 'mengantongi', 'reached', 'reach', 'reaches', 'had', 'has', 'have', 'totalled', 'totaled', 'numbered', 'hit']);

/**
 * Verbs of lengthening or widening after which "hingga" or "sampai" gives the figure changed to: "diperpanjang hingga
 * tujuh hari". Not a rise ("dinaikkan sampai 35 persen di atas harga pasar" is by up to 35 percent).
 */
const CHANGED_TO = /^(?:diper|memper)\p{L}+$/u;

/** "hingga" and "sampai" of "bertambah hingga mencapai …" (index/support.ts leaves its "mencapai" out of the terms). */
export const UNTIL_REACHED: ReadonlySet<string> = new Set(['hingga', 'sampai']);

/** Modals between a bound and its verb: "maksimal boleh mengisi", "minimal harus membayar". */
const MODALS: ReadonlySet<string> = new Set(['boleh', 'dapat', 'bisa', 'harus', 'wajib']);

/** The hedge written right before a figure, if any: the two words before it, else the one, else one before a bridging verb. */
function ownHedge(s: SentenceFacts, q: Quantity): Hedge | undefined {
  const before = normsBefore(s, q, 3);
  if (bareComparative(before)) return undefined;
  const two = before.slice(-2), own = HEDGES[two.join(' ')] ?? HEDGES[two[two.length - 1] ?? ''];
  // "diperpanjang hingga tujuh hari": after a verb of change "hingga" gives the new figure ("to"), no bound.
  if (own === atMost && two.length === 2 && CHANGED_TO.test(two[0])) return undefined;
  if (before.length === 3 && TURNING.has(before[0]) && (own === over || own === under)) return own === over ? atMost : atLeast;
  // "maksimal boleh mengisi 200 liter": a bound before a modal and its verb bounds the figure the verb takes.
  const bound = before.length === 3 && !own ? HEDGES[before[0]] : undefined;
  if ((bound === atMost || bound === atLeast) && MODALS.has(before[1]) && looksLikeVerb(before[2])) return bound;
  if (own || before.length < 2 || !BRIDGING_VERBS.has(before[before.length - 1])) return own;
  // "terus bertambah hingga mencapai 517 laporan": after a verb, "hingga mencapai" gives the figure reached, no bound.
  if (before.length === 3 && UNTIL_REACHED.has(before[1]) && before[2] === 'mencapai' && looksLikeVerb(before[0])) return undefined;
  const bridged = (before.length === 3 ? HEDGES[`${before[0]} ${before[1]}`] : undefined) ?? HEDGES[before[before.length - 2]];
  return bridged === over || bridged === under ? undefined : bridged;
}

/**
 * What may stand between two figures that share one hedge: a short stretch ending in "and" or "or" ("up to £2,000 to
 * households and £10,000 to farm businesses", "sekitar 40 persen dan 25 persen"), no clause or sentence break.
 */
const JOINED = /^[^.;:!?()]{0,60}\s(?:and|or|dan|atau)\s+$/i;

/**
 * The hedge of a figure: its own, else the bound of the figure of its kind it is joined to by "and" or "or", which
 * is meant for both ("grants of up to £2,000 to households and £10,000 to farm businesses").
 */
export function hedgeOf(s: SentenceFacts, q: Quantity): Hedge | undefined {
  const own = ownHedge(s, q);
  if (own) return own;
  const i = s.quantities.indexOf(q);
  const first = i > 0 ? s.quantities[i - 1] : undefined;
  if (!first || first.kind !== q.kind || !JOINED.test(s.text.slice(first.end - s.start, q.start - s.start))) return undefined;
  // Only an upper bound: "sekitar 70 persen … dan 95 persen" gives the second figure as it is (own set D's cb01), and
  // so does "more than 400 firefighters and 14 aircraft".
  const shared = ownHedge(s, first);
  return shared === atMost ? shared : undefined;
}
