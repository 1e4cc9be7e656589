import { Corpus, SentenceRef } from './corpus';
import { synonymsOfWord } from '../lexicon/synonyms';
import { rowsNear, vectorRow } from '../lexicon/word-vectors';
import { mentionedIn } from './mention-list';
import { Alignment, ClaimTerm } from './support';

// How much of a claim one source sentence states: each term's credit in the sentence itself, by a synonym, in a
// neighbouring sentence or as a name its document mentions, weighted by the term's IDF.

const SAME_SENTENCE = 1, SYNONYM = 0.9, NEIGHBOUR = 0.8, NEAR = 0.6, SAME_DOC_NAME = 0.8;

/**
 * An English claim word that its passage's sentence words otherwise, as near as "turnout" and "voters" (0.74) by
 * the word vectors (lexicon/word-vectors.ts), counts for MEANING_CREDIT: a paraphrase, not the word itself. Chosen
 * on WiCE's tune part from a grid of nearness 0.5-0.8 and credit 0.6-1 (docs/evaluation.md); nearness below 0.7
 * passed inventions, above it kept paraphrase flagged.
 */
const MEANING_NEAR = 0.7, MEANING_CREDIT = 0.8;

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
