import { TextFormat } from '../facts/analyze';
import { blankDirectiveComments } from '../text/directives';

// The "Ignore this finding" quick fix: a disable comment (`checks/disable-comments.ts`) that silences one code on
// the finding's line. The comment goes on its own line above, indented like the line, wherever that leaves the
// document as it was: always in plain text, and in Markdown when the line starts a block (nothing but blank lines
// or directives above it) and is not a list item, quote or table row. Anywhere else in Markdown a comment line
// would change the document: CommonMark lets an HTML comment interrupt a paragraph (splitting it in two), a list
// (ending it) and a quote or table. There the comment goes at the end of the line instead, as
// `sumber-disable-line`: an inline HTML comment renders as nothing, and a table ignores an extra cell.

export interface IgnoreEdit {
  /** Insert at this offset (start = end: nothing is replaced). */
  start: number;
  end: number;
  newText: string;
  placement: 'line-above' | 'end-of-line';
}

const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const QUOTE = /^[ \t]{0,3}>/;

interface LineAt { start: number; end: number; text: string }

function lineAround(text: string, offset: number): LineAt {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  let end = text.indexOf('\n', offset);
  if (end < 0) end = text.length;
  if (text[end - 1] === '\r') end--;
  return { start, end, text: text.slice(start, end) };
}

/** Whether the line is the first of a Markdown block: only blank lines or lines of directives come before it. */
function startsBlock(text: string, line: LineAt): boolean {
  if (line.start === 0) return true;
  const previous = lineAround(text, line.start - 1);
  return !blankDirectiveComments(previous.text).trim();
}

/** The edit that silences `code` on the line holding `offset`. */
export function ignoreEdit(text: string, format: TextFormat, offset: number, code: string): IgnoreEdit {
  const line = lineAround(text, Math.max(0, Math.min(offset, text.length)));
  const inBlock = format === 'markdown' && (!startsBlock(text, line) || LIST_ITEM.test(line.text) || QUOTE.test(line.text) || line.text.includes('|'));
  if (!inBlock) {
    const indent = /^[ \t]*/.exec(line.text)![0];
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    return { start: line.start, end: line.start, newText: `${indent}<!-- sumber-disable-next-line ${code} -->${eol}`, placement: 'line-above' };
  }
  // Before trailing spaces or a backslash: both are Markdown hard line breaks, which must stay at the line's end.
  const kept = /(?:[ \t]*\\|[ \t]*)$/.exec(line.text)!;
  const at = line.start + kept.index;
  return { start: at, end: at, newText: ` <!-- sumber-disable-line ${code} -->`, placement: 'end-of-line' };
}
