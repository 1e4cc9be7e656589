// The "{}" language status item for drafts: shows what the server's index holds.
import * as vscode from 'vscode';
import { STARTING, StatusDescription, StatusParams, describeStatus, describeStopped } from './statusText';

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
    this.item.command = { title: 'Re-index', command: reindexCommand, tooltip: 'Index the source corpus again' };
    this.show(STARTING);
  }

  /** Apply a `sumber/status` notification. */
  update(params: StatusParams): void {
    this.show(describeStatus(params));
  }

  /** The client is (re)starting the server. */
  starting(): void {
    this.show(STARTING);
  }

  /** The server failed to start or stopped for good. */
  stopped(reason: string): void {
    this.show(describeStopped(reason));
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
