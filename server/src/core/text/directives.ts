// Sumber's own comments in a draft: `<!-- sumber-disable-next-line unknown-entity -->` and its kin. They are found
// here, in the text layer, because two later layers need them: the facts layer must not read a directive as prose
// (a plain-text draft has no Markdown masking to hide it), and the checks read what it silences
// (`checks/disable-comments.ts`). The syntax is the same in Markdown and plain text, and a directive is one line.

export interface DirectiveWord { text: string; start: number; end: number }

export interface DirectiveComment {
  /** The whole comment, from `<!--` to `-->`. */
  start: number;
  end: number;
  /** The word after `<!--`, lower-cased, e.g. "sumber-disable-line"; anything starting "sumber-" counts. */
  name: DirectiveWord;
  /** The words after the name, split on spaces and commas (finding codes, if the writer is right). */
  args: DirectiveWord[];
}

// One line at most: a comment that runs on is an ordinary HTML comment, not a directive. "sumber-" must come
// first, so "<!-- see sumber-disable docs -->" stays a comment about something else.
const DIRECTIVE = /<!--[ \t]*(sumber-[^\s,>]*)([^\r\n]*?)-->/gi;
const WORD = /[^\s,]+/g;

/** Every directive comment of a text, in order. */
export function findDirectiveComments(text: string): DirectiveComment[] {
  // Most drafts have none: one substring search instead of a pattern over the whole text.
  if (!/sumber-/i.test(text)) return [];
  const out: DirectiveComment[] = [];
  for (const m of text.matchAll(DIRECTIVE)) {
    const nameStart = m.index + m[0].indexOf(m[1]);
    const argsStart = nameStart + m[1].length;
    const args = [...m[2].matchAll(WORD)].map(w => ({ text: w[0], start: argsStart + w.index, end: argsStart + w.index + w[0].length }));
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      name: { text: m[1].toLowerCase(), start: nameStart, end: argsStart },
      args,
    });
  }
  return out;
}

/** The text with every directive comment overwritten by spaces (same length, so offsets stay valid). */
export function blankDirectiveComments(text: string, found = findDirectiveComments(text)): string {
  if (!found.length) return text;
  let out = '', at = 0;
  for (const d of found) {
    out += text.slice(at, d.start) + ' '.repeat(d.end - d.start);
    at = d.end;
  }
  return out + text.slice(at);
}
