import type { TextDocument } from 'vscode-languageserver-textdocument';
import { NOTICE_CODES } from './core/checks/types';
import { DraftReport } from './core/checks/sentence-cache';
import { Lang } from './core/types';
import { FolderCorpus } from './folders';

// Each open draft's last published check, and the requests waiting for a version's check to be published (the
// support lenses). Apart from drafts.ts, which makes and publishes the checks: this keeps only what was published.

/** A draft's last published check: the text and version checked, its report, the corpus and language it was checked in. */
export interface CheckedDraft { version: number; text: string; report: DraftReport; folder: FolderCorpus; lang: Lang }

export class PublishedChecks {
  /** The version of each draft whose check was last published, and requests waiting for a version to be checked. */
  private published = new Map<string, number>();
  private waiting = new Map<string, Array<{ version: number; done: () => void }>>();
  /** Each open draft's last published check, for the Claims view. */
  private checked = new Map<string, CheckedDraft>();

  /** Whether a check of the draft was published since it was opened. */
  has(uri: string): boolean {
    return this.published.has(uri);
  }

  /** The draft's last published check, as its diagnostics came from it; undefined before the first. */
  last(uri: string): CheckedDraft | undefined {
    return this.checked.get(uri);
  }

  /** A check just published: the draft's last, which answers the requests waiting for its version. */
  publish(uri: string, check: CheckedDraft): void {
    this.published.set(uri, check.version);
    this.checked.set(uri, check);
    this.settle(uri, check.version);
  }

  /** The draft closed: its checks are forgotten, and every request waiting for one is answered. */
  forget(uri: string): void {
    this.published.delete(uri);
    this.checked.delete(uri);
    this.settle(uri, Infinity);
  }

  /**
   * Whether the check of the draft's current version (or a later one) is published within `timeoutMs`.
   * The support lenses wait for it: answered in the middle of a check they would show the sentences checked so
   * far, and VS Code does not always redraw a line's lenses when a later answer adds one to that line.
   */
  whenChecked(doc: TextDocument, timeoutMs: number): Promise<boolean> {
    if ((this.published.get(doc.uri) ?? -Infinity) >= doc.version) return Promise.resolve(true);
    return new Promise(resolve => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      const list = this.waiting.get(doc.uri) ?? [];
      list.push({ version: doc.version, done: () => { clearTimeout(timer); resolve(true); } });
      this.waiting.set(doc.uri, list);
    });
  }

  private settle(uri: string, version: number): void {
    const list = this.waiting.get(uri);
    if (!list) return;
    const left = list.filter(w => w.version > version);
    for (const w of list) if (w.version <= version) w.done();
    if (left.length) this.waiting.set(uri, left); else this.waiting.delete(uri);
  }
}

/**
 * Findings that more documents cannot take back: a name none of the archive's words spells (the working set
 * knows the whole archive's vocabulary), and the draft's own directives.
 */
const SETTLED_WITHOUT_DOCUMENTS = new Set<string>(['unknown-entity', ...NOTICE_CODES]);

/** Whether a check has a finding the draft's last published one had not (the same code and words) that more documents could take back. */
export function findsMore(report: DraftReport, last: CheckedDraft | undefined): boolean {
  const had = new Set(last?.report.diagnostics.map(d => `${d.code}\u0000${d.message}`));
  return report.diagnostics.some(d => !SETTLED_WITHOUT_DOCUMENTS.has(d.code) && !had.has(`${d.code}\u0000${d.message}`));
}
