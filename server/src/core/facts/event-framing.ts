import { Token } from '../types';

// Verbs that only say an event happened: "the summit took place in Samarkand", "KTT SCO berlangsung di Samarkand".
// What such a sentence states is the event and its time or place; a story that names the summit in Samarkand
// says all of it without the verb ("KTT SCO di Samarkand", "the festival, which drew 12,000 visitors on 10 and 11
// August"). The words a passage must have leave these verbs out, and the time and place stay for the date and
// place checks.

/** One-word verbs of happening, in the forms a claim writes them. */
const HAPPENING = new Set([
  'berlangsung', 'digelar', 'diadakan', 'diselenggarakan', 'dilangsungkan', 'dihelat', 'terjadi',
  'happened', 'happens', 'happen', 'occurred', 'occurs', 'occur',
]);

/** English forms of "take" that, with "place" after them, say an event happened. */
const TAKE = new Set(['take', 'takes', 'took', 'taken', 'taking']);

/** Forms of "be" that make "held" a passive of holding an event: "was held in Beijing". */
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * Words after the verb that lead to when or where the event happened: "took place in Beijing", "berlangsung pada
 * Kamis", "was held last week". Anything else gives the verb another sense, which a passage must state: "berlangsung
 * tiga tahun" (lasted), "was held hostage", "terjadi karena …".
 */
const LEADS = new Set(['in', 'on', 'at', 'from', 'between', 'during', 'last', 'this', 'next', 'every', 'each', 'over', 'across',
  'di', 'pada', 'sejak', 'antara', 'dari', 'hari', 'tanggal', 'bulan', 'tahun', 'awal', 'akhir', 'pertengahan', 'kemarin']);

/** Whether the token at i ends the clause or leads to a time or place. */
function leadsToTimeOrPlace(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i];
  return !next || LEADS.has(next.norm) || /^[.,;:!?)]$/.test(next.norm);
}

/** Whether the word at token i is (part of) a verb that only says an event happened. */
export function framesEvent(tokens: readonly Token[], i: number): boolean {
  const norm = tokens[i].norm;
  if (HAPPENING.has(norm)) return leadsToTimeOrPlace(tokens, i + 1);
  if (norm === 'place') return TAKE.has(tokens[i - 1]?.norm ?? '') && leadsToTimeOrPlace(tokens, i + 1);
  if (TAKE.has(norm)) return tokens[i + 1]?.norm === 'place' && leadsToTimeOrPlace(tokens, i + 2);
  // "was held", "will be held", "was formally held": a form of "be" within two tokens before.
  if (norm === 'held') return (BE.has(tokens[i - 1]?.norm ?? '') || BE.has(tokens[i - 2]?.norm ?? '')) && leadsToTimeOrPlace(tokens, i + 1);
  return false;
}

/** Verbs of holding an event, before the event's noun: "menggelar unjuk rasa", "mengadakan rapat". */
const HOLDING = new Set(['menggelar', 'mengadakan', 'menyelenggarakan', 'melangsungkan']);

/**
 * Whether the word at token i holds the event the lower-case noun after it names: "menggelar unjuk rasa" is what a
 * story writes "berunjuk rasa", the verb said by the noun's own (index/support.ts gives it the noun's stem).
 */
export function holdsEvent(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return HOLDING.has(tokens[i].norm) && next?.kind === 'word' && !next.cap && !LEADS.has(next.norm);
}
