import { Span } from './types';

// Quoted passages in running text. News copy is messy: curly and straight marks, single marks for headline
// scare quotes, apostrophes inside words, and quotes whose opening or closing mark was lost. A lost mark is
// recovered from the paragraph: a closing mark with no opener starts the quote at the reporting verb before it
// or at the paragraph start; an opener with no closer runs to the paragraph end.

export interface QuoteSpan extends Span {
  /** Quoted words without the marks. */
  text: string;
  /** Offsets of the marks, -1 when the mark was missing and recovered. */
  open: number;
  close: number;
}

const OPEN_DOUBLE = new Set(['\u201C', '\u201E', '\u00AB']);
const CLOSE_DOUBLE = new Set(['\u201D', '\u00BB']);
const LETTER = /[\p{L}\p{N}]/u;
const REPORTING_INTRO = /(?:mengatakan|berkata|menyatakan|menegaskan|menambahkan|said|says|told|added)(?:\s+bahwa|\s+that)?\s*[:,]?\s*$/iu;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

function pushQuote(text: string, start: number, end: number, open: number, close: number, out: QuoteSpan[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start && isLetter(text.slice(start, end).match(LETTER)?.[0])) {
    out.push({ start, end, text: text.slice(start, end), open, close });
  }
}

/** Quotes in one paragraph text[from, to). */
function quotesInParagraph(text: string, from: number, to: number, out: QuoteSpan[]): void {
  let openAt = -1;
  let openKind: 'double' | 'single' | '' = '';
  for (let i = from; i < to; i++) {
    const ch = text[i];
    const prev = i > from ? text[i - 1] : ' ';
    const next = i + 1 < to ? text[i + 1] : ' ';
    const isDoubleOpen = OPEN_DOUBLE.has(ch) || (ch === '"' && openKind !== 'double' && !isLetter(prev));
    const isDoubleClose = CLOSE_DOUBLE.has(ch) || (ch === '"' && openKind === 'double');
    const isSingleOpen = (ch === '\u2018' || ch === "'") && !isLetter(prev) && isLetter(next) && openKind === '';
    const isSingleClose = (ch === '\u2019' || ch === "'") && openKind === 'single' && !isLetter(next);
    if (isDoubleClose && openKind !== 'single') {
      if (openAt >= 0) pushQuote(text, openAt + 1, i, openAt, i, out);
      else pushQuote(text, recoverStart(text, from, i), i, -1, i, out);
      openAt = -1; openKind = '';
    } else if (isDoubleOpen && openKind === '') {
      openAt = i; openKind = 'double';
    } else if (isSingleOpen) {
      openAt = i; openKind = 'single';
    } else if (isSingleClose) {
      pushQuote(text, openAt + 1, i, openAt, i, out);
      openAt = -1; openKind = '';
    }
  }
  if (openAt >= 0 && openKind === 'double') pushQuote(text, openAt + 1, to, openAt, -1, out);
}

/** Where a quote whose opening mark is missing most likely began. */
function recoverStart(text: string, from: number, close: number): number {
  const before = text.slice(from, close);
  // The nearest reporting verb ("Price mengatakan …”") marks the start of the quoted words.
  const verbs = [...before.matchAll(/\b(?:mengatakan|berkata|menyatakan|menegaskan|menambahkan|said|says|told|added)\b(?:\s+(?:bahwa|that))?\s*[:,]?/giu)];
  const last = verbs[verbs.length - 1];
  if (last && last.index !== undefined && !REPORTING_INTRO.test(before)) return from + last.index + last[0].length;
  return from;
}

/** Paragraph ranges: blank-line separated, or every line when lines are paragraphs. */
export function paragraphs(text: string, hardLineBreaks: boolean): Span[] {
  const out: Span[] = [];
  const re = hardLineBreaks ? /\r?\n/g : /\r?\n[ \t]*\r?\n/g;
  let from = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > from) out.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  if (from < text.length) out.push({ start: from, end: text.length });
  return out;
}

/** All quoted passages of a text, in order. */
export function findQuotes(text: string, hardLineBreaks: boolean): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const p of paragraphs(text, hardLineBreaks)) quotesInParagraph(text, p.start, p.end, out);
  return out;
}
