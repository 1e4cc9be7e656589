import { maskMarkdown } from './markdown';

// Paragraph numbers of a source, for telling a writer where a passage stands ("vote.md ¶3") in the words a
// reference manager uses. They follow the analyser's reading: plain text is one paragraph per line (a line break
// ends a sentence there, see sentences.ts), so every line with text is a paragraph and blank lines are not;
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
