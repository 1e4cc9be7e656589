import { Claim } from './types';
import { Alignment } from '../index/support';
import { SentenceFacts, Word, contentWords } from '../facts/analyze';
import { Modality, OPPOSED, modalityOf } from '../facts/modality';
import { areSynonyms } from '../lexicon/synonyms';
import { AGREEING_ALIGNMENT } from './opposed-wording';

// A duty, a leave or a ban the sources word the other way round: "Orang harus menyediakan payung sebelum hujan"
// where the passage says "kini orang tidak lagi perlu menyediakan payung sebelum hujan"; "Semangkuk air ini boleh
// diminum" where it says "janganlah diminum". The act stands in both, un-negated, so the polarity test sees nothing
// to turn round; the modality that governs it does turn.

export interface ModalOpposition { a: Alignment; source: string; draft: string }

/** The passage's words for the claim's act, each with the modality that governs it there (undefined: none). */
function actIn(source: SentenceFacts, c: Word): Array<{ w: Word; modality?: Modality; from: number }> {
  return contentWords(source).filter(s => areSynonyms(s.stem, c.stem)).map(w => {
    const m = modalityOf(source.tokens, w);
    return { w, modality: m?.modality, from: m?.from ?? w.token };
  });
}

/** The words from token `from` to the word, as the sentence writes them: "tidak lagi perlu menyediakan". */
function written(s: SentenceFacts, from: number, w: Word): string {
  return s.text.slice(s.tokens[from].start - s.start, w.end - s.start);
}

/**
 * The first claim act whose modality a candidate passage opposes, where the passage states the act with no other
 * modality and no passage aligned as well gives the act the claim's own.
 */
export function modalOpposition(claim: Claim, claimWords: readonly Word[], candidates: readonly Alignment[]): ModalOpposition | undefined {
  const s = claim.sentence;
  for (const c of claimWords) {
    const own = modalityOf(s.tokens, c);
    if (!own) continue;
    const opposed = OPPOSED[own.modality];
    const agreeing = claim.evidence.some(a => a.coverage >= AGREEING_ALIGNMENT && actIn(claim.corpus.sentence(a.ref), c).some(x => x.modality === own.modality));
    if (agreeing) continue;
    for (const a of candidates) {
      const source = claim.corpus.sentence(a.ref), acts = actIn(source, c);
      // Every mention of the act in the passage under an opposed modality: one said plainly may be the claim's.
      if (!acts.length || !acts.every(x => x.modality !== undefined && opposed.includes(x.modality))) continue;
      return { a, source: written(source, acts[0].from, acts[0].w), draft: written(s, own.from, c) };
    }
  }
  return undefined;
}
