import { blankDirectiveComments, DirectiveComment, DirectiveWord, findDirectiveComments } from '../text/directives';
import { CHECK_CODES, CheckCode, CoreDiagnostic } from './types';
import { Lang } from '../types';
import { say } from '../messages/catalogue';

// A writer who has checked a finding and knows better silences it in the draft itself, where it travels with the
// text (to a colleague, to CI):
//   <!-- sumber-disable-next-line -->              the next line with anything besides directives on it
//   <!-- sumber-disable-line -->                   the line the comment is on
//   <!-- sumber-disable --> … <!-- sumber-enable -->  a region (unclosed: to the end)
// each optionally followed by codes ("unknown-entity, number-mismatch") to silence only those. A finding is
// silenced when it starts on a silenced line. A misspelt code or directive is reported rather than ignored: a
// typo must not leave the writer believing a finding is dismissed, nor silence everything instead.
//
// This runs after the sentence cache (`sentence-cache.ts`), which both the editor and the CLI go through, so
// directives never touch cached findings and both report the same.

/** Where one code is silenced: findings of `code` starting in [from, to). */
interface Silence { code: CheckCode; from: number; to: number }

export interface DisableDirectives {
  silences: Silence[];
  /** Information findings about directives Sumber could not read. */
  notices: CoreDiagnostic[];
}

const KNOWN_CODES: ReadonlySet<string> = new Set(CHECK_CODES);
const DIRECTIVES = ['sumber-disable-next-line', 'sumber-disable-line', 'sumber-disable', 'sumber-enable'];

/** Offsets of the start of every line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** Index of the line holding `offset`. */
function lineOf(starts: number[], offset: number): number {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
  }
  return lo;
}

function notice(word: DirectiveWord, code: CoreDiagnostic['code'], message: string): CoreDiagnostic {
  return { start: word.start, end: word.end, code, severity: 'information', message, evidence: [], fixes: [] };
}

/** The codes a directive names (every code when it names none), reporting the ones that are not codes. */
function codesOf(d: DirectiveComment, notices: CoreDiagnostic[], lang: Lang): CheckCode[] {
  if (!d.args.length) return [...CHECK_CODES];
  const codes: CheckCode[] = [];
  for (const a of d.args) {
    const code = a.text.toLowerCase();
    if (KNOWN_CODES.has(code)) codes.push(code as CheckCode);
    else notices.push(notice(a, 'unknown-directive-code', say(lang, 'unknown-directive-code', { code: a.text, directive: d.name.text, codes: CHECK_CODES.join(', ') })));
  }
  return codes;
}

export function readDisableDirectives(text: string, lang: Lang = 'en'): DisableDirectives {
  const comments = findDirectiveComments(text);
  const silences: Silence[] = [], notices: CoreDiagnostic[] = [];
  if (!comments.length) return { silences, notices };
  const starts = lineStarts(text);
  const lineEnd = (line: number) => (line + 1 < starts.length ? starts[line + 1] : text.length + 1);
  // "Next line" skips lines holding nothing but directives, so directives can be stacked above one line.
  const blanked = blankDirectiveComments(text, comments);
  const isEmpty = (line: number) => !blanked.slice(starts[line], lineEnd(line)).trim();
  /** Open regions: where each code's `sumber-disable` began. */
  const open = new Map<CheckCode, number>();
  for (const d of comments) {
    if (!DIRECTIVES.includes(d.name.text)) {
      notices.push(notice(d.name, 'unknown-directive', say(lang, 'unknown-directive', { directive: d.name.text, directives: DIRECTIVES.join(', ') })));
      continue;
    }
    const codes = codesOf(d, notices, lang);
    const line = lineOf(starts, d.start);
    if (d.name.text === 'sumber-disable-line') {
      for (const code of codes) silences.push({ code, from: starts[line], to: lineEnd(line) });
    } else if (d.name.text === 'sumber-disable-next-line') {
      let next = line + 1;
      while (next < starts.length && isEmpty(next)) next++;
      if (next < starts.length) for (const code of codes) silences.push({ code, from: starts[next], to: lineEnd(next) });
    } else if (d.name.text === 'sumber-disable') {
      // A region runs from comment to comment, so text after `sumber-disable` on its own line is in it.
      for (const code of codes) if (!open.has(code)) open.set(code, d.start);
    } else {
      for (const code of codes) {
        const from = open.get(code);
        if (from !== undefined) silences.push({ code, from, to: d.start });
        open.delete(code);
      }
    }
  }
  for (const [code, from] of open) silences.push({ code, from, to: text.length + 1 });
  return { silences, notices };
}

/**
 * The findings the draft's directives leave, plus notices about directives that could not be read, in document
 * order. Notices themselves are never silenced: they are about the directives.
 */
export function applyDisableComments(text: string, findings: CoreDiagnostic[], lang: Lang = 'en'): CoreDiagnostic[] {
  const { silences, notices } = readDisableDirectives(text, lang);
  if (!silences.length && !notices.length) return findings;
  const kept = findings.filter(f => !silences.some(s => s.code === f.code && f.start >= s.from && f.start < s.to));
  if (!notices.length) return kept;
  // Array.prototype.sort is stable: findings at one offset keep their order.
  return [...kept, ...notices].sort((a, b) => a.start - b.start);
}
