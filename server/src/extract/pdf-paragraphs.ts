import { PageLines, PdfLine } from './pdf-lines';
import { Block } from './types';

// A PDF's lines → paragraphs. A PDF has no paragraphs, only lines placed on pages; a paragraph ends where the
// space between lines opens up, the type size changes (a heading), a line is indented after one that ended a
// sentence, a list item begins, or a column or page ends on a finished sentence. A sentence that runs on over a column or page break
// stays one paragraph, as the reader reads it: cut in two, neither half would support a claim. Its part on the
// next page is a block of its own there (`continues`), so evidence in it names the page it is on.
//
// A word hyphenated at a line's end is joined again ("con-" + "tainer" → "container") unless the document
// itself writes it with a hyphen elsewhere and never without ("forty-" + "two" stays "forty-two").

/** A line that ends a sentence: terminal punctuation, perhaps inside closing quotes or brackets. */
const ENDS_SENTENCE = /[.!?…:;]["'”’»)\]]*$/;
/** A line that starts an item of a bulleted list. */
const BULLET = /^[•◦▪▫●○■□‣⁃∙·–—]\s/u;
/** A word broken at the line's end: a letter and a hyphen (or the soft hyphen a typesetter shows as one). */
const BROKEN_WORD = /(\p{L}+)[-\u2010\u00ad]$/u;

function sizesDiffer(a: PdfLine, b: PdfLine): boolean {
  return Math.abs(a.size - b.size) > Math.min(a.size, b.size) * 0.15;
}

/**
 * The usual distance between the baselines of consecutive lines of a paragraph, per point of type size: the
 * lower quartile of all distances, since the wider gaps between paragraphs may be many where paragraphs are short.
 */
function typicalLeading(pages: readonly PageLines[]): number {
  const ratios: number[] = [];
  for (const { lines } of pages) {
    for (let i = 1; i < lines.length; i++) {
      const a = lines[i - 1], b = lines[i], dy = b.y - a.y;
      if (!sizesDiffer(a, b) && dy > 0 && dy < a.size * 3) ratios.push(dy / a.size);
    }
  }
  if (!ratios.length) return 1.2;
  ratios.sort((x, y) => x - y);
  return ratios[(ratios.length - 1) >> 2];
}

/** Whether `line` starts a new paragraph after `prev`, both on one page. */
function breaksBefore(prev: PdfLine, line: PdfLine, leading: number): boolean {
  if (sizesDiffer(prev, line) || BULLET.test(line.text)) return true;
  const dy = line.y - prev.y;
  // Back up the page: the next column or a box beside the text; like a page break, a finished sentence ends there.
  if (dy < -prev.size * 0.5) return ENDS_SENTENCE.test(prev.text);
  if (dy > prev.size * leading * 1.4) return true;
  // First-line indent after a finished sentence.
  if (line.x > prev.x + prev.size && ENDS_SENTENCE.test(prev.text)) return true;
  // A short line in a font of its own with no full stop (a run-in heading in bold), then the text in another.
  return prev.font !== line.font && !ENDS_SENTENCE.test(prev.text) && prev.right - prev.x < (line.right - line.x) * 0.7;
}

/** Every word of the document, to tell words broken at a line's end from compounds written with a hyphen. */
function vocabulary(pages: readonly PageLines[]): Set<string> {
  const words = new Set<string>();
  for (const { lines } of pages) {
    for (const l of lines) for (const w of l.text.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? []) words.add(w);
  }
  return words;
}

/**
 * A paragraph's text and its next line: the text with a word broken at its end completed by the line's first
 * word, and what is left of the line (all of it when no word was broken).
 */
function mend(text: string, next: string, words: ReadonlySet<string>): { text: string; rest: string } {
  const broken = BROKEN_WORD.exec(text);
  const first = /^(\p{Ll}\p{L}*)(.*)$/su.exec(next);
  if (!broken || !first) return { text, rest: next };
  const head = broken[1], tail = first[1];
  const keepHyphen = !text.endsWith('\u00ad') && words.has(`${head}-${tail}`.toLowerCase()) && !words.has((head + tail).toLowerCase());
  return { text: text.slice(0, broken.index) + head + (keepHyphen ? '-' : '') + tail, rest: first[2].trimStart() };
}

/** Paragraphs of the pages' body lines, numbered on each page from 1 in reading order. */
export function paragraphsOf(pages: readonly PageLines[]): Block[] {
  const leading = typicalLeading(pages);
  const words = vocabulary(pages);
  const blocks: Block[] = [];
  let prev: PdfLine | undefined;
  for (const { page, lines } of pages) {
    let number = 0;
    for (const line of lines) {
      const last = blocks[blocks.length - 1];
      const newPage = !!last && last.page !== page;
      const carriesOn = !!prev && (newPage ? !ENDS_SENTENCE.test(prev.text) && !sizesDiffer(prev, line) && !BULLET.test(line.text) : !breaksBefore(prev, line, leading));
      if (last && carriesOn) {
        const { text, rest } = mend(last.text, line.text, words);
        // A paragraph is one line of the text: the analyser reads a plain text's line break as the end of a
        // sentence. Where the paragraph runs on to this page, its part here is a block of this page (a broken
        // word is mended on the page it starts on).
        if (!newPage) last.text = rest ? `${text} ${rest}` : text;
        else {
          last.text = text;
          if (rest) blocks.push({ text: rest, number: ++number, page, continues: true });
        }
      } else {
        blocks.push({ text: line.text, number: ++number, page });
      }
      prev = line;
    }
  }
  return blocks;
}
