import { looksLikeVerb } from '../facts/negation';
import { AUXILIARIES } from '../facts/negation-phrases';
import { DocFacts, SentenceFacts, quotesTouching } from '../facts/analyze';
import { Span } from '../types';

// A sentence that joins two statements about one subject ("Greyline intends to restart the refinery on September 1
// and has promised to pay its staff full wages until the end of June"), as summaries do, where the sources state
// each in a sentence of its own, paragraphs apart: no one passage says it all, yet the sources say every part. Each
// statement is checked as a sentence of its own (the subject given to the second); the sentence passes only when
// both pass every check. Only the plain shape is read: a name that opens the sentence, a verb after "and".

/** Words that join the two statements. */
const JOINERS: ReadonlySet<string> = new Set(['and', 'dan', 'serta']);
/** Words that may open the second statement besides a verb: "and has promised", "dan akan membangun". */
const OPENERS: ReadonlySet<string> = new Set([...AUXILIARIES, 'also', 'then', 'later', 'akan', 'telah', 'sudah', 'juga', 'kemudian', 'lalu']);
/** Tokens a title may take before the subject's name ("Mayor Delia Ortmann"). */
const MAX_TITLE = 3;
/** Content words each statement needs to be checked on its own. */
const MIN_WORDS = 3;

/** Whether a lower-case word after "and" opens a clause of its own: an auxiliary, an English past or present verb, an Indonesian verb. */
function opensPredicate(norm: string, cap: boolean): boolean {
  if (cap) return false;
  return OPENERS.has(norm) || looksLikeVerb(norm) || /^\p{L}{3,}(?:ed|es)$/u.test(norm);
}

/**
 * The name that opens the sentence, past a title ("Mayor Delia Ortmann"), or a capitalised word that opens it and is
 * no function word ("Greyline plans …", which the name finder may leave unread at a sentence's start).
 */
function subjectOf(s: SentenceFacts): Span | undefined {
  const name = s.names[0];
  const before = name ? s.tokens.filter(t => t.end <= name.start) : [];
  if (name && before.length <= MAX_TITLE && before.every(t => t.kind === 'word' && t.cap)) return name;
  const [first, next] = s.tokens;
  const opening = s.words.find(w => w.token === 0);
  return first?.cap && opening && !opening.stop && next?.kind === 'word' && !next.cap ? first : undefined;
}

/** The two statements as sentences of their own, and where each stands in the draft's sentence. */
export interface JoinedStatements { texts: [string, string]; spans: [Span, Span] }

/**
 * The two statements of a sentence that joins them, as sentences of their own ("Greyline intends to restart …." and
 * "Greyline has promised to pay …."), or undefined when the sentence is not of that shape.
 */
export function joinedStatements(draft: DocFacts, s: SentenceFacts): JoinedStatements | undefined {
  const subject = subjectOf(s);
  if (!subject) return undefined;
  // Quotations are the quote check's: a joined sentence with one is left whole.
  if (quotesTouching(draft, s).some(q => q.start < s.end && q.end > s.start)) return undefined;
  const joins = s.tokens.flatMap((t, i) => (JOINERS.has(t.norm) && t.start > subject.end && s.tokens[i + 1] && opensPredicate(s.tokens[i + 1].norm, s.tokens[i + 1].cap) ? [i] : []));
  if (joins.length !== 1) return undefined;
  const join = s.tokens[joins[0]];
  const cut = s.tokens[joins[0] - 1]?.text === ',' ? s.tokens[joins[0] - 1].start : join.start;
  const first = s.text.slice(0, cut - s.start).trim();
  const second = s.text.slice(s.tokens[joins[0] + 1].start - s.start).trim();
  const words = (from: number, to: number) => s.words.filter(w => !w.stop && w.start >= from && w.end <= to).length;
  if (words(subject.end, cut) < MIN_WORDS || words(join.end, s.end) < MIN_WORDS) return undefined;
  const end = (x: string) => (/[.!?]$/.test(x) ? x : `${x}.`);
  return { texts: [end(first), end(`${s.text.slice(0, subject.end - s.start)} ${second}`)], spans: [{ start: s.start, end: cut }, { start: s.tokens[joins[0] + 1].start, end: s.end }] };
}
