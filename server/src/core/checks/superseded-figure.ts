import { Quantity } from '../types';
import { SentenceFacts } from '../facts/analyze';
import { sameKind } from './figure-words';

// A figure the sources give only to correct it: "Halloran initially said 180 passengers were on board but corrected
// the figure to 194 later in the morning", "jumlah korban semula 12 orang, kemudian direvisi menjadi 15". A draft that
// states the first figure as the fact ("The Kestrel Bay had 180 passengers … on board") has the superseded one; the
// corrected figure is the fix. A draft that says it was the first figure ("first put the number at 180", "up from the
// seven first reported") or gives the change itself is the writer telling the correction, and passes. A later
// report that corrects the figure ("the number of buried homes had been revised to 34, down from the 40 first
// reported") supersedes it in the earlier one too, where it speaks of the claim's thing.

/** Words that correct a figure given before: "corrected the figure to", "revised it to", "direvisi menjadi". */
const CORRECTING = /\b(?:corrected|revised|raised|lowered|updated|amended|direvisi|dikoreksi|diralat|diperbarui|dinaikkan|diturunkan|merevisi|mengoreksi|meralat|memperbarui)\b/i;
/**
 * Words that mark a figure as the first one given: "initially", "first reported", "at first", "semula", "awalnya".
 * Not "first" alone: "postponed on the first day" dates the figure, it does not call it the first count.
 */
const FIRST = /\b(?:initially|originally|previously|at first|first (?:reported|put|said|gave|given|stated|estimated|counted|announced)|(?:the )?earlier (?:figure|estimate|count|total)|awalnya|semula|sebelumnya|mula-mula|pada awalnya|pertama (?:kali )?(?:dilaporkan|disebutkan|disebut))\b/i;
/** How far apart the first figure and the corrected one may stand in a sentence, in characters. */
const REACH = 120;
/** A correcting verb that takes the figure as its new value: "corrected the figure to", "direvisi menjadi sekitar". */
const TO_NEW_VALUE = new RegExp(`${CORRECTING.source}(?:\\s+[\\p{L}']+){0,3}\\s+(?:to|menjadi|jadi)\\s+(?:about\\s+|around\\s+|nearly\\s+|sekitar\\s+|hampir\\s+)?$`, 'iu');

/**
 * The figure that corrects `n` later in its sentence: of n's kind, another value, right after a correcting verb and
 * "to"/"menjadi" ("a revised forecast showed … 280 homes" corrects nothing). Undefined when none does.
 */
export function correctedBy(s: SentenceFacts, n: Quantity): Quantity | undefined {
  // Asked of each figure near a passage for every figure of the claim: read once per figure (a figure is of one sentence).
  let known = corrected.get(n);
  if (known === undefined) {
    // No correcting verb in the sentence, no correction: one scan of it instead of one per figure after n.
    known = !CORRECTING.test(s.text) ? null : s.quantities.find(m => {
      if (m.start < n.end || !sameKind(m, n) || m.value === n.value) return false;
      const between = s.text.slice(n.end - s.start, m.start - s.start);
      return between.length <= REACH && TO_NEW_VALUE.test(between);
    }) ?? null;
    corrected.set(n, known);
  }
  return known ?? undefined;
}
const corrected = new WeakMap<Quantity, Quantity | null>();

/** After the new value, what names the old one: "revised to 34, down from the 40 first reported". */
const DOWN_FROM = /^\s*,?\s*(?:down|up)\s+from\s+(?:the\s+|an?\s+)?(?:earlier\s+|initial\s+|original\s+)?$/i;

/**
 * The figure a sentence corrects, given after its new value ("had been revised to 34, down from the 40 first
 * reported"), with that value; undefined when the sentence corrects none so.
 */
export function correctionAfter(s: SentenceFacts): Correction | undefined {
  // Every claim with a figure asks of every sentence of its documents, and a source sentence does not change: read once.
  let known = corrections.get(s);
  if (known === undefined) corrections.set(s, known = readCorrection(s) ?? null);
  return known ?? undefined;
}

interface Correction { from: Quantity; to: Quantity }
const corrections = new WeakMap<SentenceFacts, Correction | null>();

function readCorrection(s: SentenceFacts): Correction | undefined {
  // TO_NEW_VALUE, tried before each figure, needs a correcting verb: most sentences have none.
  if (s.quantities.length < 2 || !CORRECTING.test(s.text)) return undefined;
  for (const to of s.quantities) {
    const before = s.text.slice(Math.max(0, to.start - s.start - REACH), to.start - s.start);
    if (!TO_NEW_VALUE.test(before)) continue;
    const from = s.quantities.find(m => m.start >= to.end && sameKind(m, to) && m.value !== to.value && DOWN_FROM.test(s.text.slice(to.end - s.start, m.start - s.start)));
    if (from) return { from, to };
  }
  return undefined;
}

/** Whether a draft's sentence tells a figure as the first one, or tells a change: then an early figure is no error. */
export function tellsChange(s: SentenceFacts): boolean {
  return FIRST.test(s.text) || CORRECTING.test(s.text);
}
