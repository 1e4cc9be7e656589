import { DraftReport } from '../checks/sentence-cache';
import { ClaimStatus, claimStatus, findingsByClaim } from '../checks/coverage';
import { CoreDiagnostic, EvidenceRef, excerpt, Severity } from '../checks/types';
import { Span } from '../types';

// The Claims view: each claim of a checked draft with how it stands, as the coverage line counts it (supported,
// with an error, unsupported), the findings that make it so, and for a supported claim the passage that backs it.
// A finding outside every claim (a notice about a directive, a name in a heading) gets a row of its own, so the
// view never shows fewer problems than the Problems panel.

export interface ClaimFinding { code: string; severity: Severity; message: string }

export interface ClaimRow extends Span {
  /** A claim's standing; `notice` for a row made of information or hints outside every claim. */
  status: ClaimStatus | 'notice';
  /** The sentence's words on one line. */
  text: string;
  findings: ClaimFinding[];
  /** The passage that backs a supported claim. */
  support?: EvidenceRef;
}

/** Long enough for a sentence; a notice over the whole draft is cut. */
const flat = (s: string) => excerpt(s, 400);
const finding = (d: CoreDiagnostic): ClaimFinding => ({ code: d.code, severity: d.severity, message: d.message });

/** The rows of a draft checked as `report` (its text `text`), in document order. */
export function claimRows(text: string, report: DraftReport): ClaimRow[] {
  const support = new Map(report.supported.map(s => [s.start, s.evidence]));
  const byClaim = findingsByClaim(report.claims, report.diagnostics);
  const placed = new Set(byClaim.flat());
  const rows: ClaimRow[] = report.claims.map((c, i) => {
    const status = claimStatus(byClaim[i]);
    const backing = status === 'supported' ? support.get(c.start) : undefined;
    return { start: c.start, end: c.end, status, text: flat(text.slice(c.start, c.end)), findings: byClaim[i].map(finding), ...(backing ? { support: backing } : {}) };
  });
  for (const d of report.diagnostics) {
    if (placed.has(d)) continue;
    const status = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'unsupported' : 'notice';
    rows.push({ start: d.start, end: d.end, status, text: flat(text.slice(d.start, d.end)), findings: [finding(d)] });
  }
  return rows.sort((a, b) => a.start - b.start);
}
