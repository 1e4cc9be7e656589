import { Span } from '../types';
import { clauseAround } from './figure-clause';
import { Claim } from './types';
import { Word } from '../facts/analyze';
import { Alignment } from '../index/support';

// How much of a claim a passage states in its own sentence, not by credit its neighbours or its document lend: a
// negation or an opposite speaks against the claim only in a sentence about the same thing.

/** Coverage a passage needs before the sentence can be called a contradiction of it. */
export const CONTRADICTION_ALIGNED = 0.5;

/** Credit a term earns in the passage's own sentence (itself or a synonym), not from neighbours or the document. */
export const IN_SENTENCE = 0.9;

/**
 * Share of the claim's weight the passage covers in its own sentence. A negation speaks against the claim only in
 * a sentence that is about the same thing: coverage lent by neighbouring sentences or by names elsewhere in the
 * document would let a negation in an unrelated sentence ("did not attend") contradict the claim.
 */
export function ownCoverage(claim: Claim, a: Alignment): number {
  return ownCoverageWithin(claim, a).share;
}

/** ownCoverage of the claim's terms inside a span of it (all of them without one), and how many terms that is. */
export function ownCoverageWithin(claim: Claim, a: Alignment, within?: Span, laterUses = false): { share: number; terms: number } {
  let total = 0, own = 0, terms = 0;
  // A term stands where its stem first does; with `laterUses` a later use inside the clause counts it too ("the cost
  // of the deal …, and said there would be no deal").
  const stems = within && laterUses ? new Set(claim.sentence.words.filter(w => w.start >= within.start && w.end <= within.end).map(w => w.stem)) : undefined;
  let named: ReadonlySet<string> | undefined | null = null, described: Span | undefined | null = null;
  claim.terms.forEach((t, i) => {
    if (within && (t.start < within.start || t.end > within.end) && !stems?.has(t.stem)) return;
    terms++;
    total += t.weight;
    if ((a.credit[i] ?? 0) >= IN_SENTENCE) own += t.weight;
    else if (t.isName && (named === null ? (named = antecedentStems(claim, a)) : named)?.has(t.stem)) own += t.weight;
    else if ((a.credit[i] ?? 0) > 0 && inSpan(t, described === null ? (described = pointedBack(claim, a)) : described)) own += t.weight;
  });
  return { share: total > 0 ? own / total : 0, terms };
}

/** Pronouns that open a sentence as its subject, a person the sentence before names. */
const PERSONAL: ReadonlySet<string> = new Set(['ia', 'dia', 'beliau', 'mereka', 'he', 'she', 'they']);

/**
 * The stems of the people the sentence before a passage names, where the passage opens with a pronoun for them ("…
 * Siti Rahmawati menilai tudingan itu tidak berdasar. Ia menyatakan siap …"): the passage speaks of them in its own
 * sentence. Undefined for any other passage.
 */
function antecedentStems(claim: Claim, a: Alignment): ReadonlySet<string> | undefined {
  const s = claim.corpus.sentence(a.ref), first = s.tokens.find(t => t.kind === 'word');
  if (!first || !PERSONAL.has(first.norm) || a.ref.sentence === 0) return undefined;
  const before = claim.corpus.docs[a.ref.doc].facts.sentences[a.ref.sentence - 1];
  const people = before.names.filter(n => n.kind === 'person');
  return people.length ? new Set(before.words.filter(w => people.some(n => w.start >= n.start && w.end <= n.end)).map(w => w.stem)) : undefined;
}

const inSpan = (t: Span, span: Span | undefined) => !!span && t.start >= span.start && t.end <= span.end;

/** Words that point back to the thing the sentence before named: "anggaran itu", "sanksi tersebut". */
export const POINTING_BACK: ReadonlySet<string> = new Set(['itu', 'tersebut']);
/** Tokens that end a relative clause. */
const CLAUSE_END: ReadonlySet<string> = new Set([',', '.', ';', ':', '!', '?']);

/**
 * The claim's relative clause after a word ("sanksi yang dijatuhkan Pemerintah Kabupaten Tanjung Selaka") that the
 * passage has with a demonstrative ("menerima sanksi tersebut"): what the clause says of it, the passage's
 * "tersebut" stands for, where the sentences before it say so (its words there count as the passage's own).
 * Undefined when the claim has no such clause.
 */
function pointedBack(claim: Claim, a: Alignment): Span | undefined {
  const s = claim.sentence, passage = claim.corpus.sentence(a.ref);
  const pointed = new Set(passage.words.filter(x => !x.stop && POINTING_BACK.has(passage.tokens[x.token + 1]?.norm ?? '')).map(x => x.stem));
  if (!pointed.size) return undefined;
  const w = s.words.find(x => !x.stop && pointed.has(x.stem) && s.tokens[x.token + 1]?.norm === 'yang');
  if (!w) return undefined;
  let end = w.token + 2;
  while (end < s.tokens.length && !CLAUSE_END.has(s.tokens[end].norm)) end++;
  return { start: s.tokens[w.token + 1].start, end: s.tokens[end - 1].end };
}

/** Content terms a clause needs to be weighed on its own. */
const MIN_CLAUSE_TERMS = 3;

/**
 * ownCoverage, or that of the clause around the claim's word when the sentence joins clauses and that is higher:
 * "Desai promised to change the plan after meeting the parents" against "… but did not promise to change the plan",
 * whose own sentence says nothing of the meeting.
 */
export function ownCoverageAround(claim: Claim, a: Alignment, w: Word, laterUses = false): number {
  const whole = ownCoverage(claim, a), clause = clauseAround(claim.sentence, w);
  if (!clause) return whole;
  const inClause = ownCoverageWithin(claim, a, clause, laterUses);
  return inClause.terms >= MIN_CLAUSE_TERMS ? Math.max(whole, inClause.share) : whole;
}
