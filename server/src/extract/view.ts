import { Extraction } from './types';

// What the editor shows of an extracted source (the read-only `sumber-source:` document): the extracted text,
// and for a format with pages a line marking where each page begins, also inside a paragraph that runs over a
// page break. The marks are for the reader only. The analyser reads the text without them, since a mark inside
// a paragraph would cut its sentence in two, so offsets into the text are moved past the marks before they
// become positions.

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

const views = new WeakMap<Pick<Extraction, 'text' | 'paragraphs'>, ExtractedView>();

/** The view of an extraction; for one without pages, its text as it is. */
export function viewOf(ex: Pick<Extraction, 'text' | 'paragraphs'>): ExtractedView {
  let view = views.get(ex);
  if (view) return view;
  // Each mark goes before the first paragraph (or part of one carried over) of its page.
  const marks: Array<{ at: number; text: string }> = [];
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
