import { Sentence } from '../types';

export interface SentenceOptions {
  /** Plain-text sources put one paragraph per line; in Markdown a single newline is only a soft wrap. */
  hardLineBreaks: boolean;
  /** Offsets where a block starts (from the Markdown mask): always a boundary. */
  breaks?: readonly number[];
}

// Abbreviations whose period does not end a sentence (Indonesian and English news usage), lower-cased.
const ABBREVIATIONS = new Set([
  'dr', 'drs', 'prof', 'ir', 'h', 'hj', 'kh', 'st', 'sdr', 'bpk', 'ibu', 'tn', 'ny', 'nn', 'jl', 'jln', 'no',
  'kol', 'jend', 'letjen', 'mayjen', 'brigjen', 'komjen', 'irjen', 'kapt', 'serka', 'dll', 'dsb', 'dst', 'dkk',
  'tsb', 'yth', 'sbg', 'spt', 'mr', 'mrs', 'ms', 'jr', 'sr', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'gen', 'sen',
  'rep', 'gov', 'lt', 'col', 'capt', 'maj', 'sgt', 'approx', 'fig', 'vol', 'hal', 'tel', 'e.g', 'i.e', 'u.s',
  'a.s', 'no', 'nos', 'pt', 'tbk', 'cv', 'mt', 'mgr', 'pdt', 'st', 'ave', 'blvd', 'dept', 'univ', 'est',
]);

const CLOSERS = new Set(['"', "'", '\u201D', '\u2019', '\u00BB', '\u203A', ')', ']']);
const OPENERS = new Set(['"', "'", '\u201C', '\u2018', '\u00AB', '\u2039', '(', '[', '\u201E']);
/** Closing marks that Swedish and Finnish copy opens quotes with (”Kami siap”): before a capital, a new sentence. */
const SAME_MARK_OPENERS = new Set(['\u201D', '\u00BB']);
const UPPER_OR_DIGIT = /[\p{Lu}\p{N}]/u;
/**
 * A stretch longer than this is no sentence a writer made (a list run together, full stops lost): it is checked in
 * pieces, so no part of a check pays the square of a run-on stretch. Real news sentences stay far below it.
 */
const MAX_SENTENCE = 1000;
const HAS_WORD = /[\p{L}\p{N}]/u;

/** The word (letters and inner periods) that ends right before a period at `dot`. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1])) i--;
  return text.slice(i, dot);
}

function periodEndsSentence(text: string, dot: number, next: string): boolean {
  const word = wordBefore(text, dot);
  if (word === '') return true;
  // Initials ("J.J. Abrams", "George W. Bush") are a single upper-case letter before the period.
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word) && UPPER_OR_DIGIT.test(next)) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}

/** Index just past any closing quotes/brackets that follow terminal punctuation at i. */
function skipClosers(text: string, i: number): number {
  while (i < text.length && CLOSERS.has(text[i])) i++;
  return i;
}

/** Whether the line starting at `from` is blank: read up to its end, never on through the rest of the text. */
function blankLineFollows(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r')) i++;
  return text[i] === '\n';
}

/** Splits text into sentences; offsets point into the given text. */
export function splitSentences(text: string, opts: SentenceOptions): Sentence[] {
  const cuts = new Set<number>(opts.breaks ?? []);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      if (opts.hardLineBreaks || blankLineFollows(text, i + 1)) cuts.add(i + 1);
      continue;
    }
    const isEllipsis = ch === '\u2026' || (ch === '.' && text.startsWith('...', i));
    if (ch !== '.' && ch !== '!' && ch !== '?' && !isEllipsis) continue;
    let end = i + 1;
    while (end < text.length && /[.!?\u2026]/.test(text[end])) end++;
    end = skipClosers(text, end);
    let j = end;
    while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
    if (j === end && j < text.length && text[j] !== '\n' && text[j] !== '\r') { i = end - 1; continue; }
    const next = text[j] ?? '';
    const nextStarts = next === '' || next === '\n' || next === '\r' || UPPER_OR_DIGIT.test(next) || OPENERS.has(next) ||
      (SAME_MARK_OPENERS.has(next) && UPPER_OR_DIGIT.test(text[j + 1] ?? ''));
    if (!nextStarts) { i = end - 1; continue; }
    if (ch === '.' && !isEllipsis && end === i + 1 && !periodEndsSentence(text, i, next)) continue;
    cuts.add(j);
    i = end - 1;
  }
  const sorted = [...cuts].filter(c => c > 0 && c < text.length).sort((a, b) => a - b);
  const out: Sentence[] = [];
  let from = 0;
  for (const cut of [...sorted, text.length]) {
    pushPieces(text, from, cut, out);
    from = cut;
  }
  return out;
}

function pushPieces(text: string, start: number, end: number, out: Sentence[]): void {
  while (end - start > MAX_SENTENCE) {
    const cut = pieceEnd(text, start, start + MAX_SENTENCE);
    pushTrimmed(text, start, cut, out);
    start = cut;
  }
  pushTrimmed(text, start, end, out);
}

/** Where a run-on stretch is cut before `limit`: after the last clause mark in its second half, else at a space. */
function pieceEnd(text: string, start: number, limit: number): number {
  let space = -1;
  for (let i = limit; i > start + MAX_SENTENCE / 2; i--) {
    const c = text[i - 1];
    if ((c === ';' || c === ',' || c === ':') && /\s/.test(text[i] ?? '')) return i;
    if (space < 0 && /\s/.test(c)) space = i;
  }
  return space > 0 ? space : limit;
}

function pushTrimmed(text: string, start: number, end: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start && HAS_WORD.test(text.slice(start, end))) out.push({ start, end, text: text.slice(start, end) });
}
