import type { SourceMeta } from '../core/features/source-credit';

// What the extraction layer gives the analyser for a file that is not plain text (a saved web page, a Word
// file): the text the analyser reads, where each of its paragraphs stands in the original, and the metadata the
// format carries. Positions in findings refer to `text`; `paragraphs` lets a person find the place in the file.

export interface ExtractedParagraph {
  /** Offsets of the paragraph in the extracted text. */
  start: number;
  end: number;
  /**
   * 1-based number of the paragraph among the original's paragraphs of text (empty ones not counted); in a
   * format with pages, among its page's, a paragraph's part carried over from the page before counting as one.
   */
  number: number;
  /** 1-based page, for formats that have pages. */
  page?: number;
}

// The metadata is the core's notion (features/source-credit.ts), which shows it the same way everywhere.
export type { SourceMeta };

export interface Extraction {
  text: string;
  paragraphs: ExtractedParagraph[];
  meta: SourceMeta;
}

/** A paragraph of the original, as the format's reader found it. */
export interface Block {
  text: string;
  number: number;
  page?: number;
  /** The rest of the previous block's paragraph, which runs on to this block's page: one paragraph of the text. */
  continues?: boolean;
}

/**
 * The extracted text: one paragraph per block, separated by blank lines, which is how the analyser finds
 * paragraphs in a .txt source (so quotes and their attributions are found as in one). Line breaks inside a
 * block are kept; blank lines inside one are closed up, or the block would read as two paragraphs.
 */
export function joinBlocks(blocks: readonly Block[], meta: SourceMeta): Extraction {
  let text = '';
  const paragraphs: ExtractedParagraph[] = [];
  for (const b of blocks) {
    const body = b.text.replace(/[ \t]*\n[ \t\n]*/g, '\n').trim();
    if (!body) continue;
    // A paragraph's part on the next page goes on in the same line: it is the same sentence.
    if (text) text += b.continues ? ' ' : '\n\n';
    const p: ExtractedParagraph = { start: text.length, end: text.length + body.length, number: b.number };
    if (b.page !== undefined) p.page = b.page;
    paragraphs.push(p);
    text += body;
  }
  return { text: text ? text + '\n' : '', paragraphs, meta };
}

/**
 * A document title as a writer would cite it, or undefined for what tools write there unasked: the name of the
 * file it was made from ("Microsoft Word - report.docx", "report.pdf") or a placeholder ("Untitled", "Slide 1").
 */
export function citableTitle(title: string | undefined): string | undefined {
  const t = title?.replace(/\s+/g, ' ').trim();
  if (!t) return undefined;
  if (/^Microsoft (?:Word|PowerPoint|Excel) - /i.test(t) || /^[^ ]+\.(?:docx?|pdf|odt|rtf|txt|pptx?|xlsx?|indd|html?|tex|dvi|qxd)$/i.test(t)) return undefined;
  if (/^(?:untitled|no title|title|document|presentation|slide)[\s_-]*\d*$/i.test(t)) return undefined;
  return t;
}
