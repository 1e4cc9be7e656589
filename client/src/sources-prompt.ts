// A broken setup is never silent: when the server finds no sources for a folder, the writer is told once and
// offered the fix, a folder picker that writes `sumber.corpus` for that workspace folder.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { StatusParams } from './statusText';

const CHOOSE = () => vscode.l10n.t('Choose Sources Folder…');

export class SourcesPrompt {
  /** Messages already shown this session, so a re-index does not nag. */
  private shown = new Set<string>();

  async onStatus(params: StatusParams): Promise<void> {
    if (params.state !== 'empty' && params.state !== 'error') return;
    const message = params.message || vscode.l10n.t('Sumber found no sources to check against.');
    if (this.shown.has(message)) return;
    this.shown.add(message);
    const choose = CHOOSE();
    const choice = await vscode.window.showWarningMessage(`Sumber: ${message}`, choose);
    if (choice === choose) await chooseSourcesFolder();
  }
}

/** The file types a chosen folder's patterns take in. */
const SOURCE_FILE = /\.(txt|md)$/;

/** Asks for the folder that holds the sources and points `sumber.corpus` at its text, Markdown, web page, Word and PDF files. */
export async function chooseSourcesFolder(): Promise<boolean> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  let start = folders[0]?.uri;
  let chosen: vscode.Uri | undefined;
  const other = vscode.l10n.t('Choose Another Folder…'), anyway = vscode.l10n.t('Use It Anyway');
  for (;;) {
    const picked = await vscode.window.showOpenDialog({
      canSelectFolders: true, canSelectFiles: false, canSelectMany: false,
      defaultUri: start, openLabel: vscode.l10n.t('Use as Sources'),
      title: vscode.l10n.t('Sumber: the folder that holds your sources (articles, interviews, reports)'),
    });
    chosen = picked?.[0];
    if (!chosen) return false;
    // The picker starts in the workspace folder, so one Enter takes the folder the draft is in: its patterns would
    // make the draft a source, and a source is never checked. Say so before writing anything.
    const drafts = draftsInside(chosen);
    if (!drafts.length) break;
    const choice = await vscode.window.showWarningMessage(
      drafts.length === 1
        ? vscode.l10n.t('Sumber: “{0}” also holds {1}, which would then count as a source and no longer be checked.', path.basename(chosen.fsPath), drafts[0])
        : vscode.l10n.t('Sumber: “{0}” also holds {1}, which would then count as sources and no longer be checked.', path.basename(chosen.fsPath), drafts.join(', ')),
      { modal: true, detail: vscode.l10n.t('Choose the folder that holds only your sources, or use this one anyway.') },
      other, anyway,
    );
    if (choice === anyway) break;
    if (choice !== other) return false;
    start = chosen;
  }
  const owner = vscode.workspace.getWorkspaceFolder(chosen);
  // Inside a workspace folder the globs are relative to it; elsewhere they are absolute, which the server
  // honours only in a trusted workspace.
  const base = owner ? path.relative(owner.uri.fsPath, chosen.fsPath).split(path.sep).join('/') : chosen.fsPath.split(path.sep).join('/');
  const prefix = base ? `${base}/` : '';
  const patterns = [`${prefix}**/*.txt`, `${prefix}**/*.md`, `${prefix}**/*.html`, `${prefix}**/*.htm`, `${prefix}**/*.docx`, `${prefix}**/*.pdf`];
  const config = vscode.workspace.getConfiguration('sumber', owner?.uri ?? folders[0]?.uri);
  const target = owner && folders.length > 1 ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Workspace;
  await config.update('corpus', patterns, folders.length ? target : vscode.ConfigurationTarget.Global);
  return true;
}

/** Names of the drafts on screen (text or Markdown files) that the patterns for `folder` would take in. */
function draftsInside(folder: vscode.Uri): string[] {
  const names = vscode.window.visibleTextEditors
    .map((e) => e.document)
    .filter((d) => d.uri.scheme === 'file' && (d.languageId === 'markdown' || d.languageId === 'plaintext') && SOURCE_FILE.test(d.uri.fsPath))
    .map((d) => path.relative(folder.fsPath, d.uri.fsPath))
    .filter((rel) => rel && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
  return [...new Set(names)];
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
