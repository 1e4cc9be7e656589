import type { Quantity } from '../types';
import { wordTable, WordTable } from '../text/normalize';

// Counts given only as an order of magnitude: "ratusan tentara", "puluhan ribu warga", "thousands of troops".
// They are figures a writer can get wrong ("ribuan" where the source says "ratusan"), but they compare only with
// each other: "500 tentara" neither matches nor contradicts "ratusan tentara".

const MAGNITUDE: WordTable<number> = wordTable({
  puluhan: 10, ratusan: 100, ribuan: 1e3, jutaan: 1e6, miliaran: 1e9, milyaran: 1e9, triliunan: 1e12,
  dozens: 10, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
});

/** "puluhan ribu" is tens of thousands: a scale word after the magnitude multiplies it. */
const SCALE: WordTable<number> = wordTable({
  ribu: 1e3, juta: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12, thousand: 1e3, million: 1e6, billion: 1e9,
});

/**
 * A text without any of the magnitude words, in any case, has no magnitude: most sentences are passed over on
 * this one test instead of lower-casing and looking up each of their words.
 */
const ANY_MAGNITUDE = new RegExp([...MAGNITUDE.keys()].join('|'), 'iu');

export function extractMagnitudes(text: string): Quantity[] {
  const out: Quantity[] = [];
  if (!ANY_MAGNITUDE.test(text)) return out;
  const words = [...text.matchAll(/\p{L}+/gu)];
  for (let i = 0; i < words.length; i++) {
    const value = MAGNITUDE.get(words[i][0].toLowerCase());
    if (value === undefined) continue;
    const start = words[i].index!;
    let end = start + words[i][0].length, v = value;
    const next = words[i + 1];
    const scale = next && /^\s+$/.test(text.slice(end, next.index)) ? SCALE.get(next[0].toLowerCase()) : undefined;
    if (scale !== undefined) { v *= scale; end = next.index! + next[0].length; i++; }
    out.push({ start, end, text: text.slice(start, end), kind: 'magnitude', value: v });
  }
  return out;
}
