import { Claim } from './types';
import { contentWords } from '../facts/analyze';
import { Alignment } from '../index/support';
import { synonymsOf } from '../lexicon/synonyms';

// A short passage that denies an act of the claim and says nothing else: "Hingga kini, polisi belum menetapkan
// tersangka." against "Polisi telah menetapkan pemilik perahu penjual gorengan sebagai tersangka dalam kasus kebakaran
// …". The passage states too little of the claim to be read for opposites by its share (polarity-flip.ts), yet all it
// states is the claim's, denied, and the rest of the claim stands in the passage's story.

/** Content words of the passage that the claim must share with it, and how many it may have that the claim has not. */
const MIN_SHARED = 3, MAX_OTHER = 1;
/** Coverage of the claim a passage needs to be read for a denial of all it states. */
export const WHOLE_DENIAL_FLOOR = 0.3;
/** Share of the claim's weight the passage's story must hold: the story is about what the claim says. */
const STORY_SHARE = 0.8;

export function deniedWhole(claim: Claim, a: Alignment): boolean {
  // Asked by the contradiction check before it reads the claim's words and again for the passage an opposite is in:
  // an alignment belongs to one claim, so its answer is kept with it.
  let known = answers.get(a);
  if (known === undefined) answers.set(a, known = readWhole(claim, a));
  return known;
}
const answers = new WeakMap<Alignment, boolean>();

function readWhole(claim: Claim, a: Alignment): boolean {
  const stems = new Set(claim.sentence.words.filter(w => !w.stop).map(w => w.stem));
  const words = contentWords(claim.corpus.sentence(a.ref));
  const shared = words.filter(w => stems.has(w.stem) || synonymsOf(w.stem).some(x => stems.has(x))).length;
  if (shared < MIN_SHARED || words.length - shared > MAX_OTHER) return false;
  const story = new Set(claim.corpus.docs[a.ref.doc].facts.sentences.flatMap(s => s.words.map(w => w.stem)));
  let total = 0, held = 0;
  for (const t of claim.terms) {
    total += t.weight;
    if (story.has(t.stem) || t.forms?.some(f => story.has(f))) held += t.weight;
  }
  return total > 0 && held >= STORY_SHARE * total;
}
