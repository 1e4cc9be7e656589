import { Quantity, Span } from '../types';
import { Claim } from './types';
import { Alignment } from '../index/support';
import { SentenceFacts } from '../facts/analyze';
import { nameRuns } from './list-member';

// Counts against what a passage has all of ("menghentikan dua kunjungan" where it stops "semua kunjungan") or
// lists by name ("SCO beranggotakan … enam negara Asia Tengah bekas Soviet" where the passage has "bekas
// negara-negara Asia Tengah Soviet di Kazakhstan, Kyrgyzstan, Tajikistan dan Uzbekistan"). The passage gives no
// figure for the thing, so no figure conflicts; its "all" or its list is the count. Read by number-check.ts.

/** Words that join the items of a list. */
const JOINERS = new Set([',', 'dan', 'serta', 'and', '&']);
/** How many tokens after the counted word the list may start ("negara-negara Asia Tengah Soviet di Kazakhstan, …"). */
const LIST_REACH = 8;
/** How many tokens after the claim's word before its count the list must start: "dimiliki oleh Rusia …". */
const ANCHOR_REACH = 2;
/** Counts a list is read against: from two (a pair) to what a sentence lists in full. */
const MIN_COUNT = 2, MAX_COUNT = 20;

const WORDS: Record<'id' | 'en', string[]> = {
  id: ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh'],
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
};

/** "ketiga anaknya" (all three of his children), "keduanya", "both": a count given as a collective, by its count. */
export const COLLECTIVES: ReadonlyMap<string, number> = new Map([
  ...['dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh'].flatMap((w, i) => [[`ke${w}`, i + 2], [`ke${w}nya`, i + 2]] as Array<[string, number]>),
  ['both', 2],
]);

/**
 * The names a source sentence lists for the thing a claim's count counts (`thing`, the stem after the figure), as
 * the span they cover and how many, when the sentence has no figure of its own for it and the count differs.
 */
export function listAgainstCount(source: SentenceFacts, q: Quantity, thing: string, anchor = ''): (Span & { text: string; count: number }) | undefined {
  if (q.kind !== 'cardinal' || q.value < MIN_COUNT || q.value > MAX_COUNT || !thing) return undefined;
  let at = source.words.findIndex(w => w.stem === thing && !w.stop), reach = LIST_REACH;
  // A passage that lists them without the word for the thing: after the word the claim has right before its count
  // ("hanya dimiliki oleh tiga negara" against "hanya dimiliki oleh Rusia dan Amerika Serikat").
  if (at < 0 && anchor) { at = source.words.findIndex(w => w.stem === anchor && !w.stop); reach = ANCHOR_REACH; }
  if (at < 0) return undefined;
  const from = source.words[at].token;
  // The sentence counts the thing itself, as a collective: "Istri dan ketiga anaknya tinggal di Stratford, dan …".
  if (COLLECTIVES.has(source.tokens[from - 1]?.norm ?? '')) return undefined;
  const names = source.names.filter(n => n.start >= source.tokens[from].end);
  // The first run of two or more names that starts within reach ("Asia Tengah Soviet di" comes before the list).
  const run = nameRuns(source, names, MIN_COUNT, JOINERS).find(r => tokenAt(source, r[0].start) - from <= reach) ?? [];
  if (run.length < MIN_COUNT || run.length === q.value) return undefined;
  const start = run[0].start, end = run[run.length - 1].end;
  return { start, end, text: source.text.slice(start - source.start, end - source.start), count: run.length };
}

/** How many names each list of two or more in a sentence holds: a count a writer may make of any of them. */
export function listLengths(s: SentenceFacts): number[] {
  return nameRuns(s, s.names, MIN_COUNT, JOINERS).map(run => run.length);
}

function tokenAt(s: SentenceFacts, offset: number): number {
  return s.tokens.findIndex(t => t.start >= offset);
}

/** A count as the claim writes it: a numeral stays a numeral; a word becomes the word in the claim's language. */
export function countAsWritten(count: number, draft: string, lang: 'id' | 'en'): string {
  return /\d/.test(draft) || count >= WORDS[lang].length ? String(count) : WORDS[lang][count];
}

const EVERY = new Set(['semua', 'seluruh', 'segala', 'all', 'every']);
/**
 * The passage's "all" (EVERY) of the thing the claim counts with a number: "menghentikan dua kunjungan
 * internasional" against "akan menghentikan semua kunjungan internasional". The word right after each names it.
 */
export function allOfThing(source: SentenceFacts, q: Quantity, thing: string): (Span & { text: string }) | undefined {
  if (q.kind !== 'cardinal') return undefined;
  const k = source.words.findIndex((w, i) => EVERY.has(w.norm) && source.words[i + 1]?.stem === thing && source.words[i + 1].token === w.token + 1);
  if (k < 0) return undefined;
  const w = source.words[k];
  return { start: w.start, end: w.end, text: source.text.slice(w.start - source.start, w.end - source.start) };
}

/** Share of the claim's weight a passage must state in its own sentence (not beside it) to be about the claim. */
const OWN_SHARE = 0.6;

export function statesMost(claim: Claim, a: Alignment): boolean {
  let all = 0, own = 0;
  claim.terms.forEach((t, k) => { all += t.weight; if ((a.credit[k] ?? 0) >= 0.9) own += t.weight; });
  return all > 0 && own / all >= OWN_SHARE;
}
