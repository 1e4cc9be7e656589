import { COUNTERS } from '../lexicon/counters';
import { Quantity, Span } from '../types';
import { SentenceFacts } from '../facts/analyze';
import { tokenAt } from '../facts/description-words';
import { Hedge, boundedLikewise, excludesItself, fitsHedge } from '../facts/hedges';
import { yearsInUnit } from '../lexicon/time-units';

// What a figure is a figure of, read from the words around it, and whether a source's figure is the claim's: the
// number and date checks' shared reading of figures (number-check.ts, figure-siblings.ts).

export function sameKind(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind !== 'money' || !a.currency || !b.currency || a.currency === b.currency;
}

export function sameValue(a: Quantity, b: Quantity): boolean {
  return Math.abs(a.value - b.value) <= Math.abs(a.value) * 0.005;
}

/**
 * Whether a passage's figure is the counterpart of a part the claim takes out of this figure, a whole written first
 * ("Dari lima orang yang diamankan, satu orang dilepas", "Of the 18 staff held, 13 …"): of its kind and value, counting
 * the same thing. The story's "Satu orang lainnya dilepaskan" is the "satu", no other value of the "lima".
 */
export function ownedByOther(claim: SentenceFacts, q: Quantity, source: SentenceFacts, n: Quantity): boolean {
  let k = tokenAt(claim.tokens, q.start) - 1;
  if (claim.tokens[k]?.norm === 'the') k--;
  if (!PART_OF.has(claim.tokens[k]?.norm ?? '') || claim.tokens.slice(0, k).some(t => t.kind === 'word')) return false;
  const theirs = countedThing(source, n);
  return !!theirs && claim.quantities.some(o => {
    if (o.start <= q.end || !sameKind(o, n) || !sameValue(o, n)) return false;
    const mine = countedThing(claim, o);
    // A count of people may be any people the sentence names: "Dari 18 pegawai …, 13 orang" for "Tiga belas pegawai".
    return mine === theirs || (PEOPLE.has(mine) && claim.words.some(w => w.stem === theirs)) || (PEOPLE.has(theirs) && !!mine && !PEOPLE.has(mine));
  });
}

/** The word right after a span: "70 persen peralatan" → "peralatan"; used to pick the corresponding figure. */
export function wordAfter(s: SentenceFacts, span: Span): string {
  return s.words.find(w => w.start >= span.end && !w.stop)?.stem ?? '';
}

/**
 * The word right after a span when it names a thing ("70 persen peralatan"); '' for a function word ("of them").
 * "sekali" (once) carries its own: it is "se" and "kali", as "dua kali" counts times.
 */
export function thingAfter(s: SentenceFacts, span: Span): string {
  if (s.text.slice(span.start - s.start, span.end - s.start).toLowerCase() === 'sekali') return 'kali';
  const next = s.words.find(w => w.start >= span.end);
  // A mark between ends the figure's phrase: "sekarang cuma seperempat," ujarnya counts no "ujar".
  if (!next || s.tokens[next.token - 1]?.kind === 'punct' && s.tokens[next.token - 1].start >= span.end) return '';
  // "… 11 orang …, dan 16 lainnya": others count what the count before them counts.
  if (OTHERS.has(next.norm)) {
    const before = s.quantities.filter(x => x.kind === 'cardinal' && x.end <= span.start).at(-1);
    return before ? thingAfter(s, before) : '';
  }
  return next.stop ? '' : next.stem;
}
/** Words after a count that make it more of what the count before it counts: "16 lainnya", "16 others". */
const OTHERS: ReadonlySet<string> = new Set(['lainnya', 'others']);

/** Words that make a count a part of another figure's: "19 dari 52 warga binaan", "three of the 12 victims". */
const PART_OF: ReadonlySet<string> = new Set(['dari', 'of']);

/**
 * The count a count is a part of, which gives it its thing: the figure right after "dari"/"of" ("19 dari 52 warga
 * binaan" counts inmates), or the one before "di antaranya" ("52 warga binaan …, dan sembilan di antaranya").
 * Counts only: "naik 5 persen dari 20 persen" is a change, no part.
 */
function wholeOf(s: SentenceFacts, q: Quantity): Quantity | undefined {
  // By the sentence's own reading of the figure: a caller may pass it read as money.
  if (s.quantities.find(x => x.start === q.start)?.kind !== 'cardinal') return undefined;
  const t = s.tokens, at = tokenAt(t, q.end);
  // The word must follow the figure at once.
  if (t[at - 1]?.end !== q.end) return undefined;
  if (PART_OF.has(t[at]?.norm ?? '')) {
    const k = t[at + 1]?.norm === 'the' ? at + 2 : at + 1;
    return s.quantities.find(x => x.kind === 'cardinal' && x.start === t[k]?.start);
  }
  if (t[at]?.norm === 'di' && t[at + 1]?.norm === 'antaranya') return s.quantities.filter(x => x.kind === 'cardinal' && x.end <= q.start).at(-1);
  return undefined;
}

/**
 * What a count counts: the thing after it, or, for a part of another figure ("19 dari 52 warga binaan"), the whole's.
 * A source's part keeps no thing where a claim's figure is compared with it (`thingAfter`): "Two of the seven
 * injured" may be "two workers".
 */
export function countedThing(s: SentenceFacts, q: Quantity): string {
  return thingAfter(s, wholeOf(s, q) ?? q);
}

/** Whether a count is a part of another figure of its sentence ("19 dari 52 …", "sembilan di antaranya"). */
export const isPartCount = (s: SentenceFacts, q: Quantity): boolean => wholeOf(s, q) !== undefined;

/**
 * The stems of the content words among the `n` words right after a span: "Four incoming flights" counts flights. Not
 * "lainnya" (others), which tells no thing apart: "delapan siswa lainnya dirujuk" counts pupils referred.
 */
export function thingsAfter(s: SentenceFacts, span: Span, n: number): string[] {
  return s.words.filter(w => w.start >= span.end).slice(0, n).filter(w => !w.stop && !OTHERS.has(w.norm)).map(w => w.stem);
}

/** The stems of up to `n` content words right before a span, nearest first. */
export function wordsBefore(s: SentenceFacts, span: Span, n: number): string[] {
  const out: string[] = [];
  for (let i = s.words.length - 1; i >= 0 && out.length < n; i--) if (s.words[i].end <= span.start && !s.words[i].stop) out.push(s.words[i].stem);
  return out;
}

/** The word right before a span: "paket bantuan US$61 miliar" → "bantu"; for a figure with nothing after it. */
export function wordBefore(s: SentenceFacts, span: Span): string {
  return wordsBefore(s, span, 1)[0] ?? '';
}

/**
 * The passage's figure of the claim's figure's kind that counts the same thing, by the word after it and else the
 * word before it; for a claim whose value the passage gives to another thing ("90 persen peralatan mesin" where it
 * says "70 persen peralatan mesin dan 90 persen mikroelektronika"), the one whose value it is not.
 */
export function counterpart(source: SentenceFacts, all: Quantity[], q: Quantity, qs: SentenceFacts): Quantity | undefined {
  const after = wordAfter(qs, q), before = wordBefore(qs, q);
  // A whole against a whole, a part against a part: "15 passengers" is no "three of the 12 passengers".
  const part = isPartCount(qs, q), alike = all.filter(r => isPartCount(source, r) === part);
  const rivals = alike.length ? alike : all;
  return (after ? rivals.find(r => wordAfter(source, r) === after) : undefined) ??
    (before ? rivals.find(r => wordBefore(source, r) === before) : undefined);
}

/** Content words either side of a figure read for what it is the figure of. */
const FIGURE_WINDOW = 3;

/**
 * Of several figures of the passage, the one whose words around it the claim shares most, if one alone does: "paket
 * bantuan senilai US$16 miliar untuk Ukraina" is the passage's "paket bantuan US$61 miliar yang disetujui oleh
 * Kongres AS", not its "bantuan militer tambahan senilai US$2 miliar untuk Ukraina" before it, though the word
 * after each is "Ukraina".
 */
export function nearestInWords(qs: SentenceFacts, source: SentenceFacts, rivals: Quantity[]): Quantity | undefined {
  if (rivals.length < 2) return undefined;
  const claimed = new Set(qs.words.filter(w => !w.stop).map(w => w.stem));
  const inFigure = (w: { start: number; end: number }) => source.quantities.some(n => w.start >= n.start && w.end <= n.end);
  const content = source.words.filter(w => !w.stop && !inFigure(w));
  const around = (r: Quantity) => {
    const before = content.filter(w => w.end <= r.start).slice(-FIGURE_WINDOW), after = content.filter(w => w.start >= r.end).slice(0, FIGURE_WINDOW);
    return new Set([...before, ...after].map(w => w.stem).filter(st => claimed.has(st))).size;
  };
  const scored = rivals.map(r => ({ r, n: around(r) })).sort((x, y) => y.n - x.n);
  return scored[0].n > scored[1].n ? scored[0].r : undefined;
}

/** The word right after a figure that is a unit of time, with where it ends and its length in years. */
function spanUnit(s: SentenceFacts, q: Quantity): { end: number; years: number } | undefined {
  // "a two-year delay": the unit joined to the figure by a hyphen, inside one token.
  const glued = GLUED_UNIT.exec(s.text.slice(q.end - s.start, q.end - s.start + 16));
  if (glued) {
    const years = yearsInUnit(glued[1].toLowerCase());
    return years === undefined ? undefined : { end: q.end + glued[0].length, years };
  }
  let i = tokenAt(s.tokens, q.end);
  while (i < s.tokens.length && s.tokens[i].kind !== 'word') i++;
  const next = s.tokens[i];
  // "ke-14 tahun 1987", "Nomor 47 Tahun 2017": the word opens a year, no span of the figure.
  if (/^(?:1[5-9]|20)\d\d$/.test(s.tokens[i + 1]?.text ?? '')) return undefined;
  const years = next && next.start - q.end <= 1 ? yearsInUnit(next.norm) : undefined;
  return years === undefined ? undefined : { end: next.end, years };
}

const GLUED_UNIT = /^[-\u2010\u2011](\p{L}+)/u;

/** The length in years of the unit of time right after a figure ("dua pekan"); undefined when none is. */
export function unitAfter(s: SentenceFacts, q: Quantity): number | undefined {
  return spanUnit(s, q)?.years;
}

/**
 * Whether a source's figure (in its sentence) is the claim's: the same value, or in other units; or, in the
 * passage that best matches the claim (a bound fits many figures, so not just any figure nearby), within the
 * claim's hedge. A source's figure that is itself approximate or a bound ("up to 40 percent") is matched as written.
 */
export function fits(n: Quantity, ns: SentenceFacts, q: Quantity, qs: SentenceFacts, best: SentenceFacts, hedge: Hedge | undefined): boolean {
  if (!sameKind(n, q)) return false;
  // Two spans of time in different units are the same figure only as long as each other: "setengah tahun" is the
  // passage's "enam bulan", "enam tahun" is not.
  const from = unitAfter(ns, n), to = unitAfter(qs, q);
  if (from && to && from !== to) return Math.abs(n.value * from - q.value * to) <= Math.abs(q.value * to) * 0.005;
  // … and a span is no count of a thing, either way: "enam tahun" is not the passage's "enam saksi", "30 unit" not its
  // "lebih dari 30 tahun".
  if ((to && !from && thingAfter(ns, n)) || (from && !to && thingAfter(qs, q))) return false;
  // "lebih dari tiga puluh sembilan" is not the passage's "sekitar tiga puluh sembilan" or its plain 39.
  if (sameValue(n, q)) { const bound = excludesItself(qs, q); return !bound || boundedLikewise(ns, n, bound); }
  return !!hedge && ns === best && fitsHedge(hedge, ns, n, q);
}

/** A figure with the unit of time right after it ("enam bulan"), for a finding on spans counted in different units. */
export function withSpanUnit(s: SentenceFacts, q: Quantity): Span & { text: string } {
  const unit = spanUnit(s, q);
  return unit ? { start: q.start, end: unit.end, text: s.text.slice(q.start - s.start, unit.end - s.start) } : q;
}

/** Words that take a thing one at a time: "setiap kapal", "tiap kapal", "per kapal", "masing-masing kapal", "each ship". */
const EACH: ReadonlySet<string> = new Set(['setiap', 'tiap', 'per', 'masing-masing', 'each', 'every']);

/**
 * Whether a count of one ("satu kapal boleh mengisi …") is the passage's thing taken one at a time ("Setiap kapal
 * hanya boleh membeli …"): one ship, each ship, whatever the passage's other figures count.
 */
export function oneOfEach(source: SentenceFacts, q: Quantity, thing: string): boolean {
  return q.value === 1 && source.words.some((w, i) => w.stem === thing && i > 0 && EACH.has(source.words[i - 1].norm));
}

/** Words that count people and say nothing of them: what the people did is the word after. */
export const PEOPLE: ReadonlySet<string> = new Set(['orang', 'jiwa', 'warga', 'people', 'person', 'individu', 'individual']);

/**
 * Whether a figure counting `other` may count the claim's `thing`: the same word; a counter on either side ("27 unit"
 * for "27 perahu"); a count of people for any thing ("satu orang" for "satu penambang"), or the claim's count of
 * people ("21 orang") for a thing its own sentence names ("korban luka di kalangan siswa", against "21 siswa"); the
 * claim's act after its thing, after a count that leaves its thing out ("dua dibatalkan").
 */
export function mayCountSame(claim: SentenceFacts, q: Span, thing: string, other: string): boolean {
  if (other === thing || COUNTERS.has(other) || COUNTERS.has(thing)) return true;
  if (PEOPLE.has(other)) return !PEOPLE.has(thing);
  if (PEOPLE.has(thing)) return claim.words.some(w => w.stem === other);
  // "enam penerbangan tertunda dan dua dibatalkan": the second count leaves its thing out, and the word after it is
  // the claim's act right after the claim's thing ("dua penerbangan dibatalkan").
  return thingsAfter(claim, q, 2)[1] === other;
}

/** Words that count one of the thing after them: "sebuah sepeda motor", "seekor sapi", "seorang warga". */
const ONE_OF: ReadonlySet<string> = new Set(['sebuah', 'seekor', 'seorang', 'sebatang', 'selembar', 'seunit', 'sebiji', 'sepucuk', 'sebidang', 'sehelai']);

/** Whether a sentence nearby counts the claim's one thing with a word of one: "satu sepeda motor" for "sebuah sepeda motor". */
export function oneWrittenAsWord(around: readonly SentenceFacts[], s: SentenceFacts, q: Quantity): boolean {
  const thing = q.kind === 'cardinal' && q.value === 1 ? thingAfter(s, q) : '';
  return !!thing && around.some(x => x.words.some((w, i) => ONE_OF.has(w.norm) && x.words[i + 1]?.stem === thing));
}

/** Whether a sentence nearby writes the claim's plain digits glued to a unit ("60fps", "5km"), which is read as no figure. */
export function gluedNearby(around: readonly SentenceFacts[], q: Quantity): boolean {
  if (!/^\d+$/.test(q.text)) return false;
  // A unit in lower case and nothing after it: "60fps", "5km"; not a code such as "2ZR-FE".
  const glued = new RegExp(`(?:^|[^\\d.,])${q.text}\\p{Ll}+(?![\\p{L}\\p{N}-])`, 'u');
  return around.some(s => glued.test(s.text));
}
