// Drafts are usually Markdown. The checks want the prose only, yet every offset they report must point into the
// file as written, so markup is not cut out but overwritten with spaces: the masked text keeps the input's length
// and its line breaks. A line scanner handles the block structure and an inline pass the code spans, links, HTML
// and emphasis markers. It is deliberately not a full CommonMark parser: a construct it misses stays visible as
// text, which costs a prose checker little.

export interface ProseMask {
  /** The input with everything that is not prose replaced by spaces; \n and \r are kept. */
  text: string;
  /** Offsets of the first character of each line that begins a block, ascending. */
  blockStarts: number[];
}

interface Line { start: number; end: number; text: string }
type Blank = (from: number, to: number) => void;

const QUOTE_MARKERS = /^(?: {0,3}>[ \t]?)+/;
const FENCE = /^[ \t]*(`{3,}|~{3,})(.*)$/;
const ATX_HEADING = /^ {0,3}#{1,6}(?=[ \t]|$)[ \t]*/;
const ATX_CLOSING = /[ \t]+#+[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const REFERENCE_DEFINITION = /^ {0,3}\[([^\]]+)\]:(?=[ \t]|$)/;
const LIST_ITEM = /^([ \t]*)(?:[-*+]|(\d{1,9})[.)])(?=[ \t]|$)[ \t]*(?:\[[ xX]\](?=[ \t]))?/;

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

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  for (const m of text.matchAll(/([^\r\n]*)(\r\n|\n|\r|$)/g)) {
    lines.push({ start: m.index, end: m.index + m[1].length, text: m[1] });
    if (!m[2]) break;
  }
  return lines;
}

const indentWidth = (s: string): number => (/^[ \t]*/.exec(s)?.[0] ?? '').replace(/\t/g, '    ').length;
const isTableDelimiter = (s: string): boolean => /^[ \t|:-]+$/.test(s) && s.includes('|') && s.includes('-');
const normalizeLabel = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();
const withoutQuoteMarkers = (s: string): string => s.replace(QUOTE_MARKERS, '');

/**
 * The text with some of its characters blanked: a space in place of each, line breaks kept. Kept as a mark per
 * character and read out by runs: a 25 KB draft as an array of one-character strings, joined again per block,
 * cost more than the rest of its masking.
 */
class Blanked {
  private readonly marks: Uint8Array;
  constructor(private readonly text: string) {
    this.marks = new Uint8Array(text.length);
  }
  blank(from: number, to: number): void {
    const { text, marks } = this;
    for (let i = Math.max(0, from); i < to && i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) marks[i] = 1;
    }
  }
  /** The text from `from` to `to`, blanked. */
  read(from = 0, to = this.text.length): string {
    const { text, marks } = this;
    let out = '';
    for (let i = from; i < to;) {
      let j = i;
      if (marks[i]) {
        while (j < to && marks[j]) j++;
        out += ' '.repeat(j - i);
      } else {
        while (j < to && !marks[j]) j++;
        out += text.slice(i, j);
      }
      i = j;
    }
    return out;
  }
}

/** Lines taken by YAML (---) or TOML (+++) front matter at the very top. */
function frontMatterLines(lines: Line[]): number {
  const first = lines[0].text.replace(/^\uFEFF/, '').trimEnd();
  if (first !== '---' && first !== '+++') return 0;
  const isClose = (l: Line): boolean => l.text.trimEnd() === first || (first === '---' && l.text.trimEnd() === '...');
  const close = lines.findIndex((l, k) => k > 0 && isClose(l));
  return close < 0 ? 0 : close + 1;
}

/**
 * Blanks block-level markup line by line. Returns where blocks begin and the ranges of prose (one paragraph,
 * list item, heading or table row each) that the inline pass should look at.
 */
function scanBlocks(lines: Line[], blank: Blank, keepHeadings: boolean): { starts: number[]; ranges: Array<[number, number]> } {
  const starts: number[] = [];
  const ranges: Array<[number, number]> = [];
  let open: { start: number; end: number; paragraph: boolean } | undefined;
  let afterBlank = true, forceStart = false, inList = false, inTable = false, inCode = false, inComment = false;
  let wasQuoted = false;
  let fence = '';
  const close = (): void => { if (open) ranges.push([open.start, open.end]); open = undefined; };
  const opaque = (from: number, to: number): void => { close(); blank(from, to); forceStart = true; };
  const begin = (line: Line, from: number, paragraph: boolean): void => {
    close();
    starts.push(line.start);
    open = { start: from, end: line.end, paragraph };
    afterBlank = forceStart = false;
  };

  const skip = frontMatterLines(lines);
  if (skip) blank(0, lines[skip - 1].end);
  for (let i = skip; i < lines.length; i++) {
    const line = lines[i];
    if (fence) {
      blank(line.start, line.end);
      const end = FENCE.exec(withoutQuoteMarkers(line.text));
      if (end && end[1][0] === fence[0] && end[1].length >= fence.length && !end[2].trim()) { fence = ''; forceStart = true; }
      continue;
    }
    if (inComment) {
      const end = line.text.indexOf('-->');
      blank(line.start, end < 0 ? line.end : line.start + end + 3);
      inComment = end < 0;
      forceStart = true;
      continue;
    }
    if (!line.text.trim()) { close(); afterBlank = true; inTable = false; continue; }
    // Four columns of indent after a blank line is code, except in a list, where it continues an item.
    inCode = (afterBlank || inCode) && !inList && indentWidth(line.text) >= 4;
    if (inCode) { opaque(line.start, line.end); continue; }

    const quote = QUOTE_MARKERS.exec(line.text);
    const pos = line.start + (quote?.[0].length ?? 0);
    const content = line.text.slice(pos - line.start);
    blank(line.start, pos);
    if ((quote !== null) !== wasQuoted) { close(); forceStart = true; }
    wasQuoted = quote !== null;
    if (!content.trim()) { close(); afterBlank = true; continue; }

    const fenceOpen = FENCE.exec(content);
    if (fenceOpen && !(fenceOpen[1][0] === '`' && fenceOpen[2].includes('`'))) {
      opaque(line.start, line.end);
      fence = fenceOpen[1];
      continue;
    }
    if (content.trimStart().startsWith('<!--') && !content.includes('-->')) {
      opaque(line.start, line.end);
      inComment = true;
      continue;
    }
    const heading = ATX_HEADING.exec(content);
    if (heading) {
      close();
      starts.push(line.start);
      const closing = ATX_CLOSING.exec(content.slice(heading[0].length));
      const textEnd = closing ? pos + heading[0].length + closing.index : line.end;
      if (keepHeadings) ranges.push([pos + heading[0].length, textEnd]);
      blank(pos, keepHeadings ? pos + heading[0].length : line.end);
      blank(textEnd, line.end);
      inList = false;
      forceStart = true;
      continue;
    }
    if (open?.paragraph && SETEXT_UNDERLINE.test(content)) {
      if (keepHeadings) close();
      else blank(open.start, open.end);
      open = undefined;
      opaque(pos, line.end);
      continue;
    }
    if (THEMATIC_BREAK.test(content)) { opaque(pos, line.end); continue; }
    const definition = REFERENCE_DEFINITION.exec(content);
    if (definition) {
      // A footnote definition ("[^1]: Text") holds prose; a link definition holds none.
      const footnote = definition[1].startsWith('^');
      opaque(pos, footnote ? pos + definition[0].length : line.end);
      if (footnote) begin(line, pos + definition[0].length, true);
      continue;
    }
    const next = lines[i + 1];
    if (content.includes('|') && (inTable || (next && isTableDelimiter(withoutQuoteMarkers(next.text))))) {
      close();
      starts.push(line.start);
      if (inTable && isTableDelimiter(content)) { blank(pos, line.end); continue; }
      inTable = true;
      for (let k = 0; k < content.length; k++) if (content[k] === '|' && content[k - 1] !== '\\') blank(pos + k, pos + k + 1);
      ranges.push([pos, line.end]);
      continue;
    }
    inTable = false;
    const item = LIST_ITEM.exec(content);
    // Only a list starting at 1 may interrupt a paragraph, so a wrapped line beginning "2024. " stays prose.
    const mayInterrupt = !open?.paragraph || afterBlank || item?.[2] === undefined || item[2] === '1';
    if (item && mayInterrupt && (item[0].length < content.length || afterBlank)) {
      inList = true;
      blank(pos + item[1].length, pos + item[0].length);
      begin(line, pos + item[0].length, false);
      continue;
    }
    if (afterBlank && indentWidth(content) < 2) inList = false;
    if (!open || afterBlank || forceStart) begin(line, pos, true);
    else open.end = line.end;
  }
  close();
  return { starts, ranges };
}

/** Labels of reference definitions ("[id]: url"), which decide whether "[text][id]" and "[id]" are links. */
function referenceLabels(lines: Line[]): Set<string> {
  const labels = new Set<string>();
  for (const line of lines) {
    const m = REFERENCE_DEFINITION.exec(withoutQuoteMarkers(line.text));
    if (m && !m[1].startsWith('^')) labels.add(normalizeLabel(m[1]));
  }
  return labels;
}

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
function maskInline(s: string, blank: Blank, labels: Set<string>): void {
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

export function maskMarkdown(text: string, opts: { keepHeadings: boolean }): ProseMask {
  const out = new Blanked(text);
  const blank: Blank = (from, to) => out.blank(from, to);
  const lines = splitLines(text);
  const { starts, ranges } = scanBlocks(lines, blank, opts.keepHeadings);
  const labels = referenceLabels(lines);
  for (const [start, end] of ranges) {
    maskInline(out.read(start, Math.min(end, text.length)), (from, to) => blank(start + from, start + to), labels);
  }
  return { text: out.read(), blockStarts: [...new Set(starts)].sort((a, b) => a - b) };
}
