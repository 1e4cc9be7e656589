// Integration tests in a real VS Code (downloaded by @vscode/test-electron).
// Run after `npm run build`:  node out/test/electron/run.js
// Optional: VSCODE_VERSION=1.95.0 (default: stable).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

// This file runs from out/test/electron/.
const root = path.resolve(__dirname, '..', '..', '..');

/** A throwaway workspace: the seed corpus plus the fixture draft. */
function makeWorkspace(): string {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'sumber-electron-'));
  fs.cpSync(path.join(root, 'seeds'), path.join(workspace, 'seeds'), { recursive: true });
  fs.copyFileSync(path.join(root, 'test', 'electron', 'fixtures', 'draft.md'), path.join(workspace, 'draft.md'));
  return workspace;
}

async function main(): Promise<void> {
  const workspace = makeWorkspace();
  try {
    await runTests({
      ...(process.env.VSCODE_VERSION ? { version: process.env.VSCODE_VERSION } : {}),
      extensionDevelopmentPath: root,
      extensionTestsPath: path.resolve(__dirname, 'suite', 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } catch (err) {
    console.error('Integration tests failed:', err instanceof Error ? err.message : err);
    process.exitCode = 1;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

void main();
