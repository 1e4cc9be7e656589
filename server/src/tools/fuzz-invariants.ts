import type { Corpus } from '../core/index/corpus';
import type { CoreDiagnostic } from '../core/checks/types';
import { CHECK_CODES } from '../core/checks/types';
import type { HoverResult } from '../core/features/hover';
import type { SourceLocation } from '../core/features/navigation';

// What every answer of the core must satisfy whatever the input: offsets inside the text they point into, known
// codes and severities, evidence in an existing document. An answer that breaks one of these turns into a wrong
// range, a crash in the LSP layer's position conversion, or a link to nowhere. Each function returns the first
// problem in words, or undefined.

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint']);
const CODES = new Set<string>([...CHECK_CODES, 'draft-too-large']);

function badSpan(start: unknown, end: unknown, length: number): boolean {
  return !Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (start as number) > (end as number) || (end as number) > length;
}

function badLocation(corpus: Corpus, loc: SourceLocation): string | undefined {
  const doc = corpus.docs[loc.doc];
  if (!doc) return `location in document ${loc.doc}, which does not exist`;
  if (badSpan(loc.start, loc.end, doc.text.length)) return `location ${loc.start}–${loc.end} outside document ${loc.doc} (${doc.text.length} chars)`;
  return undefined;
}

export function diagnosticProblem(corpus: Corpus, text: string, diagnostics: readonly CoreDiagnostic[]): string | undefined {
  for (const d of diagnostics) {
    if (badSpan(d.start, d.end, text.length)) return `diagnostic ${d.code} at ${d.start}–${d.end} outside the draft (${text.length} chars)`;
    if (!CODES.has(d.code)) return `unknown code ${String(d.code)}`;
    if (!SEVERITIES.has(d.severity)) return `unknown severity ${String(d.severity)} on ${d.code}`;
    if (typeof d.message !== 'string' || !d.message.trim()) return `${d.code} without a message`;
    for (const e of d.evidence) {
      const bad = badLocation(corpus, e);
      if (bad) return `${d.code} evidence: ${bad}`;
      if (e.text !== corpus.docs[e.doc].text.slice(e.start, e.end)) return `${d.code} evidence text differs from the source at its range`;
    }
    for (const f of d.fixes) {
      if (badSpan(f.start, f.end, text.length)) return `${d.code} fix at ${f.start}–${f.end} outside the draft (${text.length} chars)`;
      if (typeof f.newText !== 'string' || typeof f.title !== 'string') return `${d.code} fix without text or title`;
    }
  }
  return undefined;
}

export function hoverProblem(text: string, hover: HoverResult | undefined): string | undefined {
  if (!hover) return undefined;
  if (badSpan(hover.start, hover.end, text.length)) return `hover range ${hover.start}–${hover.end} outside the draft (${text.length} chars)`;
  if (typeof hover.markdown !== 'string' || !hover.markdown) return 'hover without text';
  return undefined;
}

export function locationsProblem(corpus: Corpus, locs: readonly SourceLocation[]): string | undefined {
  for (const l of locs) {
    const bad = badLocation(corpus, l);
    if (bad) return bad;
  }
  return undefined;
}

/** Where two lists of diagnostics first differ, for a failure message; undefined when they are the same. */
export function firstDifference(a: readonly CoreDiagnostic[], b: readonly CoreDiagnostic[]): string | undefined {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = JSON.stringify(a[i]), y = JSON.stringify(b[i]);
    if (x !== y) return `diagnostic ${i} of ${a.length} vs ${b.length}: ${x ?? 'none'} vs ${y ?? 'none'}`;
  }
  return undefined;
}
