import { Corpus } from './corpus';
import { Alignment, ClaimTerm } from './support';
import { holds, lengthFactorOf, liftOf, retrieve, Retrieved, splitTerms } from './retrieve';
import { align } from './align';
import { Entity } from './entity-types';
import { findAgain, Growth, growthAnswers, logOf } from './read-log';
import { firstAtLeast } from './quote-places';
import { Mark } from './claim-marks';

// The passages that best support a claim: retrieval's candidates (BM25), aligned, best first. In an archive's
// working set the search is noted (read-log.ts), so that the claim's check can be carried over when the set grows:
// asked again of the grown set, the same passages must come out on top. Asking again means a retrieval over the
// whole set for every sentence of the draft, the largest share of a growth's cost (with twenty writers' servers on
// the 100 MB archive, 63% of the time spent re-asking). Most growths cannot change the answer, and that can be
// told from the added documents alone (`unchangedByAdded`); the search runs again only when it cannot.

/** The best-supporting passages for a claim, best first; `marks`: its figures and negations as written (claim-marks.ts). */
export function bestEvidence(corpus: Corpus, terms: readonly ClaimTerm[], k = 5, marks: readonly Mark[] = []): Alignment[] {
  const split = splitTerms(corpus, terms), found = retrieve(corpus, terms, CANDIDATES, split, marks);
  const best = alignedBest(corpus, terms, found, k);
  const log = logOf(corpus);
  if (log) {
    // The terms are kept without their entities, which belong to this corpus; the grown one's are found again.
    const kept = terms.map(({ entity, ...t }) => ({ ...t, again: entity && findAgain(entity) }));
    const answer = evidencePrint(corpus, best);
    let seen = seenBy(terms, split, found);
    log.note((c, growth) => {
      const here = kept.map(({ again, ...t }) => ({ ...t, entity: again?.(c) }));
      const parts = splitTerms(c, here);
      // Documents in another order could rank copies of a sentence (equal scores) otherwise.
      if (growth?.ordered && unchangedByAdded(c, here, parts, seen, growth)) { growthAnswers.fromAdded++; return answer; }
      if (growth) growthAnswers.askedAgain++;
      const now = retrieve(c, here, CANDIDATES, parts, marks), print = evidencePrint(c, alignedBest(c, here, now, k));
      // It held: the next growth is told from what this corpus gives.
      if (print === answer) seen = seenBy(here, parts, now);
      return print;
    }, answer);
  }
  return best;
}

/**
 * Aligned, best first: the most coverage, then (given the claim's marks) the most of them stated, then BM25. A
 * sentence that also states the claim's figures is better evidence than its shorter near-copy, which BM25 favours:
 * "Ia sudah menjabat … pada tahun 2005" over hundreds of "Ia menjabat sebagai ketua …".
 */
function alignedBest(corpus: Corpus, terms: readonly ClaimTerm[], found: Retrieved, k: number): Alignment[] {
  return found
    .map(c => ({ a: align(corpus, terms, c.ref, c.bm25), marks: c.marks ?? 0 }))
    .sort((x, y) => y.a.coverage - x.a.coverage || y.marks - x.marks || y.a.bm25 - x.a.bm25)
    .slice(0, k)
    .map(x => x.a);
}

function evidencePrint(corpus: Corpus, best: readonly Alignment[]): string {
  return best.map(a => `${corpus.docs[a.ref.doc].uri}\u0000${a.ref.sentence}\u0000${a.bm25}\u0000${a.coverage}\u0000${a.credit.join(',')}`).join('\u0001');
}

/** Retrieval's candidates are kept this many at most (retrieve's default). */
const CANDIDATES = 25;

/** What a retrieval saw of a corpus: enough to tell whether added documents could change what it gives. */
interface Seen {
  /** The lowest score kept, when retrieval kept all it could; else -Infinity (any new candidate would be kept). */
  floor: number;
  /** Per term: whether it brought candidates (r), only added to them (c), or the corpus lacked it (-). */
  split: string;
  leastCommon: boolean;
  /** Per term, the entity its name refers to, keys and all: where the entity is mentioned follows from them. */
  names: string;
}

function seenBy(terms: readonly ClaimTerm[], parts: ReturnType<typeof splitTerms>, found: Retrieved): Seen {
  const { split, leastCommon } = splitPrint(terms, parts);
  const floor = found.lowest ?? (found.length >= CANDIDATES ? found[found.length - 1].bm25 : -Infinity);
  return { floor, split, leastCommon, names: terms.map(t => namePrint(t.entity)).join('\u0001') };
}

function splitPrint(terms: readonly ClaimTerm[], { rare, common, leastCommon }: ReturnType<typeof splitTerms>): { split: string; leastCommon: boolean } {
  const rareStems = new Set(rare.map(x => x.t.stem)), commonStems = new Set(common.map(x => x.t.stem));
  return { split: terms.map(t => (rareStems.has(t.stem) ? 'r' : commonStems.has(t.stem) ? 'c' : '-')).join(''), leastCommon };
}

function namePrint(e: Entity | undefined): string {
  return e ? `${e.name}\u0000${e.kind}\u0000${[...e.keys].sort().join('\u0000')}` : '';
}

/**
 * Whether retrieval over the grown corpus keeps exactly the candidates it kept before the growth, so that the same
 * passages come out on top. Before the growth, the corpus's documents are those it still has (`growth.added` are
 * the new ones), weights and lengths count by the whole archive, so every sentence it had scores as it did and
 * aligns as it did, provided each stem it held is still split the same way and each name refers to the same entity.
 * What remains is whether an added sentence would be kept: none scoring as high as the lowest kept (ties go by
 * order, so they count as kept), and the candidates stay. A stem the corpus lacked before can only be in added
 * sentences, so it changes no score the corpus had. Scores are compared with a margin for the order they are
 * summed in: a close call asks the search again.
 */
export function unchangedByAdded(corpus: Corpus, terms: readonly ClaimTerm[], parts: ReturnType<typeof splitTerms>, seen: Seen, growth: Growth): boolean {
  if (seen.leastCommon) return false;
  const { split } = splitPrint(terms, parts);
  for (let i = 0; i < split.length; i++) if (seen.split[i] !== '-' && split[i] !== seen.split[i]) return false;
  if (terms.map(t => namePrint(t.entity)).join('\u0001') !== seen.names) return false;
  const { rare, common } = parts;
  for (const doc of growth.added) {
    const [first, end] = corpus.sentenceIdsOf(doc);
    // The added document's candidates and their scores, summed as retrieval sums them: rare stems, then common.
    const scores = new Map<number, number>();
    for (const { t, postings } of rare) {
      const lift = liftOf(t);
      for (let i = firstAtLeast(postings, id => id, first); i < postings.length && postings[i] < end; i++) {
        const id = postings[i];
        scores.set(id, (scores.get(id) ?? 0) + lift / lengthFactorOf(corpus, id));
      }
    }
    for (const { t, postings } of common) {
      const lift = liftOf(t);
      for (const [id, s] of scores) if (holds(postings, id)) scores.set(id, s + lift / lengthFactorOf(corpus, id));
    }
    for (const s of scores.values()) if (s >= seen.floor * (1 - 1e-9)) return false;
  }
  return true;
}
