// What the language status item says for each `sumber/status` notification.
// Pure on purpose: nothing here imports `vscode`, so it runs under plain mocha.

import { StatusParams } from '../../server/src/protocol';

export { STATUS_NOTIFICATION, IndexState, StatusParams } from '../../server/src/protocol';

export type StatusSeverity = 'info' | 'warning' | 'error';

export interface StatusDescription {
  text: string;
  detail: string;
  severity: StatusSeverity;
  busy: boolean;
}

/** How many skipped files the detail names before it says "and N more". */
export const MAX_SKIPPED_SHOWN = 5;

export function describeStatus(params: StatusParams): StatusDescription {
  const message = (params.message ?? '').trim();
  const skipped = describeSkipped(params.skipped);
  switch (params.state) {
    case 'indexing':
      return {
        text: '$(sync~spin) Sumber: indexing…',
        detail: message,
        severity: 'info',
        busy: true,
      };
    case 'ready':
      return {
        text: `Sumber: ${plural(params.documents, 'document')}`,
        detail: join([
          `${plural(params.sentences, 'sentence')}, ${plural(params.entities, 'entity', 'entities')}, ${plural(params.quotes, 'quote')}`,
          skipped,
        ]),
        // Some files could not be read: the index works, but is not the whole corpus.
        severity: skipped ? 'warning' : 'info',
        busy: false,
      };
    case 'empty':
      return {
        text: 'Sumber: no sources',
        detail: join([message || 'No corpus files found', skipped]),
        severity: 'warning',
        busy: false,
      };
    case 'error':
      return {
        text: 'Sumber: indexing failed',
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
export const STARTING: StatusDescription = {
  text: '$(sync~spin) Sumber: starting…',
  detail: '',
  severity: 'info',
  busy: true,
};

/** Shown when the server could not start or has stopped for good. */
export function describeStopped(reason: string): StatusDescription {
  return {
    text: 'Sumber: server stopped',
    detail: reason.trim() || 'The Sumber language server is not running',
    severity: 'error',
    busy: false,
  };
}

export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}

function describeSkipped(skipped: readonly string[] | undefined): string {
  if (!skipped || skipped.length === 0) return '';
  const shown = skipped.slice(0, MAX_SKIPPED_SHOWN).join(', ');
  const rest = skipped.length - MAX_SKIPPED_SHOWN;
  return `Skipped ${plural(skipped.length, 'file')}: ${shown}${rest > 0 ? ` and ${rest} more` : ''}`;
}

function join(parts: string[]): string {
  return parts.filter((p) => p.length > 0).join(' — ');
}
