import { Span } from '../types';

// Quoted passages in running text. News copy is messy: curly and straight marks, single marks for headline
// scare quotes, apostrophes inside words, and quotes whose opening or closing mark was lost. A lost mark is
// recovered from the paragraph: a closing mark with no opener starts the quote at the reporting verb before it,
// else where the text after the paragraph's previous quote and its attribution begins (the paragraph start when
// there is none); an opener with no closer runs to the paragraph end.
// Swedish and Finnish copy opens a quote with the mark that closes it (”Kami siap”): a ” or » standing before a
// word, after a space or the paragraph start, while no quote is open, opens one (and a quote opened with » may
// close with «, as German and Danish copy writes »so«).
// Quotes come out in text order and never overlap, so callers may find them by position with a binary search.

export interface QuoteSpan extends Span {
  /** Quoted words without the marks. */
  text: string;
  /** Offsets of the marks, -1 when the mark was missing and recovered. */
  open: number;
  close: number;
}

const OPEN_DOUBLE = new Set(['\u201C', '\u201E', '\u00AB']);
const CLOSE_DOUBLE = new Set(['\u201D', '\u00BB']);
/** Closing marks that Swedish and Finnish copy also opens with. */
const SAME_MARK = new Set(['\u201D', '\u00BB']);
const BEFORE_OPENER = /[\s([]/u;
const LETTER = /[\p{L}\p{N}]/u;
const REPORTING_VERBS = /\b(?:mengatakan|berkata|menyatakan|menegaskan|menambahkan|said|says|told|added)\b(?:\s+(?:bahwa|that))?\s*[:,]?/giu;
const REPORTING_INTRO = /(?:mengatakan|berkata|menyatakan|menegaskan|menambahkan|said|says|told|added)(?:\s+bahwa|\s+that)?\s*[:,]?\s*$/iu;
/** A reporting verb that ends the text before a closing mark stands within this many characters of its end. */
const INTRO_REACH = 200;
/** The end of the sentence that holds an earlier quote's attribution ("…,” kata Putin. "). */
const SENTENCE_END = /[.!?\u2026]["'\u201D\u2019)]*\s+/u;

/** Whether a character is one of the marks above, the only characters at which the scan below changes its state. */
function isMark(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0xAB || c === 0xBB || c === 0x2018 || c === 0x2019 || c === 0x201C || c === 0x201D || c === 0x201E;
}

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
  let openMark = '';
  // A quote that lost its opening mark begins no earlier than just after the paragraph's previous quote, so each
  // stretch of the paragraph is searched for its start once, however many marks are missing.
  let floor = from;
  let afterQuote = false;
  for (let i = from; i < to; i++) {
    // Most characters are no mark, and no test below holds for them: they are passed over without those tests.
    if (!isMark(text.charCodeAt(i))) continue;
    const ch = text[i];
    const prev = i > from ? text[i - 1] : ' ';
    const next = i + 1 < to ? text[i + 1] : ' ';
    const sameMarkOpen = SAME_MARK.has(ch) && openKind === '' && BEFORE_OPENER.test(prev) && isLetter(next);
    const isDoubleOpen = OPEN_DOUBLE.has(ch) || sameMarkOpen || (ch === '"' && openKind !== 'double' && !isLetter(prev));
    const isDoubleClose = (CLOSE_DOUBLE.has(ch) && !sameMarkOpen) || (ch === '"' && openKind === 'double') ||
      (ch === '\u00AB' && openMark === '\u00BB');
    const isSingleOpen = (ch === '\u2018' || ch === "'") && !isLetter(prev) && isLetter(next) && openKind === '';
    const isSingleClose = (ch === '\u2019' || ch === "'") && openKind === 'single' && !isLetter(next);
    if (isDoubleClose && openKind !== 'single') {
      if (openAt >= 0) pushQuote(text, openAt + 1, i, openAt, i, out);
      else pushQuote(text, recoverStart(text, floor, i, afterQuote), i, -1, i, out);
      openAt = -1; openKind = ''; openMark = '';
      floor = i + 1; afterQuote = true;
    } else if (isDoubleOpen && openKind === '') {
      openAt = i; openKind = 'double'; openMark = ch;
    } else if (isSingleOpen) {
      openAt = i; openKind = 'single';
    } else if (isSingleClose) {
      pushQuote(text, openAt + 1, i, openAt, i, out);
      openAt = -1; openKind = '';
      floor = i + 1; afterQuote = true;
    }
  }
  if (openAt >= 0 && openKind === 'double') pushQuote(text, openAt + 1, to, openAt, -1, out);
}

/** Where a quote whose opening mark is missing most likely began, between floor and its closing mark. */
function recoverStart(text: string, floor: number, close: number, afterQuote: boolean): number {
  const before = text.slice(floor, close);
  // The nearest reporting verb ("Price mengatakan …”") marks the start of the quoted words, unless it ends the
  // text right before the mark.
  let last: RegExpMatchArray | undefined;
  for (const m of before.matchAll(REPORTING_VERBS)) last = m;
  if (last?.index !== undefined && !REPORTING_INTRO.test(before.slice(-INTRO_REACH))) return floor + last.index + last[0].length;
  if (!afterQuote) return floor;
  const end = SENTENCE_END.exec(before);
  return end ? floor + end.index + end[0].length : floor;
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

/**
 * Indices [from, to) of the quotes (in order, not overlapping) that overlap text[start, end): a binary search, so
 * looking up each sentence's quotes costs the log of the draft's quote count, not the count.
 */
export function quotesOverlapping(quotes: readonly Span[], start: number, end: number): [number, number] {
  let lo = 0, hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].end <= start) lo = mid + 1; else hi = mid;
  }
  let to = lo;
  while (to < quotes.length && quotes[to].start < end) to++;
  return [lo, to];
}
