import { CancellationToken, throwIfCancelled } from '../core/cancellation';
import { dropFurniture } from './pdf-furniture';
import { linesOf, PageLines } from './pdf-lines';
import { paragraphsOf } from './pdf-paragraphs';
import { loadPdfjs, PdfDocument } from './pdfjs';
import { citableTitle, Extraction, joinBlocks, SourceMeta } from './types';

// A PDF → its text by page. pdf.js (Mozilla's reader, the one in Firefox) decodes the file and reports each
// page's runs of text with their positions; the lines, page furniture and paragraphs are worked out here
// (pdf-lines.ts, pdf-furniture.ts, pdf-paragraphs.ts). Each paragraph keeps its page, which evidence names.
// Metadata comes from the document information: title, author, creation date.

export interface ExtractProgress {
  /** Lets other work run between pages: a long report takes a while. */
  pause?: () => Promise<void>;
  token?: CancellationToken;
}

export async function extractPdf(bytes: Uint8Array, progress: ExtractProgress = {}): Promise<Extraction | { error: string }> {
  // A PDF starts with its version line; pdf.js would otherwise search a foreign file for one at length.
  if (!new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-')) return { error: 'is not a PDF file (it has no %PDF- header)' };
  const pdfjs = await loadPdfjs();
  // pdf.js may hand the buffer it is given to its worker side, leaving the caller's copy empty: it gets its own.
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false });
  let pdf: PdfDocument;
  try {
    pdf = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    return { error: openError(e) };
  }
  try {
    const pages: PageLines[] = [];
    let failed: unknown;
    for (let n = 1; n <= pdf.numPages; n++) {
      throwIfCancelled(progress.token);
      try {
        const page = await pdf.getPage(n);
        const viewport = page.getViewport({ scale: 1 });
        const content = await page.getTextContent();
        pages.push({ page: n, height: viewport.height, lines: linesOf(content.items, viewport.transform) });
        page.cleanup();
      } catch (e) {
        // A damaged page costs its own text only; the rest of the document is still read.
        failed ??= e;
        pages.push({ page: n, height: 0, lines: [] });
      }
      await progress.pause?.();
    }
    if (!pages.some(p => p.lines.length)) {
      return { error: failed ? `is not a readable PDF (${messageOf(failed)})` : 'has no text layer: its pages are images (a scan?), which Sumber cannot read without OCR' };
    }
    return joinBlocks(paragraphsOf(dropFurniture(pages)), await metadata(pdf));
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

/** Why pdf.js could not open a file, on one line. */
function openError(e: unknown): string {
  const name = e instanceof Error ? e.name : '';
  if (name === 'PasswordException') return 'is a password-protected PDF, which Sumber cannot open; save a copy without the password';
  return `is not a readable PDF (${messageOf(e)})`;
}

function messageOf(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').trim().slice(0, 160);
}

async function metadata(pdf: PdfDocument): Promise<SourceMeta> {
  const meta: SourceMeta = {};
  try {
    const info = (await pdf.getMetadata()).info ?? {};
    const field = (key: string) => (typeof info[key] === 'string' ? (info[key] as string).replace(/\s+/g, ' ').trim() : '') || undefined;
    const headline = citableTitle(field('Title')), byline = field('Author'), date = pdfDate(field('CreationDate'));
    if (headline) meta.headline = headline;
    if (byline) meta.byline = byline;
    if (date) meta.date = date;
  } catch {
    // Metadata is a nicety: the text was read, so the file is used without it.
  }
  return meta;
}

/** A PDF date ("D:20240312093000+07'00'") as ISO 8601, as far as it goes; undefined when it is not one. */
export function pdfDate(s: string | undefined): string | undefined {
  const m = s && /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:(Z)|([+-])(\d{2})'?(\d{2})?'?)?/.exec(s);
  if (!m) return undefined;
  const [, y, mo = '01', d = '01', h, mi = '00', sec = '00', z, sign, zh, zm = '00'] = m;
  if (!h) return `${y}-${mo}-${d}`;
  const zone = z ? 'Z' : sign ? `${sign}${zh}:${zm}` : '';
  return `${y}-${mo}-${d}T${h}:${mi}:${sec}${zone}`;
}
