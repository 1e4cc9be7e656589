// The few DOM members the extractors use, typed here: the project compiles without the DOM library, and
// linkedom's own types lean on it. `parseDom` is the one place a linkedom document is taken as these types.
// linkedom is loaded with require: its types describe only its ES module build, which a CommonJS module cannot
// import, while its package also ships the CommonJS build that `require` (and the bundler) picks.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseHTML } = require('linkedom') as { parseHTML(html: string): unknown };

export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode: DomNode | null;
}

export interface DomElement extends DomNode {
  tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument extends DomNode {
  documentElement: DomElement;
  body: DomElement | null;
  title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export function parseDom(html: string): DomDocument {
  return (parseHTML(html) as { document: DomDocument }).document;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements whose content starts and ends a paragraph of text. */
const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL',
  'BLOCKQUOTE', 'PRE', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TD', 'TH', 'FIGURE', 'FIGCAPTION', 'DL', 'DT', 'DD', 'ADDRESS', 'HR']);
/** Elements that hold no article text wherever they stand: code, page furniture, controls. */
const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'FOOTER', 'ASIDE', 'FORM', 'BUTTON', 'IFRAME',
  'SVG', 'SELECT', 'TEXTAREA', 'OBJECT', 'CANVAS', 'DIALOG', 'MENU']);

export interface BlockText {
  text: string;
  /** Characters of the text that are inside links. */
  linkChars: number;
  /** The element that began the paragraph (H1 for a heading). */
  tag: string;
}

/**
 * The paragraphs of text under an element, in document order: each block element's own text (its inline content,
 * with <br> as a line break) is one paragraph, and inline text between nested blocks is a paragraph of its own.
 */
export function blocksOf(root: DomNode): BlockText[] {
  const out: BlockText[] = [];
  let parts: string[] = [], linkChars = 0, tag = root.nodeName;
  const flush = () => {
    const text = parts.join('').replace(/[^\S\n]+/g, ' ').replace(/ ?\n ?/g, '\n').trim();
    if (text) out.push({ text, linkChars: Math.min(linkChars, text.length), tag });
    parts = []; linkChars = 0;
  };
  const walk = (node: DomNode, inLink: boolean) => {
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i];
      if (child.nodeType === TEXT_NODE) {
        const t = child.textContent ?? '';
        parts.push(t);
        if (inLink) linkChars += t.replace(/\s+/g, ' ').trim().length;
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const name = child.nodeName.toUpperCase();
      if (NEVER_TEXT.has(name)) continue;
      if (name === 'BR') { parts.push('\n'); continue; }
      if (BLOCK.has(name)) {
        flush();
        const outer = tag;
        tag = name;
        walk(child, inLink);
        flush();
        tag = outer;
      } else {
        walk(child, inLink || name === 'A');
      }
    }
  };
  walk(root, false);
  flush();
  return out;
}

/** Whether a paragraph is mostly link text: a "related articles" entry or a menu, not prose. */
export function isLinkList(b: BlockText): boolean {
  return b.text.length > 0 && b.linkChars / b.text.length >= 0.6;
}

/** Collapsed whitespace, for comparing a heading with a title. */
export function flat(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
