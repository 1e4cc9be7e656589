import { Claim } from './types';
import { Alignment } from '../index/support';
import { SentenceFacts } from '../facts/analyze';

// The search the wording oppositions share (locative-opposition.ts, quantifier-opposition.ts): a wording of some
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
