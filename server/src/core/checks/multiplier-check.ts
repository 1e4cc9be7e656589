import { Span, Token } from '../types';
import { Alignment } from '../index/support';
import { Claim, Finding } from './types';
import { SentenceFacts } from '../facts/analyze';
import { byOwnWords, context, mismatch } from './figure-finding';
import { ALIGNED } from './date-passages';

// A figure said as a verb of multiplying: "turnover has tripled" where the story says it "had doubled", "naik tiga
// kali lipat" where it says "dua kali lipat". The number check reads digits and number words; these verbs carry a
// figure of their own. As with times of day (clock-check.ts), only where the best passage itself multiplies by
// another factor, and no sentence near it gives the claim's, is it a mismatch.

/** English verbs of multiplying by their stem, and the factor. */
const FACTORS: ReadonlyArray<[RegExp, number]> = [
  [/^doubl(?:ed|es|ing)$/, 2], [/^tripl(?:ed|es|ing)$/, 3], [/^quadrupl(?:ed|es|ing)$/, 4], [/^quintupl(?:ed|es|ing)$/, 5],
  [/^halv(?:ed|es|ing)$/, 0.5], [/^twofold$/, 2], [/^threefold$/, 3], [/^fourfold$/, 4], [/^fivefold$/, 5], [/^tenfold$/, 10],
];
/** The bare verb, read only after a word that makes it one: "will double", "to triple". */
const BARE: Readonly<Record<string, number>> = { double: 2, triple: 3, quadruple: 4, halve: 0.5 };
const BEFORE_BARE = new Set(['to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'not']);
/** Indonesian counts before "kali lipat". */
const COUNT_WORDS: Readonly<Record<string, number>> = { dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10 };

interface Factor { start: number; end: number; text: string; value: number }

/** The factors a sentence multiplies by, with the words that say each. */
export function factorsOf(s: SentenceFacts): Factor[] {
  const out: Factor[] = [], t = s.tokens;
  const at = (from: Token, to: Token, value: number) => out.push({ start: from.start, end: to.end, text: s.text.slice(from.start - s.start, to.end - s.start), value });
  for (let i = 0; i < t.length; i++) {
    const norm = t[i].norm;
    const factor = FACTORS.find(([re]) => re.test(norm))?.[1] ?? (BEFORE_BARE.has(t[i - 1]?.norm ?? '') ? BARE[norm] : undefined);
    if (factor !== undefined) { at(t[i], t[i], factor); continue; }
    // "dua kali lipat", "3 kali lipat".
    if (norm === 'lipat' && t[i - 1]?.norm === 'kali' && i >= 2) {
      const count = t[i - 2], value = /^\d+$/.test(count.text) ? Number(count.text) : COUNT_WORDS[count.norm];
      if (value !== undefined) at(count, t[i], value);
    }
  }
  return out;
}

export function checkMultipliers(given: Claim): Finding[] {
  const own = factorsOf(given.sentence);
  if (!own.length) return [];
  const claim = byOwnWords(given);
  // The claim's own factor is what is asked, not a word the passage must share: "tripled" against "had doubled".
  const withFactor = claim.evidence.map(a => ({ a, coverage: coverageBesides(claim, a, own) })).sort((x, y) => y.coverage - x.coverage)[0];
  if (!withFactor || withFactor.coverage < ALIGNED) return [];
  const best = withFactor.a, source = factorsOf(claim.corpus.sentence(best.ref));
  if (!source.length) return [];
  const nearby = context(claim, best).flatMap(factorsOf);
  return own.flatMap(f => (nearby.some(n => n.value === f.value) ? [] : [mismatch(claim, best, 'number-mismatch', f, source[0])]));
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
