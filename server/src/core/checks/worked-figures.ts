import { Quantity } from '../types';
import { SentenceFacts } from '../facts/analyze';
import { Hedge } from '../facts/hedges';
import { isFraction, partShare } from '../facts/part-share';
import { DIFFERENCE_SLACK, differBy, isDifferenceOf } from '../facts/worked-difference';
import { Claim, sentencesOfEvidenceDocs, someSentenceOfEvidenceDocs } from './types';

// Figures a writer works out from the sources' own: a share written as a ratio of two counts ("roughly three in five
// of them", "one out of four") for "about 60 percent", where neither count is a figure the sources must give but the
// share is; a fraction of a figure ("two-thirds of the $1.2 million relief fund") where the story gives the whole and
// the part ("a $1.2 million relief fund … the remaining $800,000"); and a difference ("$600,000 less than the
// department had asked for") between two figures the story gives ("$1.2 million, less than the $1.8 million the
// department had requested").

/** The share a figure makes with the count it stands in a ratio with ("three in five"), and the first count. */
export function ratioShare(s: SentenceFacts, q: Quantity): { share: number; numerator: Quantity } | undefined {
  const cardinal = (n: Quantity) => n.kind === 'cardinal' && Number.isInteger(n.value) && n.value > 0;
  if (!cardinal(q)) return undefined;
  const between = (a: Quantity, b: Quantity) => s.text.slice(a.end - s.start, b.start - s.start).trim().toLowerCase();
  for (const n of s.quantities) {
    if (n === q || !cardinal(n)) continue;
    const [num, den] = n.start > q.start ? [q, n] : [n, q];
    if (num.value < den.value && /^(?:in|out of)$/.test(between(num, den))) return { share: num.value / den.value, numerator: num };
  }
  return undefined;
}

/** How far the share a source gives may be from the ratio's: a ratio is a rounded share ("three in five" for 58%). */
const PERCENT_SLACK = 3, HEDGED_PERCENT_SLACK = 6;

/**
 * Whether a sentence of the documents the claim aligns with gives the ratio's share: a percentage ("about 60 percent
 * of them"), a fraction, or two counts ("41 of the 63").
 */
export function ratioStated(claim: Claim, share: number, hedge: Hedge | undefined): boolean {
  const slack = hedge ? HEDGED_PERCENT_SLACK : PERCENT_SLACK;
  return someSentenceOfEvidenceDocs(claim, s => s.quantities.some(n => {
    if (n.kind === 'percent') return Math.abs(n.value - share * 100) <= slack;
    if (isFraction(n)) return Math.abs(n.value - share) * 100 <= slack;
    const counts = partShare(s, n);
    return !!counts && Math.abs(counts.share - share) * 100 <= slack;
  }));
}

/** The figure a fraction of the claim is taken of, right after it: "two-thirds of the $1.2 million". */
export function wholeOfFraction(s: SentenceFacts, q: Quantity): Quantity | undefined {
  if (!isFraction(q)) return undefined;
  const next = s.quantities.find(n => n.start >= q.end && !isFraction(n));
  // "two-thirds of Greyfield's 180 staff": a possessor between the fraction and its whole.
  return next && /^\s*(?:of|dari)(?:\s+(?:the|its|their|a|an))?(?:\s+(?:[\p{L}\p{M}-]+\s+)?[\p{L}\p{M}-]+['\u2019]s)?\s*$/iu.test(s.text.slice(q.end - s.start, next.start - s.start)) ? next : undefined;
}

/** How far the share a part makes of its whole may be from the claim's fraction: a fraction is a rounded share. */
const FRACTION_SLACK = 0.02;

/**
 * Whether the documents the claim aligns with give the whole a fraction is taken of and a part of it that makes the
 * fraction: "$1.2 million relief fund … Halloran Coastal Ferries the remaining $800,000" for "two-thirds of the $1.2
 * million relief fund".
 */
export function fractionStated(claim: Claim, q: Quantity, whole: Quantity, sameKind: (a: Quantity, b: Quantity) => boolean): boolean {
  const same = (n: Quantity) => sameKind(n, whole) && Math.abs(n.value - whole.value) <= whole.value * DIFFERENCE_SLACK;
  if (!someSentenceOfEvidenceDocs(claim, s => s.quantities.some(same))) return false;
  return someSentenceOfEvidenceDocs(claim, s => s.quantities.some(n => sameKind(n, whole) && !same(n) && Math.abs(n.value / whole.value - q.value) <= FRACTION_SLACK));
}

/**
 * Whether a figure of the claim is the sum of two others it gives beside it: "reached $3.5 million after the national
 * government added $1.5 million to the $2 million promised by the district". The parts are checked on their own.
 */
export function totalOfOthers(s: SentenceFacts, q: Quantity, sameKind: (a: Quantity, b: Quantity) => boolean): boolean {
  const others = s.quantities.filter(n => n !== q && sameKind(n, q));
  return others.some((a, i) => others.some((b, j) => j > i && Math.abs(a.value + b.value - q.value) <= q.value * DIFFERENCE_SLACK));
}

/**
 * Whether the documents the claim aligns with give two figures of the claim's figure's kind whose difference is the
 * claim's: "$1.2 million … the $1.8 million the department had requested" for "$600,000 less"; "a 7.5 percent rise"
 * in one story and "has offered 4.5 percent" in another for "three percentage points more than the opening offer".
 */
export function differenceStated(claim: Claim, q: Quantity, sameKind: (a: Quantity, b: Quantity) => boolean): boolean {
  const values: number[] = [];
  for (const s of sentencesOfEvidenceDocs(claim)) for (const a of s.quantities) if (sameKind(a, q)) values.push(a.value);
  return isDifferenceOf(values, q.value);
}

/**
 * Whether a sentence of the documents the claim aligns with gives the claim's other figure and the base it changed
 * from, the change being the claim's figure: "bertambah menjadi 118 orang, naik dari 112 orang" for "118 pedagang …,
 * bertambah enam orang dari data sehari sebelumnya". Both in one sentence, one of them the claim's: two figures of
 * a story that differ by a small number are many.
 */
export function changeFromBaseStated(claim: Claim, q: Quantity, sameKind: (a: Quantity, b: Quantity) => boolean): boolean {
  const others = claim.sentence.quantities.filter(n => n !== q && sameKind(n, q)).map(n => n.value);
  if (!others.length) return false;
  return !!someSentenceOfEvidenceDocs(claim, s => {
    const values = s.quantities.filter(a => sameKind(a, q)).map(a => a.value);
    return values.some(v => others.includes(v) && values.some(b => b !== v && differBy(v, b, q.value)));
  });
}

/**
 * Whether a figure is the sum of a passage's figures of its kind, two or more: "61 pasien dipindahkan" where the passage
 * gives the parts, "27 pasien dirujuk ke RS Bhakti Husada, 20 pasien ke RSUD … dan 14 pasien ke …".
 */
export function sumOfParts(q: Quantity, parts: readonly Quantity[]): boolean {
  return parts.length >= 2 && Math.abs(parts.reduce((t, n) => t + n.value, 0) - q.value) <= Math.abs(q.value) * 0.005;
}

/** How far a fraction without a hedge may be from the share the claim's own figures make. */
const OWN_SHARE_SLACK = 0.02;

/**
 * Whether a fraction of the claim is the share its own figures on either side make, under its hedge: "menyusut
 * menjadi 180 liter per detik, kurang dari separuh debit normalnya yang sekitar 450 liter per detik" (0.4 of it).
 */
export function shareOfOwnFigures(s: SentenceFacts, q: Quantity, hedge: Hedge | undefined): boolean {
  if (!isFraction(q)) return false;
  const part = s.quantities.filter(n => n.end <= q.start && !isFraction(n)).pop();
  const whole = s.quantities.find(n => n.start >= q.end && !isFraction(n));
  if (!part || !whole || part.kind !== whole.kind || whole.value <= 0) return false;
  const share = part.value / whole.value;
  return hedge ? hedge(share, q.value) : Math.abs(share - q.value) <= OWN_SHARE_SLACK;
}
