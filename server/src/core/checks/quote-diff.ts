import { tokenize } from '../text/tokens';
import { Token } from '../types';

// Where a misquote parts from its source, for the message: the stretch of words that differ on each side, with
// one agreeing word around it so neither side is ever empty ("be managed if" / "be eliminated if"). Words are
// compared in their matching form (case, quote marks and dashes folded), so only a real change of words shows.

export interface QuoteDifference {
  /** The source's words at the difference, as the source writes them. */
  source: string;
  /** The draft's words at the difference, as the draft writes them. */
  draft: string;
}

const words = (text: string): Token[] => tokenize(text).filter(t => t.kind === 'word' || t.kind === 'number');

/**
 * The differing stretch of two wordings of one quote, or undefined when they have the same words (they differ
 * only in punctuation) or nothing in common to stand beside the difference.
 */
export function quoteDifference(source: string, draft: string): QuoteDifference | undefined {
  const s = words(source), d = words(draft);
  let head = 0;
  while (head < s.length && head < d.length && s[head].norm === d[head].norm) head++;
  if (head === s.length && head === d.length) return undefined;
  let tail = 0;
  while (tail < s.length - head && tail < d.length - head && s[s.length - 1 - tail].norm === d[d.length - 1 - tail].norm) tail++;
  if (head === 0 && tail === 0 && s.length > 1 && d.length > 1 && !shareAWord(s, d)) return undefined;
  // One agreeing word on each side where there is one, so a dropped word still shows as a change ("already
  // stretched" / "stretched").
  const from = Math.max(0, head - 1);
  const sTo = Math.min(s.length, s.length - tail + 1), dTo = Math.min(d.length, d.length - tail + 1);
  return { source: slice(source, s, from, sTo), draft: slice(draft, d, from, dTo) };
}

function slice(text: string, tokens: Token[], from: number, to: number): string {
  if (to <= from) return '';
  return text.slice(tokens[from].start, tokens[to - 1].end).replace(/\s+/g, ' ');
}

function shareAWord(a: Token[], b: Token[]): boolean {
  const seen = new Set(a.map(t => t.norm));
  return b.some(t => seen.has(t.norm));
}
