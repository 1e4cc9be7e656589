// What the language status item says for each `sumber/status` notification, and the coverage item for each
// `sumber/coverage`.
// Pure on purpose: nothing here imports `vscode`, so it runs under plain mocha. The words go through a translator,
// `vscode.l10n.t` in the extension (l10n/bundle.l10n.*.json), the English source strings here and in tests.

import { CoverageParams, StatusParams } from '../../server/src/protocol';

export { STATUS_NOTIFICATION, IndexState, StatusParams, COVERAGE_NOTIFICATION, CoverageParams } from '../../server/src/protocol';

export type StatusSeverity = 'info' | 'warning' | 'error';

export interface StatusDescription {
  text: string;
  detail: string;
  severity: StatusSeverity;
  busy: boolean;
}

/** `vscode.l10n.t`'s shape: an English message with `{0}`, `{1}` … for the values. */
export type Translate = (message: string, ...args: Array<string | number>) => string;

/** The English source strings with their values filled in. */
export const untranslated: Translate = (message, ...args) => message.replace(/\{(\d+)\}/g, (whole, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : whole));

/** How many skipped files the detail names before it says "and N more". */
export const MAX_SKIPPED_SHOWN = 5;

export function describeStatus(params: StatusParams, t: Translate = untranslated): StatusDescription {
  const message = (params.message ?? '').trim();
  const skipped = describeSkipped(params.skipped, t);
  switch (params.state) {
    case 'indexing':
      return {
        text: `$(sync~spin) ${t('Sumber: indexing…')}`,
        detail: message,
        severity: 'info',
        busy: true,
      };
    case 'ready':
      return {
        text: params.documents === 1 ? t('Sumber: {0} document', 1) : t('Sumber: {0} documents', params.documents),
        detail: join([
          [
            params.sentences === 1 ? t('{0} sentence', 1) : t('{0} sentences', params.sentences),
            params.entities === 1 ? t('{0} entity', 1) : t('{0} entities', params.entities),
            params.quotes === 1 ? t('{0} quote', 1) : t('{0} quotes', params.quotes),
          ].join(', '),
          skipped,
          // The archive: how many of its documents, or why it cannot be reached (the server's sentence says it).
          params.archive ? message : '',
        ]),
        // Some files could not be read, or the archive is out of reach: the index works, but is not the whole corpus.
        severity: skipped || params.archive?.state === 'unreachable' ? 'warning' : 'info',
        busy: false,
      };
    case 'empty':
      return {
        text: t('Sumber: no sources'),
        detail: join([message || t('No corpus files found'), skipped]),
        severity: 'warning',
        busy: false,
      };
    case 'error':
      return {
        text: t('Sumber: indexing failed'),
        detail: join([message, skipped]),
        severity: 'error',
        busy: false,
      };
    default:
      // A newer server with a state this client does not know: show its words.
      return { text: 'Sumber', detail: message, severity: 'info', busy: false };
  }
}

/** Shown between activation and the server's first status notification. */
export function describeStarting(t: Translate = untranslated): StatusDescription {
  return { text: `$(sync~spin) ${t('Sumber: starting…')}`, detail: '', severity: 'info', busy: true };
}

export const STARTING: StatusDescription = describeStarting();

/** Shown when the server could not start or has stopped for good. */
export function describeStopped(reason: string, t: Translate = untranslated): StatusDescription {
  return {
    text: t('Sumber: server stopped'),
    detail: reason.trim() || t('The Sumber language server is not running'),
    severity: 'error',
    busy: false,
  };
}

export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}

function describeSkipped(skipped: readonly string[] | undefined, t: Translate): string {
  if (!skipped || skipped.length === 0) return '';
  const shown = skipped.slice(0, MAX_SKIPPED_SHOWN).join(', ');
  const rest = skipped.length - MAX_SKIPPED_SHOWN;
  const head = skipped.length === 1 ? t('Skipped {0} file: {1}', 1, shown) : t('Skipped {0} files: {1}', skipped.length, shown);
  return rest > 0 ? t('{0} and {1} more', head, rest) : head;
}

function join(parts: string[]): string {
  return parts.filter((p) => p.length > 0).join(' — ');
}

// ── Coverage ────────────────────────────────────────────────────────────────────────────────
// The sentence for a draft's coverage ("14 of 17 claims supported · 2 errors · 1 unsupported") comes from the
// server, in the findings' language; the status bar item's tooltip and "Show Draft Coverage" say it.

export interface CoverageDescription {
  /** The server's sentence, for the tooltip and the command. */
  summary: string;
}

/** The coverage of a draft's last check, or undefined when there is nothing to say (not checked, no claims). */
export function describeCoverage(params: CoverageParams | undefined): CoverageDescription | undefined {
  const c = params?.coverage;
  if (!c || c.claims === 0) return undefined;
  return { summary: c.summary };
}
