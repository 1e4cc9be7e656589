import { Word } from '../facts/analyze';
import { CompoundVocabulary } from './compound-forms';

// A bare Indonesian verb in -kan ("jentik nyamuk kami temukan", "yang ia sampaikan") has two readings: root + -kan
// (temu + kan) or a root ending in k + -an (as "tindakan" is tindak + an). Alone, with no prefix to settle it, the
// stemmer takes the -an reading unless the corpus has the shorter root as a word of its own, and "temukan" then
// shares no stem with "ditemukan" or "menemukan" (temu). A claim word therefore also counts as found under the stem
// the other reading gives, where the corpus has a word under that stem.

/** Other stems under which an Indonesian word may stand in a source, by the other reading of a bare -kan. */
export function kanForms(w: Word, vocab: CompoundVocabulary): string[] {
  const out: string[] = [];
  const offer = (stem: string) => { if (stem !== w.stem && !out.includes(stem) && vocab.hasStem(stem)) out.push(stem); };
  // The claim has the bare form and read it as k + -an ("temukan": temuk): the source may have temu.
  if (w.norm.endsWith('kan') && w.stem === w.norm.slice(0, -2)) offer(vocab.stem(w.norm.slice(0, -3)));
  // The claim has the root ("ditemukan": temu): the source may have the bare form, read as k + -an (temuk).
  if (vocab.hasWord(w.stem + 'kan')) offer(vocab.stem(w.stem + 'kan'));
  return out;
}
