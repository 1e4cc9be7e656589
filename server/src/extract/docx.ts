import * as mammoth from 'mammoth';
import JSZip from 'jszip';
import { attributeTranscript } from './transcript';
import { Block, citableTitle, Extraction, joinBlocks, SourceMeta } from './types';

// A Word file → its paragraphs. mammoth reads the document's body (paragraphs, tables, lists, footnotes) as raw
// text, one paragraph followed by a blank line, without styles or images. Metadata comes from the file's core
// properties (docProps/core.xml): title, author and creation date, which Word fills in itself. Transcripts get
// their speaker labels read as attributions (transcript.ts).

/** The most the XML parts of one Word file may unpack to; a text document's XML is rarely a tenth of this. */
export const MAX_DOCX_XML_BYTES = 200 * 1024 * 1024;

export async function extractDocx(bytes: Uint8Array): Promise<Extraction | { error: string }> {
  const entries = zipEntries(bytes);
  if ('error' in entries) return { error: `is not a readable Word file: it ${entries.error}` };
  if (!entries.some(e => e.name === 'word/document.xml')) return { error: 'is not a readable Word file: it has no document body (word/document.xml)' };
  const xmlBytes = entries.filter(e => /\.(?:xml|rels)$/i.test(e.name)).reduce((n, e) => n + e.uncompressedSize, 0);
  if (xmlBytes > MAX_DOCX_XML_BYTES) return { error: `is a Word file whose text would unpack to more than ${MAX_DOCX_XML_BYTES / 1024 / 1024} MB; it is not read` };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer })).value;
  } catch (e) {
    // The reason is listed on one line with the skipped files; the parsers' messages run over several.
    const why = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').trim().slice(0, 160);
    return { error: `is not a readable Word file (${why})` };
  }
  // Raw text ends every paragraph with a blank line; a line break inside a paragraph is a single newline.
  const blocks: Block[] = raw.split(/\n[ \t]*\n/).map(s => s.trim()).filter(Boolean).map((text, i) => ({ text, number: i + 1 }));
  return joinBlocks(attributeTranscript(blocks), await coreProperties(buffer));
}

/** Title, creator and creation date from docProps/core.xml; a file without them (or with a broken one) has none. */
async function coreProperties(buffer: Buffer): Promise<SourceMeta> {
  const meta: SourceMeta = {};
  try {
    const xml = await (await JSZip.loadAsync(buffer)).file('docProps/core.xml')?.async('string');
    if (!xml) return meta;
    const field = (tag: string) => {
      const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
      return m ? unescapeXml(m[1]).trim() || undefined : undefined;
    };
    const headline = citableTitle(field('dc:title')), byline = field('dc:creator'), date = field('dcterms:created');
    if (headline) meta.headline = headline;
    if (byline) meta.byline = byline;
    if (date) meta.date = date;
  } catch {
    // Metadata is a nicety: the text was read, so the file is used without it.
  }
  return meta;
}

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[\da-f]+);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
    if (e[0] !== '#') return named[e.toLowerCase()];
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

// The entries of a zip archive as its central directory lists them, read without unpacking anything. A Word
// file is a zip archive; reading its directory first tells a corrupt file from a good one with a clear reason,
// and lets the extractor refuse a file whose XML would unpack to far more than its size on disk (a zip bomb)
// before any of it is inflated.

interface ZipEntry { name: string; uncompressedSize: number }

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const EOCD_SEARCH = 22 + 0xffff;

function zipEntries(bytes: Uint8Array): ZipEntry[] | { error: string } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - EOCD_SEARCH; i--) {
    if (view.getUint32(i, true) === EOCD) { end = i; break; }
  }
  // A zip starts with a local header (PK\x03\x04): one without its directory at the end was cut short.
  if (end < 0) return { error: bytes[0] === 0x50 && bytes[1] === 0x4b ? 'is cut short or damaged (its zip directory is missing)' : 'is not a zip archive' };
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return { error: 'has a damaged zip directory' };
    const size = view.getUint32(at + 24, true);
    const nameLen = view.getUint16(at + 28, true);
    const extraLen = view.getUint16(at + 30, true);
    const commentLen = view.getUint16(at + 32, true);
    if (at + 46 + nameLen > bytes.length) return { error: 'has a damaged zip directory' };
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLen));
    // 0xFFFFFFFF means the real size is in a ZIP64 record: over 4 GB, far beyond any limit here.
    entries.push({ name, uncompressedSize: size === 0xffffffff ? Infinity : size });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}
