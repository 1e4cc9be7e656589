// Every command the extension contributes, as one table. `extension.ts` registers them in a loop;
// each id must also be listed under `contributes.commands` in package.json.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { chooseSourcesFolder } from './sources-prompt';
import { DraftCoverage, SHOW_COVERAGE_COMMAND } from './coverage';
import { openSample } from './sample';
import { SHOW_MENTIONS_COMMAND, SumberView } from './view';

/** Method name of the client → server re-index request (no params). */
export { REINDEX_REQUEST } from '../../server/src/protocol';
import { ADD_KNOWN_NAME_COMMAND, REINDEX_REQUEST } from '../../server/src/protocol';

export interface ReindexResult {
  documents: number;
}

/** Where the archive's password is kept: the editor's secret storage, never a settings file. */
export const ARCHIVE_PASSWORD_SECRET = 'sumber.archivePassword';

export interface CommandContext {
  extension: vscode.ExtensionContext;
  /** The environment the server starts with; the archive's password reaches the server only through it. */
  serverEnv: NodeJS.ProcessEnv;
  client: LanguageClient;
  output: vscode.OutputChannel;
  coverage: DraftCoverage;
  view: SumberView;
}

export interface Command {
  id: string;
  /** `args` are what the caller passed (a code action's command arguments); palette commands get none. */
  run: (ctx: CommandContext, ...args: unknown[]) => unknown;
}

export const commands: readonly Command[] = [
  { id: 'sumber.reindex', run: reindex },
  { id: 'sumber.showOutput', run: (ctx) => ctx.output.show() },
  { id: 'sumber.openSample', run: (ctx) => openSample(ctx.extension) },
  { id: 'sumber.chooseSources', run: () => chooseSourcesFolder() },
  { id: SHOW_COVERAGE_COMMAND, run: (ctx) => ctx.coverage.show() },
  { id: ADD_KNOWN_NAME_COMMAND, run: (_ctx, name, uri) => addKnownName(name, uri) },
  { id: SHOW_MENTIONS_COMMAND, run: (ctx, folder, id, name) => ctx.view.showMentions(folder, id, name) },
  { id: 'sumber.setArchivePassword', run: setArchivePassword },
];

/**
 * Asks for the archive's password once and keeps it in the secret storage; the server is restarted with it in its
 * environment (a message could be traced, the environment is not). An empty answer forgets the password.
 */
async function setArchivePassword(ctx: CommandContext): Promise<void> {
  const value = await vscode.window.showInputBox({
    password: true, ignoreFocusOut: true,
    prompt: vscode.l10n.t('The password of the archive set in sumber.archive (kept in the editor\'s secret storage; empty to forget it)'),
  });
  if (value === undefined) return;
  if (value) {
    await ctx.extension.secrets.store(ARCHIVE_PASSWORD_SECRET, value);
    ctx.serverEnv.SUMBER_ARCHIVE_PASSWORD = value;
  } else {
    await ctx.extension.secrets.delete(ARCHIVE_PASSWORD_SECRET);
    delete ctx.serverEnv.SUMBER_ARCHIVE_PASSWORD;
  }
  await ctx.client.restart();
}

/**
 * The "Add to known names" code action: appends the name to `sumber.knownNames` where the draft's own settings
 * live (its workspace folder's `.vscode/settings.json`; the workspace, or the user settings for a loose file).
 * The server re-checks on the configuration change, and the finding goes.
 */
async function addKnownName(name: unknown, uri: unknown): Promise<void> {
  if (typeof name !== 'string' || !name.trim()) return;
  const scope = typeof uri === 'string' ? vscode.Uri.parse(uri) : undefined;
  const target = scope && vscode.workspace.getWorkspaceFolder(scope) ? vscode.ConfigurationTarget.WorkspaceFolder
    : vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const config = vscode.workspace.getConfiguration('sumber', scope);
  // The list in effect, not the one at the target alone: a folder's list replaces the user's (VS Code does not
  // merge arrays), so writing only the folder's names plus one would drop the user's names for that folder.
  const effective = config.get<unknown>('knownNames');
  const current = Array.isArray(effective) ? effective.filter((n): n is string => typeof n === 'string') : [];
  if (current.some(n => n.toLowerCase() === name.trim().toLowerCase())) return;
  await config.update('knownNames', [...current, name.trim()], target);
}

async function reindex(ctx: CommandContext): Promise<void> {
  try {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Sumber: re-indexing') },
      () => ctx.client.sendRequest<ReindexResult>(REINDEX_REQUEST),
    );
    void vscode.window.showInformationMessage(result.documents === 1
      ? vscode.l10n.t('Sumber re-indexed {0} document', 1) : vscode.l10n.t('Sumber re-indexed {0} documents', result.documents));
  } catch (err) {
    const choice = await vscode.window.showErrorMessage(
      vscode.l10n.t('Sumber could not re-index: {0}', err instanceof Error ? err.message : String(err)),
      vscode.l10n.t('Show Output'),
    );
    if (choice) ctx.output.show();
  }
}
