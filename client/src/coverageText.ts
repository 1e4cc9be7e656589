// What the coverage status bar item says for a draft. Pure on purpose: nothing here imports `vscode`, so it runs
// under plain mocha. The sentence itself ("14 of 17 claims supported · 2 errors · 1 unsupported") comes from the
// server, in the findings' language; the bar shows the counts with icons, which need no language.

import { CoverageParams } from '../../server/src/protocol';

export { COVERAGE_NOTIFICATION, CoverageParams } from '../../server/src/protocol';

export interface CoverageDescription {
  /** Status bar text: "$(pass) 14/17 $(error) 2 $(warning) 1". */
  text: string;
  /** The server's sentence, for the tooltip and the command. */
  summary: string;
}

/** The item for a draft's last check, or undefined when there is nothing to show (not checked, no claims). */
export function describeCoverage(params: CoverageParams | undefined): CoverageDescription | undefined {
  const c = params?.coverage;
  if (!c || c.claims === 0) return undefined;
  const parts = [`$(pass) ${c.supported}/${c.claims}`];
  if (c.errors) parts.push(`$(error) ${c.errors}`);
  if (c.unsupported) parts.push(`$(warning) ${c.unsupported}`);
  return { text: parts.join(' '), summary: c.summary };
}
