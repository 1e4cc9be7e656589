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

export interface SourceMeta {
  headline?: string;
  byline?: string;
  /** As the file gives it (an ISO date from a web page's metadata, a Word file's creation time). */
  date?: string;
}

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
