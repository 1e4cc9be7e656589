import { Span, Lang } from '../types';
import { SupportedClaim } from '../checks/types';
import { say } from '../messages/catalogue';
import { maskMarkdown } from '../text/markdown';
import { clip, escape, HoverResult } from './hover';

// What backs a supported sentence, for the writer to see and keep: where the passage stands (its paragraph), a
// hover with the passage, and "Insert citation", which keeps it in the draft as a reference manager would.

// Paragraph numbers of a source, for telling a writer where a passage stands ("vote.md ¶3") in the words a
// reference manager uses. They follow the analyser's reading: plain text is one paragraph per line (a line break
// ends a sentence there, see text/sentences.ts), so every line with text is a paragraph and blank lines are not;
// Markdown paragraphs are its blocks (a heading, a paragraph, a list item), as the Markdown mask finds them.

/** Where each paragraph of a source text begins, ascending. */
export function paragraphStarts(text: string, markdown: boolean): number[] {
  if (markdown) return maskMarkdown(text, { keepHeadings: true }).blockStarts;
  const starts: number[] = [];
  for (const m of text.matchAll(/[^\r\n]*/g)) if (/\S/.test(m[0])) starts.push(m.index);
  return starts;
}

/** The paragraph (from 1) that holds `offset`, given the starts `paragraphStarts` found. */
export function paragraphNumber(starts: readonly number[], offset: number): number {
  let lo = 0, hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) lo = mid + 1; else hi = mid;
  }
  return Math.max(1, lo);
}

// A hover on a supported sentence shows what backs it: where the passage stands, as a link that opens it, and
// the passage in the source's own words, so the writer can compare without leaving the draft. A name's hover
// (hover.ts) comes first; this one is for the rest of the sentence.

const MAX_PASSAGE_CHARS = 320;

/** `place` is how the writer is told where the passage stands ("seeds/vote.md ¶3"); `link` opens it there. */
export function supportHover(claim: SupportedClaim, place: string, link: string, lang: Lang): HoverResult {
  const markdown = [
    `**${escape(say(lang, 'support.hover'))}** [${escape(place)}](${link})`,
    '',
    `> ${escape(clip(claim.evidence.text, MAX_PASSAGE_CHARS))}`,
  ].join('\n');
  return { start: claim.start, end: claim.end, markdown };
}

// "Insert citation": a supported sentence gets a mark at its end and a note at the end of the draft that names the
// source and quotes its words, so the writer keeps what backs the sentence, as a reference manager would.
// Markdown has footnotes (`…in March.[^3]` and `[^3]: seeds/vote.md ¶3: “…”`, which GitHub, Pandoc and most
// Markdown tools render); plain text has none, so it gets the bracketed form (`…in March. [3]` and a reference
// list line `[3] seeds/vote.md ¶3: “…”`). A draft's notes are not read as claims (text/notes.ts), so citing
// leaves the draft's findings as they were.

export interface TextEdit { start: number; end: number; newText: string }

export interface Citation {
  /** Where the passage stands, as the writer is told it: "seeds/vote.md ¶3". */
  place: string;
  /** The source's words. */
  passage: string;
}

/** Longest passage a note quotes in full; a longer one (a run-on source sentence) is cut with an ellipsis. */
const MAX_PASSAGE = 400;

const FOOTNOTE_MARK = /\[\^(\d+)\]/g;
const REFERENCE_MARK = /\[(\d+)\]/g;

/** The next note number: one past the highest the draft already uses, so numbering goes on from the writer's own. */
export function nextNoteNumber(text: string, markdown: boolean): number {
  let max = 0;
  for (const m of text.matchAll(markdown ? FOOTNOTE_MARK : REFERENCE_MARK)) max = Math.max(max, Number(m[1]));
  return max + 1;
}

/** Whether the sentence ending at `end` is already followed by a note mark (cited already). */
export function isCited(text: string, end: number, markdown: boolean): boolean {
  return (markdown ? /^[ \t]*\[\^[^\]\s]+\]/ : /^[ \t]*\[\d+\]/).test(text.slice(end, end + 40));
}

function quoted(passage: string): string {
  const flat = passage.replace(/\s+/g, ' ').trim();
  return `“${flat.length <= MAX_PASSAGE ? flat : flat.slice(0, MAX_PASSAGE - 1).trimEnd() + '…'}”`;
}

/**
 * The two insertions that cite `sentence`: the mark right after it, and the note at the end of the draft (after a
 * blank line, or right under the draft's last note so the notes stay one list). Offsets are into `text`.
 */
export function citationEdits(text: string, sentence: Span, citation: Citation, markdown: boolean): TextEdit[] {
  const n = nextNoteNumber(text, markdown);
  const mark: TextEdit = { start: sentence.end, end: sentence.end, newText: markdown ? `[^${n}]` : ` [${n}]` };
  const note = markdown ? `[^${n}]: ${citation.place}: ${quoted(citation.passage)}` : `[${n}] ${citation.place}: ${quoted(citation.passage)}`;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const body = text.replace(/\s+$/, '');
  const lastLine = body.slice(body.lastIndexOf('\n') + 1);
  const underNote = markdown ? /^ {0,3}\[\^[^\]\s]+\]:/.test(lastLine) : /^[ \t]*\[\d+\]/.test(lastLine);
  // Trailing whitespace is replaced, so the note lands right after the draft's last words however the file ends.
  const lead = body.length === 0 ? '' : underNote ? eol : eol + eol;
  const end: TextEdit = { start: body.length, end: text.length, newText: `${lead}${note}${eol}` };
  // A sentence that ends the draft: both edits touch its end, and the mark must come first.
  if (end.start <= mark.start) return [{ start: mark.start, end: text.length, newText: mark.newText + end.newText }];
  return [mark, end];
}
