import { Quantity } from '../types';
import { SentenceFacts } from '../facts/analyze';
import { hedgedStart } from '../facts/hedges';
import { INDONESIAN_TIME_UNITS } from '../facts/calendar-words';

// A figure the draft gives where its passage gives no figure but a vague amount of the same thing: "sekitar 90
// persen ekspor energinya" where the source says "sebagian besar ekspor energinya", "70 percent of the budget" where
// it says "most of the budget", "penundaan dua tahun" where it says "penundaan berbulan-bulan". The precision is the
// writer's own; the number check shows the source's words.

/** Vague amounts, as the words before the thing they measure ("sebagian besar ekspor", "most of the budget"). */
const VAGUE = [['sebagian', 'besar'], ['sebagian', 'kecil'], ['sebagian'], ['mayoritas'], ['kebanyakan'], ['sejumlah'],
  ['most'], ['majority'], ['much']];
/** Words that may stand between a vague amount and its thing ("most of the budget"), as they do after a figure. */
const LINKS = new Set(['of', 'the', 'dari']);

/** Kinds of figure that can stand for a vague amount: a share or a plain count. */
const COMPARABLE = new Set(['percent', 'cardinal']);

/**
 * The source's vague amount of the thing the draft's figure counts (the content word right after each, by stem), as
 * the span of its words: undefined when the passage has none, or when it has a figure of that kind itself.
 */
export function vagueAmountFor(q: Quantity, thing: string, source: SentenceFacts): { start: number; end: number; text: string } | undefined {
  if (!thing || !COMPARABLE.has(q.kind) || source.quantities.some(n => n.kind === q.kind)) return undefined;
  const tokens = source.tokens;
  for (let i = 0; i < tokens.length; i++) {
    for (const words of VAGUE) {
      if (!words.every((w, k) => tokens[i + k]?.norm === w)) continue;
      let next = i + words.length;
      while (tokens[next] && LINKS.has(tokens[next].norm)) next++;
      const after = source.words.find(w => w.token === next);
      if (!after || after.stop || after.stem !== thing) continue;
      const start = tokens[i].start, end = tokens[i + words.length - 1].end;
      return { start, end, text: source.text.slice(start - source.start, end - source.start) };
    }
  }
  return undefined;
}

/** The draft's figure with its hedge ("sekitar 90 persen"), for the finding's range and fix. */
export function figureWithHedge(s: SentenceFacts, q: Quantity): { start: number; end: number; text: string } {
  const start = hedgedStart(s, q);
  return { start, end: q.end, text: s.text.slice(start - s.start, q.end - s.start) };
}

/** A span said without a figure, its unit reduplicated: "berbulan-bulan", "bertahun-tahun". */
const REDUPLICATED_SPAN = /^ber(\p{L}+)-(\p{L}+)$/u;

/**
 * A span of time the draft counts ("penundaan dua tahun") where its passage gives the same thing a span without a
 * figure ("penundaan berbulan-bulan", the content word before each the same) and counts no span itself: the draft's
 * draft span (figure and unit) and the source's words, else undefined.
 */
export function vagueSpanFor(s: SentenceFacts, q: Quantity, source: SentenceFacts):
  { draft: { start: number; end: number; text: string }; source: { start: number; end: number; text: string } } | undefined {
  if (q.kind !== 'cardinal') return undefined;
  const unit = s.tokens.find(t => t.start >= q.end);
  if (!unit || !INDONESIAN_TIME_UNITS.has(unit.norm)) return undefined;
  const before = s.words.filter(w => w.end <= q.start && !w.stop).pop();
  if (!before || before.token !== s.tokens.findIndex(t => t.start >= q.start) - 1) return undefined;
  const counted = (x: SentenceFacts) => x.quantities.some(n => INDONESIAN_TIME_UNITS.has(x.tokens.find(t => t.start >= n.end)?.norm ?? ''));
  if (counted(source)) return undefined;
  for (let i = 1; i < source.tokens.length; i++) {
    const m = REDUPLICATED_SPAN.exec(source.tokens[i].norm);
    if (!m || m[1] !== m[2] || !INDONESIAN_TIME_UNITS.has(m[1])) continue;
    if (!source.words.some(w => w.token === i - 1 && w.stem === before.stem)) continue;
    const t = source.tokens[i];
    return {
      draft: { start: q.start, end: unit.end, text: s.text.slice(q.start - s.start, unit.end - s.start) },
      source: { start: t.start, end: t.end, text: source.text.slice(t.start - source.start, t.end - source.start) },
    };
  }
  return undefined;
}
