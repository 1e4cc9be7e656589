import { Claim } from './types';
import { Span, Token } from '../types';
import { Alignment } from '../index/support';
import { SentenceFacts, Word, contentWords } from '../facts/analyze';
import { countNegations, isNegated } from '../facts/negation';
import { isSayingVerb } from '../facts/attribution';
import { weightedShare } from './weak-support';
import { areSynonyms } from '../lexicon/synonyms';
import { DENYING } from '../lexicon/verb-classes';

// A claim that has someone deny what the sources have them (or anyone) state: "Putin membantah bahwa Rusia pernah
// membantu Tiongkok mengembangkan sistem peringatan dini" where Putin "melaporkan bahwa Rusia membantu Tiongkok
// mengembangkan sistem peringatan dini". Every other word is in the passage, so the verifier sees a paraphrase; the
// denial reverses what the passage says. Only where a passage states what is denied in its own sentence, and no
// passage as close denies or negates anything.

/** Verbs that deny a statement when their object is one: "rejected reports that …", "menepis kabar bahwa …". */
const REJECTING: ReadonlySet<string> = new Set(['reject', 'rejects', 'rejected', 'rejecting', 'dismiss', 'dismisses', 'dismissed',
  'menolak', 'menepis', 'ditepis']);
/** Nouns of a statement, which such a verb then denies. */
const STATEMENTS: ReadonlySet<string> = new Set(['report', 'reports', 'claim', 'claims', 'allegation', 'allegations', 'suggestion',
  'suggestions', 'accusation', 'accusations', 'rumour', 'rumours', 'rumor', 'rumors', 'laporan', 'klaim', 'tuduhan', 'anggapan',
  'kabar', 'isu']);

/**
 * Whether the token at i denies a statement: a denying verb ("denied", "membantah"), or a verb of rejecting whose
 * object is a statement ("rejected reports that the unit had been closed", which says what "denied reports" says).
 */
export function denialAt(tokens: readonly Token[], i: number): boolean {
  const norm = tokens[i].norm;
  if (DENYING.has(norm)) return true;
  if (!REJECTING.has(norm)) return false;
  const next = tokens[i + 1]?.norm === 'the' ? tokens[i + 2] : tokens[i + 1];
  return STATEMENTS.has(next?.norm ?? '');
}

/** Whether the word is a denying verb the sentence does not itself deny ("membantah", not "tidak membantah"). */
export const isDenial = (s: SentenceFacts, w: Word): boolean => denialAt(s.tokens, w.token) && !isNegated(s.tokens, w);

/** Whether the sentence denies or negates anything: a negation or a denying verb, itself denied or not. */
export const deniesAnything = (s: SentenceFacts): boolean => countNegations(s.tokens) > 0 || s.words.some(w => denialAt(s.tokens, w.token));

/** Verbs that report a statement without being verbs of saying in the attribution sense. */
const REPORTING = new Set(['melaporkan', 'dilaporkan', 'reported', 'reports']);
/** Share of the weight of what is denied that a passage must state in its own sentence. */
const STATED = 0.75;
/** Credit a term earns in the passage's own sentence (itself or a synonym), as the contradiction check counts it. */
const IN_SENTENCE = 0.9;

/** The denial of the claim and the passage's word for stating the same: both as written. */
export interface DeniedStatement { a: Alignment; source: string; draft: string }

export function deniedStatement(claim: Claim, candidates: readonly Alignment[]): DeniedStatement | undefined {
  const s = claim.sentence;
  const verb = s.words.find(w => isDenial(s, w));
  if (!verb) return undefined;
  // What is denied: the claim's words after the verb.
  const denied = claim.terms.flatMap((t, i) => (t.start >= verb.end && t.weight > 0 ? [i] : []));
  if (!denied.length) return undefined;
  const stated = (a: Alignment) => weightedShare(denied.map(i => claim.terms[i]), k => ((a.credit[denied[k]] ?? 0) >= IN_SENTENCE ? 1 : 0));
  const close = candidates.filter(a => stated(a) >= STATED);
  if (!close.length) return undefined;
  // A passage that denies or negates anything may be the denial itself ("… membantah tuduhan bahwa …").
  if (close.some(a => deniesAnything(claim.corpus.sentence(a.ref)))) return undefined;
  const a = close[0], source = claim.corpus.sentence(a.ref);
  // "Some traders had claimed that … Councillor Maya Fenwick … denied this": the story tells the denial next to it.
  const doc = claim.corpus.docs[a.ref.doc].facts.sentences;
  if ([doc[a.ref.sentence - 1], doc[a.ref.sentence + 1]].some(x => x?.words.some(w => isDenial(x, w) && ofThis(x, w)))) return undefined;
  const saying = source.words.find(w => isSayingVerb(w.norm) || REPORTING.has(w.norm));
  return { a, source: saying ? written(source, saying) : source.text, draft: written(s, verb) };
}

/** Words after a verb that point back to what the sentence before said: "denied this", "membantah hal itu". */
const ANAPHORS: ReadonlySet<string> = new Set(['this', 'that', 'it', 'these', 'those', 'ini', 'itu', 'tersebut', 'hal']);

/** Whether the word is followed by a pointer back ("denied this", "rejected that", "membantah hal itu"): an answer to the sentence before. */
export function ofThis(x: SentenceFacts, w: Word): boolean {
  return ANAPHORS.has(x.tokens[w.token + 1]?.norm ?? '');
}

/** Whether the words have the stem or a synonym of it. */
export const holdsStem = (words: readonly Word[], stem: string): boolean => words.some(w => w.stem === stem || areSynonyms(w.stem, stem));

/** Whether a content word of the sentence before `at` is one of `names` or a synonym: who does what `at` says. */
export const namedBefore = (x: SentenceFacts, at: Span, names: readonly Word[]): boolean =>
  contentWords(x).some(w => w.end <= at.start && holdsStem(names, w.stem));

/** A stretch of a sentence as its text writes it. */
export const written = (x: { text: string; start: number }, span: Span): string => x.text.slice(span.start - x.start, span.end - x.start);
