// The "{}" language status item for drafts: shows what the server's index holds.
import * as vscode from 'vscode';
import { StatusDescription, StatusParams, describeStarting, describeStatus, describeStopped } from './statusText';

const SEVERITY: Record<StatusDescription['severity'], vscode.LanguageStatusSeverity> = {
  info: vscode.LanguageStatusSeverity.Information,
  warning: vscode.LanguageStatusSeverity.Warning,
  error: vscode.LanguageStatusSeverity.Error,
};

export class SumberStatus implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;

  constructor(selector: vscode.DocumentSelector, reindexCommand: string) {
    this.item = vscode.languages.createLanguageStatusItem('sumber.status', selector);
    this.item.name = 'Sumber';
    this.item.command = { title: vscode.l10n.t('Re-index'), command: reindexCommand, tooltip: vscode.l10n.t('Index the source corpus again') };
    this.show(describeStarting(vscode.l10n.t));
  }

  /** Apply a `sumber/status` notification. */
  update(params: StatusParams): void {
    this.show(describeStatus(params, vscode.l10n.t));
  }

  /** The client is (re)starting the server. */
  starting(): void {
    this.show(describeStarting(vscode.l10n.t));
  }

  /** The server failed to start or stopped for good. */
  stopped(reason: string): void {
    this.show(describeStopped(reason, vscode.l10n.t));
  }

  private show(d: StatusDescription): void {
    this.item.text = d.text;
    this.item.detail = d.detail;
    this.item.severity = SEVERITY[d.severity];
    this.item.busy = d.busy;
  }

  dispose(): void {
    this.item.dispose();
  }
}
