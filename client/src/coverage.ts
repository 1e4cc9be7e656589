// The draft's coverage in the status bar ("$(pass) 14/17 $(error) 2 $(warning) 1") for the draft in front, from
// the server's `sumber/coverage` notification after each check; clicking it runs "Sumber: Show Draft Coverage",
// which says the whole sentence and offers the Problems panel.
import * as vscode from 'vscode';
import { CoverageParams, describeCoverage } from './statusText';

export const SHOW_COVERAGE_COMMAND = 'sumber.showCoverage';

export class DraftCoverage implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sumber.coverage', vscode.StatusBarAlignment.Left, 100);
  /** The last coverage of each draft, by uri. */
  private readonly byUri = new Map<string, CoverageParams>();
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.item.name = vscode.l10n.t('Sumber coverage');
    this.item.command = SHOW_COVERAGE_COMMAND;
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument(doc => { this.byUri.delete(doc.uri.toString()); this.render(); }),
    ];
  }

  update(params: CoverageParams): void {
    this.byUri.set(params.uri, params);
    this.render();
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
    const d = describeCoverage(uri ? this.byUri.get(uri) : undefined);
    if (!d) { this.item.hide(); return; }
    this.item.text = d.text;
    this.item.tooltip = d.summary;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
