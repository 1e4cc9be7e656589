import { Readability } from '@mozilla/readability';
import { Block, Extraction, joinBlocks, SourceMeta } from './types';
import { blocksOf, BlockText, DomNode, flat, isLinkList, parseDom } from './dom';

// A saved web page → its article. Mozilla's Readability (the reader view of Firefox) picks the article body and
// leaves out navigation, banners, comments and footers by scoring the page's structure; it reads the headline,
// byline and publication date from the page's metadata. What it keeps inside the article is then cut into
// paragraphs here, and paragraphs that are mostly link text ("related articles" lists, "read also" lines between
// paragraphs) are dropped: they are titles of other pages, and a claim must not be supported by them.

/** Readability gives up on an article shorter than its threshold (500 characters); short pages are articles too. */
const MIN_ARTICLE_CHARS = 200;

export function extractHtml(bytes: Uint8Array): Extraction {
  const html = decodeHtml(bytes);
  const doc = parseDom(html);
  // Readability changes the document it reads; the fallback below reads a fresh copy. It gives the article's element
  // itself (the serializer), not its HTML, which would only be parsed again to be read.
  const article = new Readability<DomNode>(doc as never, { charThreshold: MIN_ARTICLE_CHARS, serializer: ((el: unknown) => el) as never }).parse();
  const meta: SourceMeta = {};
  if (article?.byline) meta.byline = flat(article.byline);
  if (article?.publishedTime) meta.date = article.publishedTime;
  let blocks: BlockText[];
  if (article?.content) blocks = blocksOf(article.content);
  else {
    const fresh = parseDom(html);
    blocks = fresh.body ? blocksOf(fresh.body) : [];
  }
  const title = flat(article?.title ?? '');
  // Paragraphs are numbered as a reader counts them on the page: the headline first, then every paragraph of the
  // article, those dropped below included.
  let numbered = blocks.map((b, i) => ({ ...b, number: i + 1 }));
  // The headline is the page's own main heading when the article starts with one, else the title Readability
  // found (which may carry the site's name after a dash, so the heading is preferred).
  const first = numbered.find(b => !isLinkList(b));
  const out: Block[] = [];
  if (first && /^H[1-3]$/.test(first.tag) && (!title || title.includes(first.text) || first.text.includes(title))) {
    meta.headline = first.text;
    out.push({ text: first.text, number: first.number });
    numbered = numbered.filter(b => b !== first);
  } else if (title) {
    meta.headline = title;
    out.push({ text: title, number: 1 });
    numbered = numbered.map(b => ({ ...b, number: b.number + 1 }));
  }
  numbered.forEach((b, i) => {
    if (isLinkList(b) || isBylineLine(b, meta.byline) || isListLabel(b, numbered[i + 1])) return;
    out.push({ text: b.text, number: b.number });
  });
  return joinBlocks(out, meta);
}

/** The few words that introduce a list of links ("BACA JUGA", "Related"): not a sentence, and about nothing. */
function isListLabel(b: BlockText, next: BlockText | undefined): boolean {
  return !!next && isLinkList(next) && b.text.split(/\s+/).length <= 5 && !/[.!?"”»]$/.test(b.text);
}

/** The line that only names the author ("Oleh Ana Putri", "By Ana Putri"): metadata, not a sentence of the story. */
function isBylineLine(b: BlockText, byline: string | undefined): boolean {
  if (!byline) return false;
  const text = flat(b.text);
  return text.endsWith(byline) && text.length - byline.length <= 12;
}

/**
 * Text of an HTML file: a byte order mark, else the charset the page declares, else UTF-8 when the bytes are
 * valid UTF-8, else windows-1252 (what browsers assume for an undeclared legacy page).
 */
export function decodeHtml(bytes: Uint8Array): string {
  const bom = (...b: number[]) => b.every((x, i) => bytes[i] === x);
  if (bom(0xef, 0xbb, 0xbf)) return new TextDecoder('utf-8').decode(bytes);
  if (bom(0xff, 0xfe)) return new TextDecoder('utf-16le').decode(bytes);
  if (bom(0xfe, 0xff)) return new TextDecoder('utf-16be').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  if (declared) {
    try { return new TextDecoder(declared).decode(bytes); } catch { /* an unknown label: sniff as if undeclared */ }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
