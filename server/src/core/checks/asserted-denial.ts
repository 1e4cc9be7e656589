import { Claim } from './types';
import { Alignment } from '../index/support';
import { SentenceFacts, contentWords } from '../facts/analyze';
import { deniesAnything, holdsStem as has, isDenial, written } from './denied-statement';
import { isNegated } from '../facts/negation';

// The mirror of denied-statement.ts: a claim that states what the sources have someone deny. "Operations director
// Rafael Dunstan acknowledged that Greyline had cut its maintenance budget" where the passage says "He denied that
// the company had cut its maintenance budget at the refinery, as the union has alleged". Every word of what is
// stated stands in the passage, after the denial, so the verifier sees a paraphrase.

/** Content terms the stated part of the claim needs, so that a denial of a word or two is not read as one of it. */
const MIN_STATED = 3;
/** Share of the stated part's weight the passage must have after its denying verb. */
const STATED = 0.75;

/**
 * Words that report a claim as someone's, not as fact: "Pada mulanya ada anggapan bahwa …", "the union alleged that …".
 * What follows them is what the denial answers, so they agree with the passage.
 */
const ALLEGING: ReadonlySet<string> = new Set(['anggapan', 'tuduhan', 'klaim', 'dugaan', 'isu', 'rumor', 'kabar', 'menuduh',
  'menduga', 'mengklaim', 'dituduh', 'diduga', 'diklaim', 'alleged', 'alleges', 'allegation', 'allegations', 'claim', 'claims',
  'claimed', 'accused', 'accuses', 'rumour', 'rumours', 'rumor', 'rumors', 'belief', 'suggestion', 'suggestions', 'suspected']);

/** The passage's denial and the claim's wording of what it denies, both as written. */
export interface AssertedDenial { a: Alignment; source: string; draft: string }

export function assertedDenial(claim: Claim, candidates: readonly Alignment[]): AssertedDenial | undefined {
  const s = claim.sentence;
  if (deniesAnything(s)) return undefined;
  for (const a of candidates) {
    const source = claim.corpus.sentence(a.ref);
    const verb = source.words.find(w => isDenial(source, w));
    if (!verb) continue;
    // The denied clause runs to the next comma; what follows may name who made the claim ("…, as the union has alleged").
    const sourceEnd = clauseEnd(source, verb.end);
    const after = contentWords(source).filter(w => w.start > verb.end);
    const denied = after.filter(w => w.end <= sourceEnd);
    // What the claim states: its terms from the first the denial holds on, to the end of that clause.
    const first = claim.terms.findIndex(t => t.weight > 0 && has(denied, t.stem));
    if (first < 0) continue;
    const claimEnd = clauseEnd(s, claim.terms[first].start);
    const stated = claim.terms.slice(first).filter(t => t.weight > 0 && t.end <= claimEnd);
    if (stated.length < MIN_STATED) continue;
    const total = stated.reduce((n, t) => n + t.weight, 0);
    const held = stated.filter(t => has(denied, t.stem)).reduce((n, t) => n + t.weight, 0);
    if (held / total < STATED) continue;
    // "membantah anggapan bahwa … Ronaldo yang tak tampil prima" denies a negation: it says he was in form, as the
    // claim "Ronaldo dikabarkan tampil prima" does.
    if (denied.some(w => isNegated(source.tokens, w) && stated.some(t => has([w], t.stem)))) continue;
    // "The union alleged that Greyline had cut its budget" gives the allegation to the one who made it: "…, as the
    // union has alleged" names them after the denial.
    if (claim.terms.slice(0, first).some(t => t.weight > 0 && has(after, t.stem))) continue;
    if (s.words.some(w => w.end <= claim.terms[first].start && ALLEGING.has(w.norm))) continue;
    return { a, source: written(source, verb), draft: written(s, { start: claim.terms[first].start, end: stated[stated.length - 1].end }) };
  }
  return undefined;
}

/** Where the clause that runs from `from` ends: at the next comma or semicolon, else with the sentence. */
const clauseEnd = (x: SentenceFacts, from: number): number => x.tokens.find(t => t.start >= from && (t.text === ',' || t.text === ';'))?.start ?? x.end;
