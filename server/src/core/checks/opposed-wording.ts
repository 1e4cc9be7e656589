import { Claim } from './types';
import { Alignment } from '../index/support';
import { SentenceFacts } from '../facts/analyze';

// The search the wording oppositions share (locative-, quantifier- and comparison-opposition.ts): a wording of some
// kind said of a thing ("di atas" of "tebing", "sebagian kecil" of "orang"), which a candidate passage says of the
// same thing in the opposite kind, while no passage aligned as well says it the claim's way.

/** A wording of a kind, said of a thing, and where it stands in its sentence (from the wording to the thing). */
export interface Worded { kind: string; thing: string; from: number; end: number }

export interface OpposedWording { a: Alignment; source: string; draft: string }

/**
 * Coverage at which a passage that says something the claim's way speaks for the claim against an opposing one: the
 * polarity test's, the modality's and these wordings' (contradiction-check.ts, modal-opposition.ts).
 */
export const AGREEING_ALIGNMENT = 0.6;

/** What one kind of wording needs: how a sentence words things, which kind opposes which, when two things are one. */
export interface Wordings {
  read(s: SentenceFacts): Worded[];
  opposite(kind: string): string | undefined;
  sameThing(x: Worded, y: Worded): boolean;
}

const written = (s: SentenceFacts, w: Worded) => s.text.slice(w.from - s.start, w.end - s.start);

/** The first of the claim's wordings a candidate passage says the opposite way, with both as written. */
export function opposedWording(claim: Claim, candidates: readonly Alignment[], wordings: Wordings): OpposedWording | undefined {
  const s = claim.sentence, { read, opposite, sameThing } = wordings;
  for (const own of read(s)) {
    const other = opposite(own.kind);
    if (other === undefined) continue;
    const agreeing = claim.evidence.some(a => a.coverage >= AGREEING_ALIGNMENT && read(claim.corpus.sentence(a.ref)).some(x => x.kind === own.kind && sameThing(x, own)));
    if (agreeing) continue;
    for (const a of candidates) {
      const source = claim.corpus.sentence(a.ref);
      const found = read(source).find(x => x.kind === other && sameThing(x, own));
      if (found) return { a, source: written(source, found), draft: written(s, own) };
    }
  }
  return undefined;
}

/**
 * The wordings of a sentence made of set phrases: each phrase (token norms, longest first where one begins another)
 * with the thing after it, past the linking words; `thingAt` names the thing at a token, or undefined for none.
 */
export function phrasesIn(s: SentenceFacts, phrases: ReadonlyArray<[string[], string]>, links: ReadonlySet<string>,
  thingAt: (j: number) => string | undefined): Worded[] {
  const t = s.tokens, out: Worded[] = [];
  for (let i = 0; i < t.length; i++) {
    const found = phrases.find(([words]) => words.every((w, k) => t[i + k]?.norm === w));
    if (!found) continue;
    const [words, kind] = found;
    let j = i + words.length;
    while (j < t.length && links.has(t[j].norm)) j++;
    const thing = thingAt(j);
    if (thing !== undefined) out.push({ kind, thing, from: t[i].start, end: t[j].end });
    // A phrase is read once: "not all" is not also "all".
    i += words.length - 1;
  }
  return out;
}
