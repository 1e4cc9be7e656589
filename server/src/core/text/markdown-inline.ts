// The inline pass of the Markdown masking (markdown.ts): escapes, code spans, HTML, autolinks, links, images and
// emphasis markers within one block. Apart from the line scanner, which hands it each block's prose once found.

export type Blank = (from: number, to: number) => void;

// Inline constructs blanked whole, in this order, before links and emphasis are looked for.
const ESCAPE = /\\(?:[!-/:-@[-`{-~]|(?=[\r\n]))/g;
const INLINE_OPAQUE = [
  /(?<!`)(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, // code span
  /<!--[\s\S]*?(?:-->|$)/g, // HTML comment
  /<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s@<>]+@[^\s@<>]+)>/g, // autolink
  /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g, // tag
  /\[\^[^\]\s]+\]/g, // footnote reference
];
const FULL_REFERENCE = /\[([^\]]*)\]/y;

export const normalizeLabel = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** End of an inline link's `(destination "title")`, given the index just after "(", or -1. */
function destinationEnd(s: string, from: number): number {
  let depth = 1;
  let quote = '';
  for (let k = from; k < s.length; k++) {
    const c = s[k];
    if (quote) { if (c === quote) quote = ''; }
    else if ((c === '"' || c === "'") && /\s/.test(s[k - 1])) quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return k + 1;
  }
  return -1;
}

/** "[text](url)", "[text][id]", "[text][]", or "[id]" with a definition; the brackets of "[sic]" stay prose. */
function linkAt(s: string, at: number, labels: Set<string>): { textEnd: number; end: number } | undefined {
  let depth = 0;
  let close = -1;
  for (let k = at; k < s.length && close < 0; k++) {
    if (s[k] === '[') depth++;
    else if (s[k] === ']' && --depth === 0) close = k;
  }
  if (close < 0) return undefined;
  if (s[close + 1] === '(') {
    const end = destinationEnd(s, close + 2);
    return end < 0 ? undefined : { textEnd: close, end };
  }
  FULL_REFERENCE.lastIndex = close + 1;
  const full = FULL_REFERENCE.exec(s);
  const label = full && full[1].trim() ? full[1] : s.slice(at + 1, close);
  if (!labels.has(normalizeLabel(label))) return undefined;
  return { textEnd: close, end: close + 1 + (full ? full[0].length : 0) };
}

interface Delimiter { at: number; len: number; ch: string; open: boolean; close: boolean }

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isPunct = (c: string | undefined): boolean => c !== undefined && /[\p{P}\p{S}]/u.test(c);

/** CommonMark's flanking rules: whether a run of * _ ~ can open or close emphasis ("snake_case" cannot). */
function delimiterAt(s: string, at: number, len: number): Delimiter {
  const ch = s[at], before = s[at - 1], after = s[at + len];
  const left = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
  const right = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
  if (ch === '_') return { at, len, ch, open: left && (!right || isPunct(before)), close: right && (!left || isPunct(after)) };
  const usable = ch !== '~' || len <= 2;
  return { at, len, ch, open: left && usable, close: right && usable };
}

/** Blanks runs that pair up as opener and closer; a lone "*" (a footnote mark, "5 * 3") stays. */
function matchEmphasis(delimiters: Delimiter[], blank: Blank): void {
  const openers: Delimiter[] = [];
  for (const d of delimiters) {
    const k = d.close ? openers.map(o => o.ch === d.ch && (d.ch !== '~' || o.len === d.len)).lastIndexOf(true) : -1;
    if (k >= 0) {
      blank(openers[k].at, openers[k].at + openers[k].len);
      blank(d.at, d.at + d.len);
      openers.length = k;
    } else if (d.open) openers.push(d);
  }
}

/** Inline markup of one block: `s` is the block's text after block masking, offsets relative to it. */
export function maskInline(s: string, blank: Blank, labels: Set<string>): void {
  // An escaped character is literal: its backslash goes, and a neutral letter stands in for it while scanning.
  s = s.replace(ESCAPE, (m: string, at: number) => { blank(at, at + 1); return m.length === 2 ? ' x' : ' '; });
  for (const pattern of INLINE_OPAQUE) {
    s = s.replace(pattern, (m: string, ...rest: unknown[]) => {
      const at = rest[rest.length - 2] as number;
      blank(at, at + m.length);
      return ' '.repeat(m.length);
    });
  }
  const delimiters: Delimiter[] = [];
  const linkTails = new Map<number, number>(); // a link's "](url)": from its "]" to its end
  for (let i = 0; i < s.length; i++) {
    const tail = linkTails.get(i);
    const ch = s[i];
    if (tail !== undefined) {
      blank(i, tail);
      i = tail - 1;
    } else if (ch === '[' || (ch === '!' && s[i + 1] === '[')) {
      const link = linkAt(s, ch === '!' ? i + 1 : i, labels);
      if (link && ch === '!') blank(i, link.end); // an image has no prose at all, its alt text included
      if (link && ch === '!') i = link.end - 1;
      else if (link) { blank(i, i + 1); linkTails.set(link.textEnd, link.end); }
    } else if (ch === '*' || ch === '_' || ch === '~') {
      let j = i;
      while (s[j] === ch) j++;
      delimiters.push(delimiterAt(s, i, j - i));
      i = j - 1;
    }
  }
  matchEmphasis(delimiters, blank);
}
