import { Word } from '../facts/analyze';

// A change denied denies every kind of change: "Tarif untuk pelanggan sosial … tidak berubah" against "tarif bagi
// pelanggan sosial ikut dinaikkan", "the fare did not change" against "the fare rose". Only that way round: a change
// stated says nothing of its kind, and a kind denied ("tarif tidak naik") leaves another possible (it may have
// fallen). Read by the contradiction check beside same words and synonyms (contradiction-check.ts polarityFlip).

/** Stems of changing: "berubah", "mengubah", "perubahan"; "change", "changed". */
const CHANGE: ReadonlySet<string> = new Set(['ubah', 'chang']);

/**
 * Stems of kinds of change a count, a price or a rate may go through. Not "tingkat" as a noun ("tingkat
 * pengangguran", the rate itself: see kindOf), nor English "lower" ("the lower court") or "cut".
 */
const KINDS: ReadonlySet<string> = new Set(['naik', 'turun', 'lonjak', 'anjlok', 'tingkat', 'rosot', 'susut',
  'rise', 'fall', 'increas', 'decreas', 'drop', 'soar', 'surg', 'plummet', 'climb', 'declin', 'jump', 'doubl', 'halv',
  'rais']);

/** Whether a word names a kind of change: "tingkat" only in a derived form ("meningkat", "peningkatan"). */
function kindOf(w: Word): boolean {
  return KINDS.has(w.stem) && !(w.stem === 'tingkat' && w.norm === 'tingkat');
}

/** The stems a passage's word may have to answer the claim's word as a change against its kind, or none. */
export function changeStemsFor(c: Word): readonly string[] {
  return kindOf(c) ? [...CHANGE] : CHANGE.has(c.stem) ? [...KINDS] : [];
}

/**
 * Whether the passage's word, with its negation, denies what the claim's word says: a kind of change stated against
 * a change denied, or a change denied in the claim against a kind stated in the passage.
 */
export function changeDenied(c: Word, claimNegated: boolean, s: Word, passageNegated: boolean): boolean {
  if (kindOf(c) && CHANGE.has(s.stem)) return !claimNegated && passageNegated;
  return CHANGE.has(c.stem) && kindOf(s) && claimNegated && !passageNegated;
}
