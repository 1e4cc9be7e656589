import * as crypto from 'node:crypto';
import { CancelledError } from '../core/cancellation';
import type * as Docx from './docx';
import type * as Html from './html';
import { ExtractProgress, extractPdf } from './pdf';
import { ExtractedParagraph, Extraction } from './types';

// The extraction layer: which files are not read as text but extracted, and the extractor for each. The
// analyser only ever sees `Extraction.text`; everything else here is for telling a person where it came from.

export type { Extraction, ExtractedParagraph, SourceMeta } from './types';
export type { ExtractProgress } from './pdf';
export { viewOf } from './view';
export type { ExtractedView } from './view';

/** Files whose text is extracted from markup, a container or a page description rather than read as they are. */
export const EXTRACTED_EXT = /\.(?:html?|docx|pdf)$/i;

/**
 * Bumped whenever an extractor's output for the same bytes changes, so cached extractions are not reused.
 * (A bundled build's cache is also keyed on the bundle itself; this covers runs from compiled modules.)
 */
export const EXTRACTOR_VERSION = 3;

export function isExtracted(file: string): boolean {
  return EXTRACTED_EXT.test(file);
}

/**
 * The versions of the libraries that read the formats: a new pdf.js or mammoth may read the same bytes otherwise,
 * and neither is part of what the analyser's fingerprint hashes (pdf.js is a bundle of its own). Required by
 * literal names so that the bundler takes the versions in.
 */
const READER_VERSIONS = [
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('pdfjs-dist/package.json'), require('mammoth/package.json'), require('linkedom/package.json'), require('@mozilla/readability/package.json'),
].map((p: { name: string; version: string }) => `${p.name}@${p.version}`).join(',');

// The Word and web-page readers (mammoth, linkedom, Readability) are loaded on the first such file, as pdf.js is:
// most corpora have none, and loading them cost every CLI run and server start a tenth of a second.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const docxReader = (): typeof Docx => require('./docx');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const htmlReader = (): typeof Html => require('./html');

/** The key an extraction is cached under: the file's bytes and the extractors' and their libraries' versions. */
export function bytesKey(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(`extract-${EXTRACTOR_VERSION}-${READER_VERSIONS}\0`).update(bytes).digest('hex');
}

/**
 * The text of a saved web page, Word file or PDF, or why it cannot be used. Throws only CancelledError, when
 * `progress.token` is cancelled while a PDF is read.
 */
export async function extractSource(file: string, bytes: Uint8Array, progress: ExtractProgress = {}): Promise<Extraction | { error: string }> {
  try {
    if (/\.pdf$/i.test(file)) return await extractPdf(bytes, progress);
    if (/\.docx$/i.test(file)) return await docxReader().extractDocx(bytes);
    if (/\.html?$/i.test(file)) {
      // A page saved as UTF-16 is full of zero bytes; anything else with them is not a page.
      const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
      if (!utf16 && bytes.subarray(0, 8000).includes(0)) return { error: 'is a binary file, not a web page' };
      return htmlReader().extractHtml(bytes);
    }
    return { error: 'is not a format Sumber extracts' };
  } catch (e) {
    if (e instanceof CancelledError) throw e;
    return { error: `could not be read (${e instanceof Error ? e.message : String(e)})` };
  }
}

/** The paragraph holding an offset of the extracted text (the one before it when the offset is between two). */
export function paragraphAt(extraction: Pick<Extraction, 'paragraphs'>, offset: number): ExtractedParagraph | undefined {
  const ps = extraction.paragraphs;
  let lo = 0, hi = ps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ps[mid].start <= offset) lo = mid + 1; else hi = mid;
  }
  return lo > 0 ? ps[lo - 1] : ps[0];
}

/** "paragraph 4" or "page 2, paragraph 4" (of that page): how a person is told where evidence stands in the original. */
export function describePlace(p: ExtractedParagraph): string {
  return p.page !== undefined ? `page ${p.page}, paragraph ${p.number}` : `paragraph ${p.number}`;
}
