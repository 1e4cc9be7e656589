import { Quantity } from '../types';
import { SentenceFacts } from './analyze';

// A figure a writer gives as the difference between two others: "$600,000 less than the department had asked for",
// "dua tahun lebih ringan daripada tuntutan jaksa". The story need not state it: it states the two figures. Read by
// the number check (checks/worked-figures.ts), which looks for the two in the story, and by the verifier's features,
// which count such a figure as found when the claim and the passage give the two.

/**
 * Words after a figure (and its unit, when the figure leaves it out) that make it a difference between two: "$600,000
 * less than", "Rp 5 miliar lebih kecil dari", "dua tahun lebih ringan daripada tuntutan".
 */
const DIFFERENCE_AFTER = new RegExp('^\\s*(?:\\p{L}+\\s+)?(?:(?:less|more|fewer|lower|higher|smaller|larger|bigger|shorter|longer|lighter|heavier|' +
  'cheaper|dearer)\\s+than\\b|lebih\\s+(?:sedikit|kecil|rendah|banyak|besar|tinggi|ringan|berat|lama|singkat|pendek|panjang|murah|mahal)' +
  '\\s+(?:dari|daripada)\\b)', 'iu');
/** Words before a figure that make it one: "a gap of", "selisih". */
const DIFFERENCE_BEFORE = /\b(?:gap|difference|shortfall|selisih|kekurangan)\s+(?:of\s+|sebesar\s+|sekitar\s+)?$/i;

/**
 * A change by a figure from a base the sentence names after it: "bertambah enam orang dari data sehari sebelumnya",
 * "naik 5 persen dibanding tahun lalu", "up 12 from the week before". Without the base ("naik 5 persen") the figure
 * may be the change the story states itself, and is compared as any other.
 */
const CHANGE_BY_BEFORE = /\b(?:bertambah|berkurang|naik|turun|meningkat|menurun|melonjak|merosot|up|down|rose|fell|increased|decreased)\s+(?:by\s+|sebanyak\s+|sebesar\s+|sekitar\s+)?$/i;
const CHANGE_BY_AFTER = /^\s*(?:\p{L}+\s+)?(?:dari|daripada|dibanding|dibandingkan|from|on)\b/iu;

/** Whether the sentence gives a figure as the difference between two others ("$600,000 less than …"). */
export function isDifference(s: SentenceFacts, q: Quantity): boolean {
  return DIFFERENCE_AFTER.test(s.text.slice(q.end - s.start)) || DIFFERENCE_BEFORE.test(s.text.slice(0, q.start - s.start));
}

/** Whether the sentence gives a figure as a change from a base it names after it ("bertambah enam orang dari …"). */
export function isChangeFromBase(s: SentenceFacts, q: Quantity): boolean {
  return CHANGE_BY_BEFORE.test(s.text.slice(0, q.start - s.start)) && CHANGE_BY_AFTER.test(s.text.slice(q.end - s.start));
}

/** How far a difference worked out may be from the one the claim gives: rounding of the two figures. */
export const DIFFERENCE_SLACK = 0.01;

/** Whether two values differ by the figure (within rounding). */
export function differBy(a: number, b: number, figure: number): boolean {
  return Math.abs(Math.abs(a - b) - figure) <= figure * DIFFERENCE_SLACK;
}

/** Whether two of the values differ by the figure (within rounding). */
export function isDifferenceOf(values: readonly number[], figure: number): boolean {
  return values.some((a, i) => values.some((b, j) => j > i && differBy(a, b, figure)));
}
