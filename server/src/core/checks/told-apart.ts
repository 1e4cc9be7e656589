import { Quantity } from '../types';
import { SentenceFacts } from '../facts/analyze';
import { sameKind, thingAfter, thingsAfter } from './figure-words';

// A figure whose value the passage has, but for the claim's thing told apart by the next word: "Tujuh tim bersaing
// pada putaran pertama" where the passage says "Delapan tim bersaing pada putaran pertama musim; tujuh tim dari
// Sydney dan satu tim dari Newcastle". The value stands in the passage, so the number check would take it as found.

/** How many content words before a passage's figure may name what the claim names after its own. */
const BEFORE_REACH = 6;

/**
 * The content stems right before a figure in its own stretch: after the figure of its kind before it, and after a
 * ';' or a ':' ("Delapan tim bersaing …; tujuh tim dari Sydney": "bersaing" is the eight's, not the seven's).
 */
function namedBefore(x: SentenceFacts, n: Quantity): Set<string> {
  const prior = x.quantities.filter(m => m !== n && sameKind(m, n) && m.end <= n.start).map(m => m.end);
  const breaks = x.tokens.filter(t => (t.norm === ';' || t.norm === ':') && t.end <= n.start).map(t => t.end);
  const from = Math.max(-Infinity, ...prior, ...breaks);
  return new Set(x.words.filter(w => !w.stop && w.start >= from && w.end <= n.start).slice(-BEFORE_REACH).map(w => w.stem));
}

/** Words that make a figure a part of the next one ("Lima dari 6 provinsi", "five of the six"): one count, not two. */
const PART_OF = new Set(['dari', 'of']);

/**
 * The claim's content stems in the words a figure governs: those after it, up to the next figure that counts the
 * same thing ("0 poin" after "3 poin …") or a ';'. A figure in between counts something of its own ("1 poin untuk dua tim").
 */
function governedShare(x: SentenceFacts, n: Quantity, stems: ReadonlySet<string>): number {
  const thing = thingAfter(x, n);
  const next = x.quantities.filter(m => m !== n && sameKind(m, n) && m.start >= n.end && thingAfter(x, m) === thing).map(m => m.start).sort((a, b) => a - b)[0] ?? Infinity;
  const stop = x.tokens.find(t => t.start >= n.end && t.norm === ';')?.start ?? Infinity;
  return new Set(x.words.filter(w => !w.stop && w.start >= n.end && w.start < Math.min(next, stop) && stems.has(w.stem)).map(w => w.stem)).size;
}

/**
 * A figure of the passage that counts the claim's thing with the claim's next word too ("Delapan tim bersaing"),
 * where every figure of the claim's value counts that thing with another next word ("tujuh tim dari Sydney") and
 * governs fewer of the claim's words: "1 poin diberikan untuk dua tim yang bermain imbang" keeps the "1 poin untuk
 * dua tim yang bermain imbang" of its passage, whatever "3 poin diberikan" shares.
 */
export function toldApart(s: SentenceFacts, q: Quantity, source: SentenceFacts, fitting: ReadonlyArray<{ n: Quantity; s: SentenceFacts }>, differs: (n: Quantity) => boolean): Quantity | undefined {
  const words = thingsAfter(s, q, 3);
  if (words.length < 2) return undefined;
  const same = (x: SentenceFacts, n: Quantity) => { const w = thingsAfter(x, n, 3); return w[0] === words[0] && w[1] === words[1]; };
  if (fitting.some(({ n, s: x }) => same(x, n) || thingsAfter(x, n, 3)[0] !== words[0] || PART_OF.has(x.words.find(w => w.start >= n.end)?.norm ?? ''))) return undefined;
  // A figure of the value told apart by the same word before it, in the passage's order: "… ke RS Mitra Husada" of
  // "62 kilometer ke RS Mitra Husada" is the passage's "RS Mitra Husada … yang berjarak 62 kilometer".
  if (fitting.some(({ n, s: x }) => namedBefore(x, n).has(words[1]))) return undefined;
  const stems = new Set(s.words.filter(w => !w.stop && !(w.start >= q.start && w.end <= q.end)).map(w => w.stem));
  const most = Math.max(...fitting.map(({ n, s: x }) => governedShare(x, n, stems)));
  return source.quantities.find(n => sameKind(n, q) && differs(n) && same(source, n) && governedShare(source, n, stems) > most);
}
