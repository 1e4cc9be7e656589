import { Lang, Span } from '../types';
import { CoreDiagnostic } from './types';
import { say } from '../messages/catalogue';

// How much of a draft the sources back, in one line a writer reads before filing: "14 of 17 claims supported ·
// 2 errors · 1 unsupported". Every claim (a sentence the checks read as one) is in one of three piles: with an
// error (a wrong figure, name or quote: the sources say otherwise), else with a warning (no source backs it), else
// supported. Information and hints (a notice, a finding turned down to a hint) count against nothing, and a
// finding silenced by a disable comment is gone before it is counted.

export interface Coverage {
  claims: number;
  supported: number;
  /** Claims with at least one error. */
  errors: number;
  /** Claims with a warning and no error. */
  unsupported: number;
}

/** How a claim stands: wrong by at least one error, else unsupported by a warning, else supported. */
export type ClaimStatus = 'supported' | 'error' | 'unsupported';

export function claimStatus(findings: readonly CoreDiagnostic[]): ClaimStatus {
  if (findings.some(f => f.severity === 'error')) return 'error';
  return findings.some(f => f.severity === 'warning') ? 'unsupported' : 'supported';
}

/**
 * Each claim's findings (those that start inside it), in claim order; a finding that starts in no claim is in none.
 * Both lists are in document order, so one pass pairs them. Coverage counts these, the Claims view lists them.
 */
export function findingsByClaim(claims: readonly Span[], diagnostics: readonly CoreDiagnostic[]): CoreDiagnostic[][] {
  const sorted = [...diagnostics].sort((a, b) => a.start - b.start);
  let k = 0;
  return claims.map(c => {
    while (k < sorted.length && sorted[k].start < c.start) k++;
    const own: CoreDiagnostic[] = [];
    for (let i = k; i < sorted.length && sorted[i].start < c.end; i++) own.push(sorted[i]);
    return own;
  });
}

export function coverageOf(claims: readonly Span[], diagnostics: readonly CoreDiagnostic[]): Coverage {
  const out: Coverage = { claims: claims.length, supported: 0, errors: 0, unsupported: 0 };
  for (const findings of findingsByClaim(claims, diagnostics)) {
    const status = claimStatus(findings);
    if (status === 'error') out.errors++;
    else if (status === 'unsupported') out.unsupported++;
    else out.supported++;
  }
  return out;
}

/** The line for a person: "14 of 17 claims supported · 2 errors · 1 unsupported", in the reader's language. */
export function describeCoverage(lang: Lang, c: Coverage): string {
  const parts = [say(lang, c.claims === 1 ? 'coverage.one' : 'coverage', { supported: c.supported, claims: c.claims })];
  if (c.errors) parts.push(say(lang, c.errors === 1 ? 'coverage.error' : 'coverage.errors', { n: c.errors }));
  if (c.unsupported) parts.push(say(lang, 'coverage.unsupported', { n: c.unsupported }));
  return parts.join(' · ');
}
