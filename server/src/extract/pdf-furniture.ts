import { PageLines, PdfLine } from './pdf-lines';

// Page furniture: the running header and footer a report repeats on its pages ("Port Authority — Annual
// Report 2023", "Confidential"), and page numbers ("4", "- 4 -", "Page 4 of 12", "Halaman 4"). They are text on
// every page but no part of what the document says: a claim must not be supported by a running title, and a
// sentence must not be cut by a footer where it runs over a page break.
//
// Furniture stands at the page's top or bottom edge, apart from the body. A line there counts as furniture when
// the same line (numbers aside, in the same size) stands at an edge of a good share of the pages, or when it is
// only a page number and the outermost line. Lines inside the page are never furniture, however often they recur.

/** How far from the top or bottom edge a header or footer may stand, as a share of the page's height. */
const EDGE_SHARE = 0.15;
/** How many lines at each edge may be furniture (a header of a title and a date, say). */
const EDGE_LINES = 3;
/** On how many of the pages with text a line must recur at an edge to be a running header or footer. */
const RECUR_SHARE = 0.4;

/** A page number alone: "7", "- 7 -", "[7]", "vii", "Page 7", "Page 7 of 12", "7/12", "Hal. 7 dari 12". */
const PAGE_NUMBER = /^(?:(?:page|p\.|pg\.?|halaman|hal\.?|seite|página|pagina)\s*)?[-–—([]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-–—)\]]?(?:\s*(?:of|dari|von|de|\/)\s*\d{1,4})?$/i;

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

/** What a running line has in common from page to page: its words and size, not its numbers. */
function runningKey(line: PdfLine): string {
  return `${Math.round(line.size)}|${line.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()}`;
}

/**
 * The lines at the top and bottom edge of a page, outermost first: those that may be furniture. Furniture stands
 * apart from the body, so on each side they are the lines (at most EDGE_LINES, all within EDGE_SHARE of the
 * edge) before the first gap wider than a line and a half; a page whose text runs evenly to its edge has none.
 */
function edgeLines(page: PageLines): { line: PdfLine; outermost: boolean }[] {
  const byY = [...page.lines].sort((a, b) => a.y - b.y);
  const zone = (lines: PdfLine[], inBand: (l: PdfLine) => boolean): PdfLine[] => {
    let k = 0;
    for (let i = 0; i < Math.min(EDGE_LINES, lines.length) && inBand(lines[i]); i++) {
      const next = lines[i + 1];
      if (!next || Math.abs(next.y - lines[i].y) > Math.max(lines[i].size, next.size) * 1.5) k = i + 1;
    }
    return lines.slice(0, k);
  };
  const top = zone(byY, l => l.y <= page.height * EDGE_SHARE);
  const bottom = zone([...byY].reverse(), l => l.y >= page.height * (1 - EDGE_SHARE));
  const out: { line: PdfLine; outermost: boolean }[] = [];
  for (const side of [top, bottom]) {
    side.forEach((line, i) => {
      if (!out.some(o => o.line === line)) out.push({ line, outermost: i === 0 });
    });
  }
  return out;
}

/** The pages with their running headers, footers and page numbers left out. */
export function dropFurniture(pages: readonly PageLines[]): PageLines[] {
  const edges = pages.map(edgeLines);
  const pagesWith = new Map<string, number>();
  for (const pageEdges of edges) {
    for (const key of new Set(pageEdges.map(e => runningKey(e.line)))) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  const withText = pages.filter(p => p.lines.length > 0).length;
  const recurring = Math.max(2, Math.ceil(withText * RECUR_SHARE));
  return pages.map((page, i) => {
    const furniture = new Set<PdfLine>();
    for (const { line, outermost } of edges[i]) {
      // A number at the very edge of a page is its page number; a number further in may be a figure of a table.
      if ((pagesWith.get(runningKey(line)) ?? 0) >= recurring || (outermost && isPageNumber(line.text))) furniture.add(line);
    }
    return { ...page, lines: page.lines.filter(l => !furniture.has(l)) };
  });
}
