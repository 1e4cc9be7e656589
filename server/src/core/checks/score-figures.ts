import { Quantity, Span } from '../types';
import { SentenceFacts } from '../facts/analyze';

// A result of a match written as two figures ("United defeat Arsenal 5–4", "menang 2-1 atas PSM") is one figure
// of its own kind: its numbers count goals, not anything else the passage counts ("a three-goal lead"). It is
// compared with the results the passages give, and with nothing else.

export interface Score extends Span {
  text: string; a: number; b: number;
  /** A vote's result ("31 votes to 12"), which a story may give a sentence or two from the passage. */
  vote?: true;
}

/** Words of a contest that stand near its result: before it ("defeat Arsenal 5–4") or after it ("a 5–4 win"). */
const BEFORE = new Set(['defeat', 'defeated', 'defeats', 'beat', 'beats', 'beating', 'won', 'win', 'wins', 'lost', 'lose',
  'loses', 'drew', 'draw', 'draws', 'score', 'scoreline', 'thrashed', 'edged', 'menang', 'kalah', 'mengalahkan', 'dikalahkan',
  'menundukkan', 'ditundukkan', 'skor', 'imbang', 'unggul', 'tumbang', 'bermain']);
const AFTER = new Set(['win', 'victory', 'defeat', 'loss', 'draw', 'kemenangan', 'kekalahan', 'atas', 'dari']);
/** Word tokens before the result a contest word may stand. */
const REACH = 4;

/**
 * Words between the two counts of a vote's result: "passed by 31 votes to 12", "disetujui 31 suara berbanding 12".
 * Such a result is one figure too: "31 votes to 14" is a wrong result, not a count the passage lacks.
 */
const VOTE_BETWEEN = /^ (?:votes? to|suara (?:berbanding|lawan)) $/;

/** A vote's result the figure belongs to: it and the figure joined by the words of one. */
function voteOf(s: SentenceFacts, q: Quantity): Score | undefined {
  const whole = (n: Quantity) => Number.isInteger(n.value) && n.value >= 0 && n.kind === 'cardinal';
  const pair = s.quantities.find(n => n !== q && whole(n) && VOTE_BETWEEN.test(n.start > q.start ? s.text.slice(q.end - s.start, n.start - s.start) : s.text.slice(n.end - s.start, q.start - s.start)));
  if (!pair || !whole(q)) return undefined;
  const [first, second] = pair.start > q.start ? [q, pair] : [pair, q];
  return { start: first.start, end: second.end, text: s.text.slice(first.start - s.start, second.end - s.start), a: first.value, b: second.value, vote: true };
}

/** The result a figure belongs to: it and the figure beside it joined by one dash, in a contest's words, or a vote's. */
export function scoreOf(s: SentenceFacts, q: Quantity): Score | undefined {
  const vote = voteOf(s, q);
  if (vote) return vote;
  const pair = s.quantities.find(n => n !== q && (n.start === q.end + 1 || q.start === n.end + 1));
  if (!pair) return undefined;
  const [first, second] = pair.start > q.start ? [q, pair] : [pair, q];
  const dash = s.text[first.end - s.start];
  const small = (n: Quantity) => Number.isInteger(n.value) && n.value >= 0 && n.value < 100 && /^\d+$/.test(n.text);
  if (!/^[-\u2013\u2014]$/.test(dash ?? '') || !small(first) || !small(second)) return undefined;
  const at = s.tokens.findIndex(t => t.start >= first.start), after = s.tokens.findIndex(t => t.start >= second.end);
  const before = s.tokens.slice(0, Math.max(0, at)).filter(t => t.kind === 'word').slice(-REACH);
  const next = after < 0 ? [] : s.tokens.slice(after, after + 2).filter(t => t.kind === 'word');
  if (!before.some(t => BEFORE.has(t.norm)) && !next.some(t => AFTER.has(t.norm))) return undefined;
  return { start: first.start, end: second.end, text: s.text.slice(first.start - s.start, second.end - s.start), a: first.value, b: second.value };
}

/** Whether two results are the same, in either order ("5–4" and "4–5" name one match from either side). */
export function sameScore(x: Score, y: Score): boolean {
  return (x.a === y.a && x.b === y.b) || (x.a === y.b && x.b === y.a);
}

/** The results a sentence gives. */
export function scoresIn(s: SentenceFacts): Score[] {
  const out: Score[] = [];
  for (const q of s.quantities) {
    const sc = scoreOf(s, q);
    if (sc && !out.some(o => o.start === sc.start)) out.push(sc);
  }
  return out;
}
