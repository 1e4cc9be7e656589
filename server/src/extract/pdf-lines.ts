import { PdfTextItem } from './pdfjs';

// A PDF page's text runs → its lines. pdf.js reports runs of text in the order the page's content stream draws
// them, which is the order the producing program wrote the text in: for the usual report, article or filing that
// is the reading order, columns included (a column is drawn to its end before the next begins). Runs are put on
// one line while they share a baseline and advance along it; each line keeps where it stands on the page, which
// telling running headers from body text and paragraphs from one another needs.

export interface PdfLine {
  text: string;
  /** Left and right edge and baseline, in points from the page's top left corner as it is displayed. */
  x: number;
  right: number;
  y: number;
  /** Font size in points: the largest on the line. */
  size: number;
  /** The font most of the line's characters are set in. */
  font: string;
}

export interface PageLines {
  /** 1-based page number. */
  page: number;
  height: number;
  lines: PdfLine[];
}

/** a × b for PDF matrices [a b c d e f]. */
function multiply(m: readonly number[], n: readonly number[]): number[] {
  return [
    m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

interface Building extends PdfLine { fonts: Map<string, number> }

/**
 * The lines of one page. `viewport` is the page's display transform (it flips the y axis and applies the page's
 * rotation), so positions are as a reader sees the page.
 */
export function linesOf(items: ReadonlyArray<PdfTextItem | { type: string }>, viewport: readonly number[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let line: Building | undefined;
  const end = () => {
    if (!line) return;
    const text = line.text.replace(/\s+/g, ' ').trim();
    if (text) {
      const font = [...line.fonts].sort((a, b) => b[1] - a[1])[0][0];
      lines.push({ text, x: line.x, right: line.right, y: line.y, size: line.size, font });
    }
    line = undefined;
  };
  for (const raw of items) {
    if (!('str' in raw)) continue;
    const item = raw;
    if (item.str) {
      const m = multiply(viewport, item.transform);
      // The font size is the length of the text matrix's vertical axis; the run advances along its horizontal one.
      const size = Math.hypot(m[2], m[3]) || 1;
      const x = m[4], y = m[5];
      const width = item.width * Math.hypot(viewport[0], viewport[1]);
      if (line && !sameLine(line, x, y, size, item.dir === 'rtl')) end();
      if (!line) {
        line = { text: item.str, x, right: x + width, y, size, font: item.fontName, fonts: new Map() };
      } else {
        // pdf.js puts the spaces a PDF encodes as gaps between runs into the text itself; a wider gap than a
        // narrow space that it did not mark still separates words.
        const gap = x - line.right;
        if (gap > size * 0.15 && !/\s$/.test(line.text) && !/^\s/.test(item.str)) line.text += ' ';
        line.text += item.str;
        line.right = Math.max(line.right, x + width);
        line.size = Math.max(line.size, size);
      }
      line.fonts.set(item.fontName, (line.fonts.get(item.fontName) ?? 0) + item.str.length);
    }
    if (item.hasEOL) end();
  }
  end();
  return lines;
}

/**
 * Whether a run at (x, y) continues the line: on its baseline (a superscript's or subscript's shift is less than
 * half the line's size) and, for left-to-right text, not back towards its start, which is a new line or column.
 * Right-to-left runs advance leftwards, so for them the baseline alone decides.
 */
function sameLine(line: PdfLine, x: number, y: number, size: number, rtl: boolean): boolean {
  const scale = Math.max(line.size, size);
  return Math.abs(y - line.y) < scale * 0.5 && (rtl || x > line.right - scale);
}
