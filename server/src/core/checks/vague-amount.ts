import { Quantity } from '../types';
import { SentenceFacts } from '../facts/analyze';
import { hedgedStart } from '../facts/hedges';

// A figure the draft gives where its passage gives no figure but a vague amount of the same thing: "sekitar 90
// persen ekspor energinya" where the source says "sebagian besar ekspor energinya", "70 percent of the budget" where
// it says "most of the budget". The precision is the writer's own; the number check shows the source's words.

/** Vague amounts, as the words before the thing they measure ("sebagian besar ekspor", "most of the budget"). */
const VAGUE = [['sebagian', 'besar'], ['sebagian', 'kecil'], ['sebagian'], ['mayoritas'], ['kebanyakan'], ['sejumlah'],
  ['most'], ['majority'], ['much']];
/** Words that may stand between a vague amount and its thing ("most of the budget"), as they do after a figure. */
const LINKS = new Set(['of', 'the', 'dari']);

/** Kinds of figure that can stand for a vague amount: a share or a plain count. */
const COMPARABLE = new Set(['percent', 'cardinal']);

/**
 * The source's vague amount of the thing the draft's figure counts (the content word right after each, by stem), as
 * the span of its words: undefined when the passage has none, or when it has a figure of that kind itself.
 */
export function vagueAmountFor(q: Quantity, thing: string, source: SentenceFacts): { start: number; end: number; text: string } | undefined {
  if (!thing || !COMPARABLE.has(q.kind) || source.quantities.some(n => n.kind === q.kind)) return undefined;
  const tokens = source.tokens;
  for (let i = 0; i < tokens.length; i++) {
    for (const words of VAGUE) {
      if (!words.every((w, k) => tokens[i + k]?.norm === w)) continue;
      let next = i + words.length;
      while (tokens[next] && LINKS.has(tokens[next].norm)) next++;
      const after = source.words.find(w => w.token === next);
      if (!after || after.stop || after.stem !== thing) continue;
      const start = tokens[i].start, end = tokens[i + words.length - 1].end;
      return { start, end, text: source.text.slice(start - source.start, end - source.start) };
    }
  }
  return undefined;
}

/** The draft's figure with its hedge ("sekitar 90 persen"), for the finding's range and fix. */
export function figureWithHedge(s: SentenceFacts, q: Quantity): { start: number; end: number; text: string } {
  const start = hedgedStart(s, q);
  return { start, end: q.end, text: s.text.slice(start - s.start, q.end - s.start) };
}
