import { Span, Token } from '../types';
import { Alignment } from '../index/support';
import { Claim, Finding } from './types';
import { SentenceFacts } from '../facts/analyze';
import { figureKindMismatches } from './figure-finding';
import { ALIGNED } from './date-passages';

// A figure said as a verb of multiplying: "turnover has tripled" where the story says it "had doubled", "naik tiga
// kali lipat" where it says "dua kali lipat". The number check reads digits and number words; these verbs carry a
// figure of their own. As with times of day (clock-check.ts), only where the best passage itself multiplies by
// another factor, and no sentence near it gives the claim's, is it a mismatch.

/** English verbs of multiplying ("doubled", "halving") and the -fold words ("threefold"), and their factors. */
const FACTOR_FORM = /^(?:(doubl|tripl|quadrupl|quintupl|halv)(?:ed|es|ing)|(two|three|four|five|ten)fold)$/;
const FACTOR_OF: Readonly<Record<string, number>> = { doubl: 2, tripl: 3, quadrupl: 4, quintupl: 5, halv: 0.5, two: 2, three: 3, four: 4, five: 5, ten: 10 };
/** The bare verb, read only after a word that makes it one: "will double", "to triple". */
const BARE: ReadonlyMap<string, number> = new Map([['double', 2], ['triple', 3], ['quadruple', 4], ['halve', 0.5]]);
const BEFORE_BARE = new Set(['to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'not']);
/** Indonesian counts before "kali lipat". */
const COUNT_WORDS: ReadonlyMap<string, number> = new Map(['dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh'].map((w, i) => [w, i + 2]));

interface Factor { start: number; end: number; text: string; value: number }

/** The factors a sentence multiplies by, with the words that say each. */
export function factorsOf(s: SentenceFacts): Factor[] {
  const out: Factor[] = [], t = s.tokens;
  const at = (from: Token, to: Token, value: number) => out.push({ start: from.start, end: to.end, text: s.text.slice(from.start - s.start, to.end - s.start), value });
  for (let i = 0; i < t.length; i++) {
    const norm = t[i].norm;
    const form = FACTOR_FORM.exec(norm);
    const factor = form ? FACTOR_OF[form[1] ?? form[2]] : BEFORE_BARE.has(t[i - 1]?.norm ?? '') ? BARE.get(norm) : undefined;
    if (factor !== undefined) { at(t[i], t[i], factor); continue; }
    // "dua kali lipat", "3 kali lipat".
    if (norm === 'lipat' && t[i - 1]?.norm === 'kali' && i >= 2) {
      const count = t[i - 2], value = /^\d+$/.test(count.text) ? Number(count.text) : COUNT_WORDS.get(count.norm);
      if (value !== undefined) at(count, t[i], value);
    }
  }
  return out;
}

/** The passage to hold the factors to: the best by the claim's own words with its factors counted as stated. */
function passageFor(claim: Claim, own: readonly Factor[]): Alignment | undefined {
  // The claim's own factor is what is asked, not a word the passage must share: "tripled" against "had doubled".
  const best = claim.evidence.map(a => ({ a, coverage: coverageBesides(claim, a, own) })).sort((x, y) => y.coverage - x.coverage)[0];
  return best && best.coverage >= ALIGNED ? best.a : undefined;
}

const FACTORS = { read: factorsOf, same: (a: Factor, b: Factor) => a.value === b.value, code: 'number-mismatch' as const, passage: passageFor };

export function checkMultipliers(claim: Claim): Finding[] {
  return figureKindMismatches(claim, FACTORS);
}

/** A passage's coverage of the claim with the terms inside the given spans counted as stated. */
function coverageBesides(claim: Claim, a: Alignment, spans: readonly Span[]): number {
  let total = 0, got = 0;
  claim.terms.forEach((t, k) => {
    total += t.weight;
    got += t.weight * (spans.some(s => t.start < s.end && s.start < t.end) ? 1 : a.credit[k] ?? 0);
  });
  return total > 0 ? got / total : 0;
}
