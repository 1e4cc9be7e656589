import { Claim } from './types';
import { Alignment, alignmentAt } from '../index/support';
import { SentenceFacts, Word, contentWords } from '../facts/analyze';
import { countNegations, isNegated } from '../facts/negation';
import { isSayingVerb } from '../facts/attribution';
import { deniesAnything, holdsStem as has, namedBefore, written } from './denied-statement';
import { DENYING } from '../lexicon/verb-classes';

// A claim that has someone state or admit what the story has them reject a sentence or two later: "Fenlight Airways
// acknowledged that some of its pilots had been pressured to fly aircraft with unresolved technical faults" where the
// union "said … crews had been pressured to fly aircraft with unresolved technical faults" and the next paragraph
// opens "Fenlight Airways rejected the claim." The passage states every word of it, so the verifier sees a
// paraphrase; the answer that follows gives the claim's speaker the opposite stand. asserted-denial.ts reads the
// denial that holds the statement in its own sentence; this one, the denial that points back to it.

/** Verbs that admit what follows them: with the verbs of saying, how a claim gives someone a statement. */
const ADMITTING: ReadonlySet<string> = new Set(['acknowledged', 'acknowledges', 'admitted', 'admits', 'conceded', 'concedes',
  'confirmed', 'confirms', 'mengakui', 'membenarkan', 'mengonfirmasi', 'mengkonfirmasi']);
/** Verbs that turn down what was said when it is their object: "rejected the claim", "menepis tuduhan itu". */
const REJECTING: ReadonlySet<string> = new Set([...DENYING, 'rejected', 'rejects', 'dismissed', 'dismisses', 'menolak', 'menepis']);
/** Nouns that name what someone said as a claim. */
const CLAIM_NOUNS: ReadonlySet<string> = new Set(['claim', 'claims', 'allegation', 'allegations', 'accusation', 'accusations',
  'report', 'reports', 'suggestion', 'suggestions', 'charge', 'charges', 'klaim', 'tuduhan', 'tudingan', 'dugaan', 'laporan',
  'anggapan', 'kabar', 'isu']);
/** Words that point back to what was said before: "denied this", "tuduhan itu". */
const POINTERS: ReadonlySet<string> = new Set(['this', 'it', 'these', 'ini', 'itu', 'tersebut']);
/** Words that open the content of a claim noun ("the claim that …"): then the denial holds its own statement. */
const CONTENT_OPENERS: ReadonlySet<string> = new Set(['that', 'bahwa', 'of', 'about', 'soal', 'tentang']);
/** Sentences after the passage in which the story may answer it. */
const ANSWER_WITHIN = 2;
/** Content terms the stated part of the claim needs, and the share of their weight the passage must hold. */
const MIN_STATED = 3;
const STATED = 0.75;

/** The rejection that answers the passage, the claim's wording of what it gives its speaker: both as written. */
export interface AnsweredClaim { a: Alignment; source: string; draft: string }

export function answeredClaim(claim: Claim, candidates: readonly Alignment[]): AnsweredClaim | undefined {
  const s = claim.sentence;
  const verb = s.words.find(w => (isSayingVerb(w.norm) || ADMITTING.has(w.norm)) && !isNegated(s.tokens, w));
  if (!verb) return undefined;
  const speaker = contentWords(s).filter(w => w.end <= verb.start);
  const stated = claim.terms.filter(t => t.weight > 0 && t.start >= verb.end);
  if (!speaker.length) return undefined;
  // What the speaker admits may be followed by a clause with a negation of its own ("… but said its check had found
  // nothing of concern"): only the admitted clause is read for one.
  const own = admittedButDenied(claim, candidates, verb, speaker, stated);
  if (own) return own;
  if (deniesAnything(s) || stated.length < MIN_STATED) return undefined;
  const total = stated.reduce((n, t) => n + t.weight, 0);
  for (const a of candidates) {
    const words = contentWords(claim.corpus.sentence(a.ref));
    if (stated.filter(t => has(words, t.stem)).reduce((n, t) => n + t.weight, 0) / total < STATED) continue;
    const doc = claim.corpus.docs[a.ref.doc].facts.sentences;
    for (let k = a.ref.sentence + 1; k <= a.ref.sentence + ANSWER_WITHIN && k < doc.length; k++) {
      const x = doc[k];
      const answer = x.words.find(w => rejectsWhatWasSaid(x, w));
      // The one who rejects it is the one the claim has state it: named before the rejecting verb.
      if (!answer || !namedBefore(x, answer, speaker)) continue;
      return { a: alignmentAt(a.ref.doc, k), source: written(x, { start: answer.start, end: pointerEnd(x, answer)! }), draft: written(s, { start: verb.start, end: stated[stated.length - 1].end }) };
    }
  }
  return undefined;
}

/** Words that end the clause a claim's speaker admits: what follows is another statement ("… but said its own …"). */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([',', ';', 'but', 'while', 'whereas', 'tetapi', 'tapi', 'namun', 'sedangkan', 'padahal']);

/**
 * An act the claim has its speaker admit that a passage has the same speaker deny: "Brenholt Water acknowledged
 * receiving the residents' letter about seepage but …" against "Brenholt Water denies ever receiving the letter."
 * The denial names the act (the admitted clause's first word) and one more of its words; the letter is described in
 * the sentence before, so a share of the clause's words would not be there.
 */
function admittedButDenied(claim: Claim, candidates: readonly Alignment[], verb: Word, speaker: readonly Word[], stated: Claim['terms']): AnsweredClaim | undefined {
  if (!ADMITTING.has(verb.norm)) return undefined;
  const s = claim.sentence;
  const end = s.tokens.find(t => t.start > verb.end && CLAUSE_ENDS.has(t.norm))?.start ?? s.end;
  const clause = stated.filter(t => t.end <= end);
  if (clause.length < 2 || countNegations(s.tokens.filter(t => t.start >= verb.start && t.end <= end)) > 0 ||
    s.words.some(w => DENYING.has(w.norm) && w.end <= end)) return undefined;
  for (const a of candidates) {
    const x = claim.corpus.sentence(a.ref);
    const denial = x.words.find(w => DENYING.has(w.norm) && !isNegated(x.tokens, w));
    if (!denial || !namedBefore(x, denial, speaker)) continue;
    const denialEnd = x.tokens.find(t => t.start > denial.end && CLAUSE_ENDS.has(t.norm))?.start ?? x.end;
    const denied = contentWords(x).filter(w => w.start > denial.end && w.end <= denialEnd);
    if (!has(denied, clause[0].stem) || clause.filter(t => has(denied, t.stem)).length < 2) continue;
    return { a, source: written(x, { start: denial.start, end: denied[denied.length - 1].end }), draft: written(s, { start: verb.start, end: clause[clause.length - 1].end }) };
  }
  return undefined;
}

/** Whether the word rejects what was said before it: "rejected the claim", "denied this", "membantah tuduhan itu". */
function rejectsWhatWasSaid(x: SentenceFacts, w: Word): boolean {
  return REJECTING.has(w.norm) && !isNegated(x.tokens, w) && pointerEnd(x, w) !== undefined;
}

/**
 * Where the words after a rejecting verb that point back end: a pointer ("this"), or a claim noun within three words
 * ("the union's claim") not followed by its own content ("the claim that …"); in Indonesian with its pointer after
 * it ("tuduhan itu"). Undefined when they point at nothing before.
 */
function pointerEnd(x: SentenceFacts, w: Word): number | undefined {
  const next = x.tokens.slice(w.token + 1).filter(t => t.kind === 'word').slice(0, 4);
  if (next[0] && POINTERS.has(next[0].norm)) return next[0].end;
  const k = next.slice(0, 3).findIndex(t => CLAIM_NOUNS.has(t.norm));
  if (k < 0) return undefined;
  const after = next[k + 1];
  if (after && CONTENT_OPENERS.has(after.norm)) return undefined;
  if (after && POINTERS.has(after.norm)) return after.end;
  // English names what it points back to with an article ("the claim"); Indonesian with a pointer after the noun.
  return next.slice(0, k).some(t => t.norm === 'the' || t.norm.endsWith("'s")) ? next[k].end : undefined;
}
