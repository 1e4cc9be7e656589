import { headerLines } from '../core/features/source-credit';
import { Extraction } from './types';

// What the editor shows of an extracted source (the read-only `sumber-source:` document): a header with what
// the file says of itself (byline, date, and the headline when the text does not open with it), the extracted
// text, and for a format with pages a line marking where each page begins, also inside a paragraph that runs
// over a page break. The header and marks are for the reader only. The analyser reads the text without them (a
// byline is no claim of the article's, and a mark inside a paragraph would cut its sentence in two), so offsets
// into the text are moved past them before they become positions.

export interface ExtractedView {
  text: string;
  /**
   * Where an offset of the extracted text stands in the view. A page's mark is before its first character, so an
   * offset where a page begins is after the mark, unless it is the `end` of a range, which stays before it.
   */
  offsetOf(offset: number, end?: boolean): number;
}

/** The line that starts a page in the view, put on a line of its own where it falls inside a line of the text. */
export function pageMark(page: number, atLineStart = true): string {
  return `${atLineStart ? '' : '\n'}─── page ${page} ───\n`;
}

/** The header's lines, then a rule and a blank line before the text; empty when the file says nothing of itself. */
export function headerOf(ex: Pick<Extraction, 'text'> & Partial<Pick<Extraction, 'meta'>>): string {
  const lines = headerLines(ex.meta, ex.text);
  return lines.length ? `${lines.join('\n')}\n${'─'.repeat(24)}\n\n` : '';
}

type Viewed = Pick<Extraction, 'text' | 'paragraphs'> & Partial<Pick<Extraction, 'meta'>>;

const views = new WeakMap<Viewed, ExtractedView>();

/** The view of an extraction; for one without pages or metadata, its text as it is. */
export function viewOf(ex: Viewed): ExtractedView {
  let view = views.get(ex);
  if (view) return view;
  // The header is a mark before the text's first character; each page's mark goes before the first paragraph
  // (or part of one carried over) of its page. A page mark at 0 comes after the header, as marks at one offset
  // keep their order.
  const header = headerOf(ex);
  const marks: Array<{ at: number; text: string }> = header ? [{ at: 0, text: header }] : [];
  let page: number | undefined;
  for (const p of ex.paragraphs) {
    if (p.page !== undefined && p.page !== page) marks.push({ at: p.start, text: pageMark(p.page, p.start === 0 || ex.text[p.start - 1] === '\n') });
    page = p.page;
  }
  if (!marks.length) view = { text: ex.text, offsetOf: o => o };
  else {
    let text = '', from = 0;
    // shift[i]: characters the first i marks add, for offsets at or after marks[i - 1].at.
    const shift = [0];
    for (const m of marks) {
      text += ex.text.slice(from, m.at) + m.text;
      from = m.at;
      shift.push(shift[shift.length - 1] + m.text.length);
    }
    text += ex.text.slice(from);
    view = {
      text,
      offsetOf(offset, end = false) {
        let lo = 0, hi = marks.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (marks[mid].at < offset || (!end && marks[mid].at === offset)) lo = mid + 1; else hi = mid;
        }
        return offset + shift[lo];
      },
    };
  }
  views.set(ex, view);
  return view;
}
