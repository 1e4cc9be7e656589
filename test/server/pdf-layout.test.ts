import * as assert from 'node:assert/strict';
import { dropFurniture, isPageNumber } from '../../server/src/extract/pdf-furniture';
import { linesOf, PageLines, PdfLine } from '../../server/src/extract/pdf-lines';
import { paragraphsOf } from '../../server/src/extract/pdf-paragraphs';

// The PDF layout rules on made-up pages, so each test rests on one rule: runs → lines, page furniture,
// lines → paragraphs.

const HEIGHT = 800;
/** A body line at the left margin: 11 pt type, 13 pt apart from line `row` on. */
const body = (text: string, row: number, over: Partial<PdfLine> = {}): PdfLine => ({ text, x: 72, right: 72 + text.length * 5, y: 100 + row * 13, size: 11, font: 'f1', ...over });
const page = (n: number, lines: PdfLine[]): PageLines => ({ page: n, height: HEIGHT, lines });
const texts = (pages: PageLines[]) => pages.map(p => p.lines.map(l => l.text));

describe('PDF layout: runs into lines', () => {
  // pdf.js's display transform for an unrotated 800 pt page: y runs down from the top.
  const viewport = [1, 0, 0, -1, 0, HEIGHT];
  const run = (str: string, x: number, y: number, width: number, hasEOL = false, size = 10) =>
    ({ str, transform: [size, 0, 0, size, x, HEIGHT - y], width, fontName: 'f1', hasEOL });

  it('puts runs on one baseline on one line, with a space where a gap was not marked', () => {
    const lines = linesOf([run('Forty', 72, 100, 25), run('ships', 100, 100, 25), run('left', 72, 113, 20)], viewport);
    assert.deepEqual(lines.map(l => [l.text, l.y]), [['Forty ships', 100], ['left', 113]]);
  });

  it('keeps a superscript on its line and starts a new one where a run goes back to the left', () => {
    const lines = linesOf([run('ships', 72, 100, 25), run('1', 97, 96, 3, false, 6), run('next column', 300, 60, 50), run('back', 72, 60, 20)], viewport);
    assert.deepEqual(lines.map(l => l.text), ['ships1', 'next column', 'back']);
  });

  it('ends a line where pdf.js marks one, and skips marked-content items', () => {
    const lines = linesOf([run('one', 72, 100, 15, true), { type: 'beginMarkedContent' }, run('two', 90, 100, 15)], viewport);
    assert.deepEqual(lines.map(l => l.text), ['one', 'two']);
  });
});

describe('PDF layout: page furniture', () => {
  it('knows page numbers in their usual forms, and not other short lines', () => {
    for (const n of ['7', '- 7 -', '— 12 —', '[3]', 'vii', 'Page 7', 'page 7 of 12', '7/12', 'Halaman 4', 'Hal. 4 dari 9']) assert.ok(isPageNumber(n), n);
    for (const n of ['7 ships', 'Page one', '2023 report', 'Figure 3']) assert.ok(!isPageNumber(n), n);
  });

  it('drops a line repeated at an edge of most pages, numbers aside, and a page number at the very edge', () => {
    const text = (n: number) => [`Page ${n} starts`, 'and runs on', `to its end ${n}.`];
    const pages = [1, 2, 3].map(n => page(n, [
      body(`Annual report ${2023} | page ${n}`, -5, { size: 8 }),
      ...text(n).map((t, i) => body(t, i)),
      body(String(n), 52, { size: 8 }),
    ]));
    assert.deepEqual(texts(dropFurniture(pages)), [text(1), text(2), text(3)]);
  });

  it('keeps a line that recurs inside the pages, a number that is not the outermost line, a big title and a top line close to the body', () => {
    const pages = [1, 2, 3].map(n => page(n, [
      ...(n === 1 ? [body('Annual report 2023', -4, { size: 20 })] : []),
      body('Annual report 2023', -5, { size: 8 }),
      body('Chapter 2', 1),
      body('runs on', 2),
      body('Total', 20),
      body('42', 21),
    ]));
    const kept = ['Chapter 2', 'runs on', 'Total', '42'];
    assert.deepEqual(texts(dropFurniture(pages)), [['Annual report 2023', ...kept], kept, kept]);
  });

  it('leaves a one-page document its lines but its page number', () => {
    assert.deepEqual(texts(dropFurniture([page(1, [body('Only text.', 0), body('1', 52)])])), [['Only text.']]);
  });
});

describe('PDF layout: lines into paragraphs', () => {
  const paragraphs = (...pages: PdfLine[][]) => paragraphsOf(pages.map((lines, i) => page(i + 1, lines))).map(b => [b.page, b.number, b.text, !!b.continues]);

  it('starts a paragraph at a wider gap, a change of size and an indent after a full stop', () => {
    const out = paragraphs([
      body('Heading', 0, { size: 16 }), body('First line and', 2), body('its second.', 3),
      body('After a gap.', 5), body('Indented start.', 6, { x: 90 }), body('same paragraph', 7),
    ]);
    assert.deepEqual(out.map(p => p[2]), ['Heading', 'First line and its second.', 'After a gap.', 'Indented start. same paragraph']);
  });

  it('joins a broken word, keeps the hyphen of a compound the document writes elsewhere, and leaves a capital alone', () => {
    const out = paragraphs([
      body('the con-', 0), body('tainer ships, a well-', 1), body('known port, the cross-', 2), body('border line and the well-known', 3),
      body('port of Vessel-', 4), body('Bay.', 5),
    ]);
    assert.deepEqual(out.map(p => p[2]), ['the container ships, a well-known port, the crossborder line and the well-known port of Vessel- Bay.']);
  });

  it('carries a sentence over a page break as a part of the same paragraph on the next page', () => {
    const out = paragraphs([body('A line that', 0), body('ends a sentence.', 1), body('Runs on to the next con-', 3)], [body('tinent and ends.', 0), body('Next.', 2)]);
    assert.deepEqual(out, [
      [1, 1, 'A line that ends a sentence.', false], [1, 2, 'Runs on to the next continent', false],
      [2, 1, 'and ends.', true], [2, 2, 'Next.', false],
    ]);
  });

  it('starts a paragraph at each item of a bulleted list', () => {
    const out = paragraphs([body('The plan has two parts:', 0), body('• new signals on the', 1), body('Northgate line', 2), body('• a second track', 3)]);
    assert.deepEqual(out.map(p => p[2]), ['The plan has two parts:', '• new signals on the Northgate line', '• a second track']);
  });

  it('starts a new paragraph on the next page after a finished sentence', () => {
    assert.deepEqual(paragraphs([body('Done.', 0)], [body('New one.', 0)]), [[1, 1, 'Done.', false], [2, 1, 'New one.', false]]);
  });
});
