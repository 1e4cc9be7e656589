// What a source says about itself: the headline, byline and date a saved web page, Word file or PDF carries
// beside its text. They tell a writer which article a passage comes from, so the places a writer meets a source
// (its extracted text's view, the Sources list, evidence in the CLI and the editor) show them in one form, made
// here. They are never text the analyser reads: a byline supports no claim unless the body says it too.

export interface SourceMeta {
  headline?: string;
  byline?: string;
  /** As the file gives it (an ISO date from a web page's metadata, a Word file's creation time). */
  date?: string;
}

/** A headline is cut to this many characters where it is one part of a line (evidence, a row's description). */
const HEADLINE_CHARS = 80;

/**
 * The date as a writer cites it: the day of an ISO date or time ("2024-03-05T14:20:00+07:00" → "2024-03-05", the
 * day where the page was published), anything else as given, on one line.
 */
export function shownDate(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const day = /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(date.trim());
  return day ? day[1] : oneLine(date) || undefined;
}

/** `“Headline” (Byline, 2024-03-05)`, whichever parts are known; undefined when none is. */
export function creditOf(meta: SourceMeta | undefined): string | undefined {
  if (!meta) return undefined;
  const headline = meta.headline ? `“${clipped(oneLine(meta.headline), HEADLINE_CHARS)}”` : '';
  const rest = [meta.byline ? oneLine(meta.byline) : '', shownDate(meta.date) ?? ''].filter(Boolean).join(', ');
  if (!headline) return rest || undefined;
  return rest ? `${headline} (${rest})` : headline;
}

/**
 * A piece of evidence as the CLI's evidence line and the editor's related information both give it: the source's
 * words, after the article they come from when the source names itself (`per “Headline” (Byline, date): words`).
 */
export function evidenceNote(words: string, meta: SourceMeta | undefined): string {
  const credit = creditOf(meta);
  return credit ? `per ${credit}: ${words}` : words;
}

/** The lines that head the view of an extracted source ("By: …"); a headline the text opens with is not repeated. */
export function headerLines(meta: SourceMeta | undefined, text: string): string[] {
  if (!meta) return [];
  const lines: string[] = [];
  const headline = meta.headline && oneLine(meta.headline);
  const opening = oneLine(text.slice(0, text.search(/\n\s*\n|$/)));
  if (headline && opening.toLowerCase() !== headline.toLowerCase()) lines.push(`Title: ${headline}`);
  if (meta.byline) lines.push(`By: ${oneLine(meta.byline)}`);
  const date = shownDate(meta.date);
  if (date) lines.push(`Date: ${date}`);
  return lines;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function clipped(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
