// The Sumber status bar item: the sources indexed and the findings of the draft in front ("Sumber: 5 sources ·
// 2 findings"), with the draft's coverage sentence as its tooltip; clicking it opens the Sumber view. The counts
// come from the server's `sumber/status` (sources) and `sumber/coverage` (after each check of a draft).
// "Sumber: Show Draft Coverage" says the whole sentence and offers the Problems panel.
import * as vscode from 'vscode';
import { CoverageParams, describeCoverage, StatusParams } from './statusText';
import { describeSummary } from './viewText';
import { FOCUS_VIEW_COMMAND } from './view';

export const SHOW_COVERAGE_COMMAND = 'sumber.showCoverage';

export class DraftCoverage implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sumber.coverage', vscode.StatusBarAlignment.Left, 100);
  /** The last coverage of each draft, by uri. */
  private readonly byUri = new Map<string, CoverageParams>();
  /** Documents in the index, once a corpus is ready (or found empty). */
  private sources: number | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.item.name = vscode.l10n.t('Sumber coverage');
    this.item.command = FOCUS_VIEW_COMMAND;
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument(doc => { this.byUri.delete(doc.uri.toString()); this.render(); }),
    ];
  }

  update(params: CoverageParams): void {
    this.byUri.set(params.uri, params);
    this.render();
  }

  /** A corpus was indexed: its document count is the item's first figure. */
  indexed(params: StatusParams): void {
    if (params.state === 'indexing') return;
    this.sources = params.documents;
    this.render();
  }

  /** Whether the server has checked this document as a draft (a source file opened from the view is none). */
  isCheckedDraft(uri: string): boolean {
    return this.byUri.has(uri);
  }

  /** The active draft's sentence, or undefined when it has none (not a draft, not checked yet). */
  current(): string | undefined {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    return describeCoverage(uri ? this.byUri.get(uri) : undefined)?.summary;
  }

  async show(): Promise<void> {
    const summary = this.current();
    if (!summary) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Sumber has not checked the draft in front yet: open a Markdown or text draft.'));
      return;
    }
    const problems = vscode.l10n.t('Show Problems');
    if ((await vscode.window.showInformationMessage(`Sumber: ${summary}`, problems)) === problems) {
      await vscode.commands.executeCommand('workbench.actions.view.problems');
    }
  }

  private render(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const checked = uri ? this.byUri.get(uri) : undefined;
    const text = describeSummary(this.sources, checked?.findings, vscode.l10n.t);
    if (!text) { this.item.hide(); return; }
    this.item.text = text;
    const summary = describeCoverage(checked)?.summary;
    this.item.tooltip = [summary, vscode.l10n.t('Open the Sumber view')].filter(Boolean).join('\n');
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
