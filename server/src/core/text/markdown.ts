// Drafts are usually Markdown. The checks want the prose only, yet every offset they report must point into the
// file as written, so markup is not cut out but overwritten with spaces: the masked text keeps the input's length
// and its line breaks. A line scanner handles the block structure and an inline pass the code spans, links, HTML
// and emphasis markers. It is deliberately not a full CommonMark parser: a construct it misses stays visible as
// text, which costs a prose checker little.

import { Blank, maskInline, normalizeLabel } from './markdown-inline';

export interface ProseMask {
  /** The input with everything that is not prose replaced by spaces; \n and \r are kept. */
  text: string;
  /** Offsets of the first character of each line that begins a block, ascending. */
  blockStarts: number[];
}

interface Line { start: number; end: number; text: string }

const QUOTE_MARKERS = /^(?: {0,3}>[ \t]?)+/;
const FENCE = /^[ \t]*(`{3,}|~{3,})(.*)$/;
const ATX_HEADING = /^ {0,3}#{1,6}(?=[ \t]|$)[ \t]*/;
const ATX_CLOSING = /[ \t]+#+[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const REFERENCE_DEFINITION = /^ {0,3}\[([^\]]+)\]:(?=[ \t]|$)/;
const LIST_ITEM = /^([ \t]*)(?:[-*+]|(\d{1,9})[.)])(?=[ \t]|$)[ \t]*(?:\[[ xX]\](?=[ \t]))?/;

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
