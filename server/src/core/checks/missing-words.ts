import { Claim } from './types';
import { Alignment } from '../index/support';

// The words an unsupported-claim message names as missing (support-check.ts): what the closest passage has nothing
// for, as the draft writes them, and the words that alone undo a passage's support named first.

/** The words that undo a passage's support named first, each once: alone, or in the phrase of missing words that holds it. */
export function singledFirst(singled: readonly string[], phrases: readonly string[]): string[] {
  const holding = (w: string) => phrases.find(p => p.split(/[\s-]+/).includes(w)) ?? w;
  const first = [...new Set(singled.map(holding))];
  return [...first, ...phrases.filter(p => !first.includes(p))];
}

/** At most this many of the words a passage lacks are named: the weightiest, which say most of what is missing. */
const NAMED_MISSING = 4;

/**
 * The draft's words (as the draft writes them) that a passage has nothing for: not in it, its neighbours or a
 * synonym. Neighbouring words merge into one phrase ("Knight Commander"), so a name reads whole.
 */
export function uncoveredWords(claim: Pick<Claim, 'sentence' | 'terms'>, a: Alignment): string[] {
  const s = claim.sentence;
  // Terms come in the sentence's order, one per stem, so the phrases below come in order and never repeat.
  const lacking = claim.terms.map((t, i) => ({ t, i })).filter(({ i }) => !(a.credit[i] > 0));
  const heaviest = new Set([...lacking].sort((x, y) => y.t.weight - x.t.weight).slice(0, NAMED_MISSING).map(x => x.i));
  const phrases: Array<{ start: number; end: number }> = [];
  for (const { t, i } of lacking) {
    if (!heaviest.has(i)) continue;
    const last = phrases[phrases.length - 1];
    if (last && /^[\s-]+$/.test(s.text.slice(last.end - s.start, t.start - s.start))) last.end = t.end;
    else phrases.push({ start: t.start, end: t.end });
  }
  return phrases.map(p => s.text.slice(p.start - s.start, p.end - s.start));
}
