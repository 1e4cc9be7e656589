// A broken setup is never silent: when the server finds no sources for a folder, the writer is told once and
// offered the fix, a folder picker that writes `sumber.corpus` for that workspace folder.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { StatusParams } from './statusText';

const CHOOSE = 'Choose Sources Folder…';

export class SourcesPrompt {
  /** Messages already shown this session, so a re-index does not nag. */
  private shown = new Set<string>();

  async onStatus(params: StatusParams): Promise<void> {
    if (params.state !== 'empty' && params.state !== 'error') return;
    const message = params.message || 'Sumber found no sources to check against.';
    if (this.shown.has(message)) return;
    this.shown.add(message);
    const choice = await vscode.window.showWarningMessage(`Sumber: ${message}`, CHOOSE);
    if (choice === CHOOSE) await chooseSourcesFolder();
  }
}

/** Asks for the folder that holds the sources and points `sumber.corpus` at its text and Markdown files. */
export async function chooseSourcesFolder(): Promise<boolean> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const picked = await vscode.window.showOpenDialog({
    canSelectFolders: true, canSelectFiles: false, canSelectMany: false,
    defaultUri: folders[0]?.uri, openLabel: 'Use as Sources',
    title: 'Sumber: the folder that holds your sources (articles, interviews, reports)',
  });
  const chosen = picked?.[0];
  if (!chosen) return false;
  const owner = vscode.workspace.getWorkspaceFolder(chosen);
  // Inside a workspace folder the globs are relative to it; elsewhere they are absolute, which the server
  // honours only in a trusted workspace.
  const base = owner ? path.relative(owner.uri.fsPath, chosen.fsPath).split(path.sep).join('/') : chosen.fsPath.split(path.sep).join('/');
  const prefix = base ? `${base}/` : '';
  const patterns = [`${prefix}**/*.txt`, `${prefix}**/*.md`];
  const config = vscode.workspace.getConfiguration('sumber', owner?.uri ?? folders[0]?.uri);
  const target = owner && folders.length > 1 ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Workspace;
  await config.update('corpus', patterns, folders.length ? target : vscode.ConfigurationTarget.Global);
  return true;
}

/**
 * Whether corpus entries may reach outside the workspace folder for this resource: in a trusted workspace, or
 * when the value is the user's own (no workspace or folder value). VS Code already ignores a workspace's
 * restricted `sumber.corpus` in Restricted Mode; the server is told too, so it never has to guess.
 */
export function corpusOutsideAllowed(scope: vscode.Uri | undefined): boolean {
  if (vscode.workspace.isTrusted) return true;
  const inspected = vscode.workspace.getConfiguration('sumber', scope).inspect('corpus');
  return inspected?.workspaceValue === undefined && inspected?.workspaceFolderValue === undefined;
}
