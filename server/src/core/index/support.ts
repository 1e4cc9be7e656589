import { Lang, Span } from '../types';
import { compoundForms, compoundVocabulary } from './compound-forms';
import { kanForms } from './kan-forms';
import { Corpus, SentenceRef } from './corpus';
import { SentenceFacts, Word } from '../facts/analyze';
import { synonymsOfWord } from '../lexicon/synonyms';
import { rowsNear, vectorRow } from '../lexicon/word-vectors';
import { yearsInUnit } from '../lexicon/time-units';
import { TIME_OF_DAY } from '../facts/calendar-words';
import { refusesNext, soonAfter } from '../facts/negation';
import { framesEvent } from '../facts/event-framing';
import { descriptorKind } from '../facts/description-words';
import { Entity } from './registry';
import { mentionedIn } from './mention-list';
import { Mark, markHolders, marksHeld, fullyHeld } from './claim-marks';

// How well a source passage supports a claim: retrieve candidate sentences through the postings (BM25), then
// measure the IDF-weighted share of the claim's content words that the passage states. A word found in a
// neighbouring sentence counts for less (the source may have said "Negara ini …" after naming the country),
// and a name counts when the passage's document mentions the same entity.

export interface ClaimTerm extends Span {
  stem: string;
  norm: string;
  weight: number;
  /** The entity the word's name refers to, when it is part of a name the corpus knows. */
  entity?: Entity;
  isName: boolean;
  /** Other stems the word may stand under in a source: the same compound spelt open or closed (compound-forms.ts). */
  forms?: string[];
  /** An English word's row in the word vectors (lexicon/word-vectors.ts): a passage may word it otherwise. */
  meaningRow?: number;
}

export interface Alignment {
  ref: SentenceRef;
  bm25: number;
  coverage: number;
  /** Credit (0–1) each claim term got. */
  credit: number[];
  /**
   * The coverage and credits without the credit of words the passage says otherwise (MEANING_CREDIT), when some
   * word got it: what the figure checks hold a passage to before they compare figures (checks/figure-finding.ts
   * byOwnWords).
   */
  literal?: { coverage: number; credit: number[] };
}

/**
 * A source sentence as a passage of its own, for a finding whose evidence is a sentence the claim was not aligned
 * with (the sentence a story dates its event in, one holding the claim's other figure): no score, no credit.
 */
export function alignmentAt(doc: number, sentence: number): Alignment {
  return { ref: { doc, sentence }, bm25: 0, coverage: 0, credit: [] };
}

const SAME_SENTENCE = 1, SYNONYM = 0.9, NEIGHBOUR = 0.8, NEAR = 0.6, SAME_DOC_NAME = 0.8;

/**
 * An English claim word that its passage's sentence words otherwise, as near as "turnout" and "voters" (0.74) by
 * the word vectors (lexicon/word-vectors.ts), counts for MEANING_CREDIT: a paraphrase, not the word itself. Chosen
 * on WiCE's tune part from a grid of nearness 0.5-0.8 and credit 0.6-1 (docs/evaluation.md); nearness below 0.7
 * passed inventions, above it kept paraphrase flagged.
 */
const MEANING_NEAR = 0.7, MEANING_CREDIT = 0.8;

/**
 * A unit of time right after one of the claim's counts ("setengah tahun"): part of the figure, which the number check
 * holds to the same length in any unit ("enam bulan"), so no word a passage must have.
 */
function unitOfCount(s: SentenceFacts, w: Word): boolean {
  return yearsInUnit(w.norm) !== undefined && s.quantities.some(q => q.end <= w.start && w.start - q.end <= 1);
}

/**
 * A part of the day right before the claim's date ("pada dini hari 8 Juni 2024", "pagi 8 Juni"): of the date, as it is
 * after a weekday ("Sabtu dini hari"), which the date check reads; no word a passage must have.
 */
function partOfDayBeside(s: SentenceFacts, w: Word): boolean {
  const dini = w.norm === 'hari' && s.tokens[w.token - 1]?.norm === 'dini';
  if (!TIME_OF_DAY.has(w.norm) && !dini) return false;
  const next = s.tokens[w.token + (w.norm === 'dini' && s.tokens[w.token + 1]?.norm === 'hari' ? 2 : 1)];
  return !!next && s.dates.some(d => d.start === next.start);
}

/**
 * Content words of a claim, leaving out numbers and dates (checked on their own) and the given spans. A decade
 * ("1950-an") stays a word to find as well: the verifier learned it as one, and a passage without it says less.
 */
export function claimTerms(corpus: Corpus, s: SentenceFacts, resolve: (w: Word) => Entity | undefined, skip: readonly Span[] = [], lang?: Lang): ClaimTerm[] {
  const excluded = [...s.quantities, ...s.dates.filter(d => d.decade === undefined), ...skip];
  const out: ClaimTerm[] = [];
  const seen = new Set<string>();
  const vocab = lang && compoundVocabulary(corpus, lang);
  for (let i = 0; i < s.words.length; i++) {
    const w = s.words[i];
    if (w.stop || excluded.some(x => w.start < x.end && w.end > x.start) || seen.has(w.stem)) continue;
    if (/^\d/.test(w.norm) || unitOfCount(s, w) || partOfDayBeside(s, w)) continue;
    // "tak lama setelah" (shortly after): its "lama" says when, as "segera" does, and no passage need have it.
    if (w.token > 0 && soonAfter(s.tokens, w.token - 1)) continue;
    // "refused to provide", "enggan mengutuk": the verb denies the act after it, as "not" would, and the polarity
    // checks read it there; a passage that says "would not provide" need not have it.
    if (refusesNext(s.tokens, w.token)) continue;
    // "took place", "berlangsung": the claim's event and its time or place are what a passage must state.
    if (framesEvent(s.tokens, w.token)) continue;
    seen.add(w.stem);
    const entity = resolve(w);
    const isName = !!entity || s.names.some(n => w.start >= n.start && w.end <= n.end);
    const forms = vocab && !isName ? [...compoundForms(s.words, i, vocab), ...(lang === 'id' ? kanForms(w, vocab) : [])] : [];
    // What a person is ("nurse", "mayor") is a fact the claim states in its own word, not one a passage words
    // otherwise: "nurse" is 0.72 from "hospital", and a doctor is no nurse.
    const meaningRow = lang === 'en' && !isName && descriptorKind(w.norm) !== 'person' ? vectorRow(w.stem) : undefined;
    out.push({ start: w.start, end: w.end, stem: w.stem, norm: w.norm, weight: corpus.idf(w.stem), entity, isName, ...(forms.length ? { forms } : {}),
      ...(meaningRow !== undefined ? { meaningRow } : {}) });
  }
  return out;
}

/**
 * Term-at-a-time BM25 with pruning: rare stems walk their postings and bring in candidates; a stem common in
 * this corpus (in more sentences than COMMON_SHARE of them, and more than MIN_COMMON) only adds to candidates
 * already found, looked up in the candidate's own stems. Checking a claim then costs what its rare words cost,
 * not the size of the corpus.
 */
const COMMON_SHARE = 0.02, MIN_COMMON = 1000;

/**
 * Per corpus, what retrieval reuses from claim to claim (it is synchronous). By sentence id, two int32s side by side:
 * the sentence's candidate slot, stamped with the claim's turn (the bits above `bits`), and its length in words.
 * By slot, the candidates' ids, length factors and scores, in the order found. Before, a posting read a mark, a
 * score and a length factor from three arrays by id, and a claim's candidates were reset in two of them after it:
 * at 10 MB of sources (130,000 sentences) those arrays outgrow the processor's cache. A stamp of an earlier turn
 * reads as empty, so nothing is reset, and a posting reads one pair. The by-slot arrays grow as a claim needs.
 */
interface Scratch {
  cells: Int32Array; bits: number; turn: number; avg: number; ids: Int32Array; lengths: Float64Array; scores: Float64Array;
  /** By sentence id, a hash of its text once asked (0 before): the copies' test (hasCopy) compares these first. */
  hashes: Int32Array;
}
const scratches = new WeakMap<Corpus, Scratch>();
const K1 = 1.2, B = 0.75, FIRST_SLOTS = 4096;

/** A sentence's BM25 length factor, from its length in words: what a term's lift is divided by. */
function lengthFactor(words: number, avg: number): number {
  return 1 + K1 * (1 - B + B * words / avg);
}

/** The BM25 length factor of the sentence with this id. */
export function lengthFactorOf(corpus: Corpus, id: number): number {
  return lengthFactor(corpus.lengthOf(id), corpus.avgSentenceLength);
}

/** The corpus's scratch, turned to the next claim. */
function scratchOf(corpus: Corpus): Scratch {
  let s = scratches.get(corpus);
  if (!s) {
    const n = corpus.sentenceCount, cells = new Int32Array(2 * n);
    for (let id = 0; id < n; id++) cells[2 * id + 1] = corpus.lengthOf(id);
    const room = Math.min(n, FIRST_SLOTS);
    // The slot's bits: enough for every sentence; the turns have the rest of a non-negative int32 (at least 3 bits).
    const bits = Math.min(28, Math.max(1, Math.ceil(Math.log2(n + 1))));
    s = { cells, bits, turn: 0, avg: corpus.avgSentenceLength, ids: new Int32Array(room), lengths: new Float64Array(room), scores: new Float64Array(room), hashes: new Int32Array(n) };
    scratches.set(corpus, s);
  }
  // When the turns run out, every stamp is cleared and they start again.
  if (++s.turn >= 2 ** (31 - s.bits)) {
    for (let i = 0; i < s.cells.length; i += 2) s.cells[i] = 0;
    s.turn = 1;
  }
  return s;
}

/**
 * Top sentences by BM25 over the claim's stems; `split`: the stems as splitTerms gives them, when at hand. Among
 * equal scores, sentences that state more of the claim's `marks` come first (claim-marks.ts).
 */
export function retrieve(corpus: Corpus, terms: readonly ClaimTerm[], k = 25, split = splitTerms(corpus, terms), marks: readonly Mark[] = []): Retrieved {
  const scratch = scratchOf(corpus), count = score(split, scratch), { ids, scores } = scratch;
  if (marks.length === 0) return best(corpus, scratch, count, k).map(c => ({ ref: corpus.refOf(ids[c]), bm25: scores[c] }));
  const known = new Map<number, number>();
  const held = (c: number): number => {
    let n = known.get(c);
    if (n === undefined) known.set(c, n = marksHeld(corpus, corpus.refOf(ids[c]), marks));
    return n;
  };
  const top = best(corpus, scratch, count, k, held), { extra, lowest } = markHolders(count, scores, top, k, held, fullyHeld(marks));
  const out: Retrieved = [...top, ...extra].map(c => ({ ref: corpus.refOf(ids[c]), bm25: scores[c], marks: held(c) }));
  out.lowest = lowest;
  return out;
}

/**
 * Retrieval's candidates, best first. With the claim's marks given: how much of them each states, candidates added
 * for them after the k best (claim-marks.ts), and the least score a sentence needed to be read or kept.
 */
export type Retrieved = Array<{ ref: SentenceRef; bm25: number; marks?: number }> & { lowest?: number };

/**
 * The slots of the k best of the first `count` candidates by score, ties in slot order: what a stable sort would put
 * first. A sentence word for word the same as one of another document kept with the same score (a story filed
 * twice, a wire copy) is left out: an archive's many copies of one sentence would crowd out the one that says the
 * claim. (Copies within a document stay: their neighbours differ, and alignment reads those.)
 */
function best(corpus: Corpus, scratch: Scratch, count: number, k: number, tie?: (slot: number) => number): number[] {
  const { scores } = scratch, top: number[] = [];
  // Whether slot a goes before slot b, kept earlier: a higher score, or an equal one that wins the tie.
  const before = (a: number, b: number) => scores[a] > scores[b] || (tie !== undefined && scores[a] === scores[b] && tie(a) > tie(b));
  for (let c = 0; c < count; c++) {
    if (top.length === k && !before(c, top[k - 1])) continue;
    if (hasCopy(corpus, scratch, top, c)) continue;
    let i = top.length;
    while (i > 0 && before(c, top[i - 1])) i--;
    top.splice(i, 0, c);
    if (top.length > k) top.pop();
  }
  return top;
}

/**
 * Whether a kept sentence of another document, with the same score, is word for word the one in slot `c`. Sentences
 * of equal score are often not copies (a template's sentences with other numbers or names): their texts' hashes,
 * kept by sentence, tell most of them apart without reading both documents again.
 */
function hasCopy(corpus: Corpus, scratch: Scratch, top: readonly number[], c: number): boolean {
  const { ids, scores } = scratch;
  let b: SentenceRef | undefined;
  for (const t of top) {
    if (scores[t] !== scores[c] || hashOf(corpus, scratch, ids[t]) !== hashOf(corpus, scratch, ids[c])) continue;
    const a = corpus.refOf(ids[t]);
    b ??= corpus.refOf(ids[c]);
    if (a.doc !== b.doc && corpus.store.sameText(a, b)) return true;
  }
  return false;
}

/** The hash of a sentence's text, by id, worked out once per corpus. */
function hashOf(corpus: Corpus, scratch: Scratch, id: number): number {
  let h = scratch.hashes[id];
  if (h === 0) {
    const ref = corpus.refOf(id);
    h = scratch.hashes[id] = corpus.store.textHash(ref.doc, ref.sentence);
  }
  return h;
}

/** A claim's stem that the corpus holds: its sentences, and in how many of the whole's it stands. */
export interface PostedTerm { t: ClaimTerm; postings: Int32Array; df: number }

/**
 * The claim's stems the corpus holds, split as retrieval uses them: `rare` ones bring in candidates, `common` ones
 * (in more sentences than COMMON_SHARE of them, and more than MIN_COMMON) only add to those found. `leastCommon`:
 * the claim had no rare stem, and its least common one was taken as if it were.
 */
export function splitTerms(corpus: Corpus, terms: readonly ClaimTerm[]): { rare: PostedTerm[]; common: PostedTerm[]; leastCommon: boolean } {
  // Rare and common as weights count them: in a working set drawn from an archive, by the whole archive.
  const limit = Math.max(MIN_COMMON, COMMON_SHARE * corpus.weighedSentences);
  const withPostings = terms.map(t => { const postings = corpus.postingsOf(t.stem); return { t, postings, df: corpus.sentencesWith(t.stem, postings) }; })
    .filter(x => x.postings.length > 0);
  let rare = withPostings.filter(x => x.df <= limit), leastCommon = false;
  // A claim made only of common words still needs candidates: take its least common word.
  if (!rare.length && withPostings.length) { rare = [withPostings.reduce((a, c) => (c.df < a.df ? c : a))]; leastCommon = true; }
  return { rare, common: withPostings.filter(x => !rare.includes(x)), leastCommon };
}

/** What a stem adds to a sentence's score, by the sentence's id: the term's weight over the sentence's length factor. */
export function liftOf(t: ClaimTerm): number {
  return t.weight * (K1 + 1);
}

/** Scores the claim's candidates into the scratch's slots, in the order found; how many there are. */
function score({ rare, common }: ReturnType<typeof splitTerms>, scratch: Scratch): number {
  const { cells, bits, avg } = scratch, stamp = scratch.turn << bits, mask = (1 << bits) - 1;
  // Room for every posting of the rare stems at once: the loops below then never reallocate.
  const most = Math.min(cells.length / 2, rare.reduce((n, r) => n + r.postings.length, 0));
  if (most > scratch.ids.length) {
    const room = Math.max(most, Math.min(cells.length / 2, scratch.ids.length * 2));
    scratch.ids = new Int32Array(room); scratch.lengths = new Float64Array(room); scratch.scores = new Float64Array(room);
  }
  const { ids, lengths, scores } = scratch;
  let count = 0;
  for (let r = 0; r < rare.length; r++) {
    const { t, postings } = rare[r], lift = liftOf(t);
    // Indexed loops: `for…of` allocates an iterator result per item where it is not optimised.
    for (let i = 0; i < postings.length; i++) {
      const id = postings[i], v = cells[2 * id];
      if ((v & ~mask) === stamp) { const at = v & mask; scores[at] += lift / lengths[at]; continue; }
      const length = lengthFactor(cells[2 * id + 1], avg);
      ids[count] = id; lengths[count] = length; scores[count] = lift / length;
      cells[2 * id] = stamp | count++;
    }
  }
  for (let c = 0; c < common.length; c++) {
    // A common stem adds to candidates already found: walk whichever is shorter, its postings or the candidates.
    const { t, postings } = common[c], lift = liftOf(t);
    if (postings.length <= count) {
      for (let i = 0; i < postings.length; i++) {
        const v = cells[2 * postings[i]];
        if ((v & ~mask) === stamp) { const at = v & mask; scores[at] += lift / lengths[at]; }
      }
    } else {
      for (let at = 0; at < count; at++) if (holds(postings, ids[at])) scores[at] += lift / lengths[at];
    }
  }
  return count;
}

/** Whether an ascending list holds a value (binary search). */
export function holds(list: Int32Array, value: number): boolean {
  let lo = 0, hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] === value) return true;
    if (list[mid] < value) lo = mid + 1; else hi = mid - 1;
  }
  return false;
}

/**
 * A claim's terms by the corpus's string ids, for the claim being aligned (alignment runs for every candidate of
 * one claim in a row): `own[id]` is the index + 1 of the term with that stem, `synonym` lists the terms a stem is
 * interchangeable with. A candidate sentence is then read as ids, each word one array read.
 */
interface TermIds { terms: readonly ClaimTerm[]; own: Int32Array; ownIds: number[]; synonym: Map<number, number[]> }
const termIdsOfCorpus = new WeakMap<Corpus, TermIds>();
function termIdsOf(corpus: Corpus, terms: readonly ClaimTerm[]): TermIds {
  let ids = termIdsOfCorpus.get(corpus);
  if (ids?.terms === terms) return ids;
  const size = corpus.store.stored.strings.length;
  if (!ids || ids.own.length < size) ids = { terms, own: new Int32Array(size), ownIds: [], synonym: new Map() };
  for (const id of ids.ownIds) ids.own[id] = 0;
  ids.terms = terms; ids.ownIds = []; ids.synonym = new Map();
  for (let k = 0; k < terms.length; k++) {
    const id = corpus.store.idOf(terms[k].stem, true);
    if (id >= 0) { ids.own[id] = k + 1; ids.ownIds.push(id); }
    for (const s of [...synonymsOfWord(terms[k].norm, terms[k].stem), ...terms[k].forms ?? []]) {
      const sid = corpus.store.idOf(s, true);
      if (sid < 0) continue;
      const list = ids.synonym.get(sid);
      if (list) list.push(k); else ids.synonym.set(sid, [k]);
    }
  }
  termIdsOfCorpus.set(corpus, ids);
  return ids;
}

const HERE = 1, SYNONYM_HERE = 2, NEXT_TO = 4, TWO_AWAY = 8;

/** A passage's alignment as the claim's own words (and listed synonyms) give it, without words said otherwise. */
export function literally(a: Alignment): Alignment {
  return a.literal ? { ref: a.ref, bm25: a.bm25, coverage: a.literal.coverage, credit: a.literal.credit } : a;
}

/** Whether the passage's own sentence has a word as near in meaning to the term's as MEANING_NEAR. */
function wordedOtherwise(corpus: Corpus, t: ClaimTerm, ref: SentenceRef): boolean {
  const strings = corpus.store.stored.strings;
  for (const id of corpus.store.contentStemIds(ref.doc, ref.sentence)) {
    const row = vectorRowOfId(corpus, id);
    if (row >= 0 && rowsNear(t.stem, t.meaningRow!, strings[id], row) >= MEANING_NEAR) return true;
  }
  return false;
}

/**
 * Per corpus, each string id's row in the word vectors (-1: none; -2: not yet asked). Every candidate passage of
 * every English claim is read word by word, and the same words come back: each is looked up by its text once.
 */
const vectorRowsOf = new WeakMap<Corpus, Int32Array>();
function vectorRowOfId(corpus: Corpus, id: number): number {
  let rows = vectorRowsOf.get(corpus);
  if (!rows || id >= rows.length) {
    const grown = new Int32Array(Math.max(corpus.store.stored.strings.length, id + 1)).fill(-2);
    if (rows) grown.set(rows);
    vectorRowsOf.set(corpus, rows = grown);
  }
  if (rows[id] === -2) rows[id] = vectorRow(corpus.store.stored.strings[id]) ?? -1;
  return rows[id];
}

/** Aligns the claim's terms to one source sentence and its neighbours. */
export function align(corpus: Corpus, terms: readonly ClaimTerm[], ref: SentenceRef, bm25 = 0): Alignment {
  const { own, synonym } = termIdsOf(corpus, terms);
  const found = new Uint8Array(terms.length);
  const mark = (at: number, bit: number, synonyms: boolean) => {
    for (const id of corpus.store.contentStemIds(ref.doc, at)) {
      const k = own[id];
      if (k) found[k - 1] |= bit;
      if (synonyms && synonym.size) for (const j of synonym.get(id) ?? []) found[j] |= SYNONYM_HERE;
    }
  };
  mark(ref.sentence, HERE, true);
  mark(ref.sentence - 1, NEXT_TO, false); mark(ref.sentence + 1, NEXT_TO, false);
  mark(ref.sentence - 2, TWO_AWAY, false); mark(ref.sentence + 2, TWO_AWAY, false);
  let total = 0, got = 0, literal = 0, otherwise: number[] | undefined;
  const credit = terms.map((t, k) => {
    const f = found[k];
    let c = 0;
    if (f & HERE) c = SAME_SENTENCE;
    else if (f & SYNONYM_HERE) c = SYNONYM;
    else if (t.entity && mentionedIn(t.entity).sentences.has(ref.doc * 1_000_000 + ref.sentence)) c = SAME_SENTENCE;
    else if (f & NEXT_TO) c = NEIGHBOUR;
    else if (t.entity && mentionedIn(t.entity).docs.has(ref.doc)) c = SAME_DOC_NAME;
    else if (f & TWO_AWAY) c = NEAR;
    total += t.weight;
    literal += t.weight * c;
    if (c < MEANING_CREDIT && t.meaningRow !== undefined && wordedOtherwise(corpus, t, ref)) (otherwise ??= []).push(k, c), c = MEANING_CREDIT;
    got += t.weight * c;
    return c;
  });
  const coverage = total > 0 ? got / total : 0;
  if (!otherwise) return { ref, bm25, coverage, credit };
  // The literal credits are the credits with each reworded term's own put back (pairs of index and credit).
  const literalCredit = credit.slice();
  for (let i = 0; i < otherwise.length; i += 2) literalCredit[otherwise[i]] = otherwise[i + 1];
  return { ref, bm25, coverage, credit, literal: { coverage: literal / total, credit: literalCredit } };
}
