import { Quantity, Span } from '../types';
import { SentenceFacts } from '../facts/analyze';

// A result of a match written as two figures ("United defeat Arsenal 5–4", "menang 2-1 atas PSM") is one figure
// of its own kind: its numbers count goals, not anything else the passage counts ("a three-goal lead"). It is
// compared with the results the passages give, and with nothing else.

export interface Score extends Span { text: string; a: number; b: number }

/** Words of a contest that stand near its result: before it ("defeat Arsenal 5–4") or after it ("a 5–4 win"). */
const BEFORE = new Set(['defeat', 'defeated', 'defeats', 'beat', 'beats', 'beating', 'won', 'win', 'wins', 'lost', 'lose',
  'loses', 'drew', 'draw', 'draws', 'score', 'scoreline', 'thrashed', 'edged', 'menang', 'kalah', 'mengalahkan', 'dikalahkan',
  'menundukkan', 'ditundukkan', 'skor', 'imbang', 'unggul', 'tumbang', 'bermain']);
const AFTER = new Set(['win', 'victory', 'defeat', 'loss', 'draw', 'kemenangan', 'kekalahan', 'atas', 'dari']);
/** Word tokens before the result a contest word may stand. */
const REACH = 4;

/** The result a figure belongs to: it and the figure beside it joined by one dash, in a contest's words. */
export function scoreOf(s: SentenceFacts, q: Quantity): Score | undefined {
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
