// "Sumber: Open Sample Corpus and Draft": the bundled seeds and example draft in a folder of the extension's own
// storage, opened in a new window that shows the draft. It works from any window (VS Code starts the extension
// for a contributed command), keeps the writer's edits to the sample (sampleFiles.ts copies only what is missing),
// and the new window, where no draft is open yet, starts Sumber because the folder holds the sample's marker.
import * as vscode from 'vscode';
import { DRAFT, MARKER, prepareSample, SampleFs, takeOpenRequest } from './sampleFiles';

const uriFs: SampleFs<vscode.Uri> = {
  join: (dir, name) => vscode.Uri.joinPath(dir, name),
  list: async (dir) => (await vscode.workspace.fs.readDirectory(dir)).map(([name, type]): [string, boolean] => [name, (type & vscode.FileType.Directory) !== 0]),
  exists: async (p) => {
    try {
      await vscode.workspace.fs.stat(p);
      return true;
    } catch {
      return false;
    }
  },
  mkdir: async (dir) => vscode.workspace.fs.createDirectory(dir),
  copy: async (from, to) => vscode.workspace.fs.copy(from, to, { overwrite: false }),
  read: async (p) => new TextDecoder().decode(await vscode.workspace.fs.readFile(p)),
  write: async (p, text) => vscode.workspace.fs.writeFile(p, new TextEncoder().encode(text)),
};

function sampleFolder(extension: vscode.ExtensionContext): vscode.Uri {
  return vscode.Uri.joinPath(extension.globalStorageUri, 'sample');
}

function isOpenFolder(folder: vscode.Uri): boolean {
  const key = folder.toString();
  return (vscode.workspace.workspaceFolders ?? []).some((f) => f.uri.toString() === key);
}

async function showDraft(folder: vscode.Uri): Promise<void> {
  await vscode.window.showTextDocument(vscode.Uri.joinPath(folder, DRAFT), { preview: false });
}

export async function openSample(extension: vscode.ExtensionContext): Promise<void> {
  const sample = sampleFolder(extension);
  const bundled = extension.extensionUri;
  await prepareSample(uriFs, sample, { seeds: vscode.Uri.joinPath(bundled, 'seeds'), draft: vscode.Uri.joinPath(bundled, 'examples', 'draft.md') });
  if (isOpenFolder(sample)) {
    await takeOpenRequest(uriFs, sample);
    await showDraft(sample);
    return;
  }
  await vscode.commands.executeCommand('vscode.openFolder', sample, { forceNewWindow: true });
}

/**
 * In the sample's window: opens the draft when the marker asks for it, at activation (the window "Open Sample"
 * just opened) and whenever it asks again (the command run from another window while this one is open, which VS
 * Code brings to the front instead of opening the folder twice).
 */
export function followSample(extension: vscode.ExtensionContext): vscode.Disposable {
  const sample = sampleFolder(extension);
  if (!isOpenFolder(sample)) return new vscode.Disposable(() => undefined);
  const check = () => void takeOpenRequest(uriFs, sample).then((open) => (open ? showDraft(sample) : undefined));
  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(sample, MARKER.join('/')));
  const subscriptions = [watcher, watcher.onDidChange(check), watcher.onDidCreate(check)];
  check();
  return vscode.Disposable.from(...subscriptions);
}
