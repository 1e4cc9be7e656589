// A draft's own notes: the footnotes that cite its sources (`[^3]: seeds/vote.md, ¶3: “…”`) and, in plain text,
// bracketed references (`… in March. [2]`) with the list they point to (`[2] seeds/vote.md, ¶3: “…”`). A note says
// where a claim comes from and quotes the source; it is no claim of the article's. Checked as prose, a citation
// would be a quote with no speaker and "[2]" a figure, so a draft's notes are blanked before it is read, the way
// headings are. Sources keep theirs: a source's footnotes are part of what it says.
//
// Blanking keeps the text's length and line breaks, so every offset the checks report still points into the draft.

/** `[^label]:` opening a footnote definition (CommonMark extensions, Pandoc, GitHub). */
const FOOTNOTE_DEFINITION = /^ {0,3}\[\^[^\]\s]+\]:/;
/** A line of a plain-text reference list: `[2] seeds/vote.md …`, or the number alone. */
const REFERENCE_LINE = /^[ \t]*\[\d{1,4}\](?:[ \t]|$)/;
/** A reference mark in running plain text: `[2]`. Digits only, so "[sic]" stays prose. */
const REFERENCE_MARK = /\[\d{1,4}\]/g;

interface Line { start: number; end: number; text: string }

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  for (const m of text.matchAll(/([^\r\n]*)(\r\n|\n|\r|$)/g)) {
    out.push({ start: m.index, end: m.index + m[1].length, text: m[1] });
    if (!m[2]) break;
  }
  return out;
}

const indented = (s: string): boolean => /^(?: {4}|\t)/.test(s);

/**
 * `prose` (the text as the checks read it, same length as `raw`) with the draft's notes blanked. In Markdown a
 * footnote runs from its `[^label]:` line over the lines that continue it: the next lines up to a blank one, and
 * after a blank line those indented as its own paragraphs. Footnote references are blanked by the Markdown mask.
 */
export function blankNotes(prose: string, raw: string, markdown: boolean): string {
  // Most drafts have none: one search instead of a walk over every line.
  if (!raw.includes('[')) return prose;
  const out = prose.split('');
  const blank = (from: number, to: number) => { for (let i = from; i < to; i++) if (out[i] !== '\n' && out[i] !== '\r') out[i] = ' '; };
  if (markdown) {
    let inNote = false, afterBlank = false;
    for (const line of linesOf(raw)) {
      if (!line.text.trim()) { afterBlank = true; continue; }
      if (FOOTNOTE_DEFINITION.test(line.text)) inNote = true;
      else if (inNote && afterBlank && !indented(line.text)) inNote = false;
      afterBlank = false;
      if (inNote) blank(line.start, line.end);
    }
  } else {
    for (const line of linesOf(raw)) {
      if (REFERENCE_LINE.test(line.text)) { blank(line.start, line.end); continue; }
      for (const m of line.text.matchAll(REFERENCE_MARK)) blank(line.start + m.index, line.start + m.index + m[0].length);
    }
  }
  return out.join('');
}
