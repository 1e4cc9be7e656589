// A throwaway code-server session for the end-to-end test: a fresh extensions folder with only the
// packaged .vsix in it, a fresh user-data folder with quiet settings, a workspace like a writer's
// (seeds/ plus a draft), and the server itself on a free loopback port.
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { codeServerEntry } from './install-code-server';

// This file runs from out/test/e2e/.
export const REPO = path.resolve(__dirname, '..', '..', '..');

/** User settings: no trust dialog, no welcome page, no animations (screenshots), nothing reaching out. */
export const SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'workbench.reduceMotion': 'on',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
  'editor.minimap.enabled': false,
  'editor.accessibilitySupport': 'off',
};

export interface Sandbox {
  root: string;
  extensions: string;
  userData: string;
  workspace: string;
  /** code-server's own config file, kept here so nothing is written to ~/.config/code-server. */
  config: string;
}

/** The packaged extension `npm run package` leaves in the repository root. */
export function vsixPath(): string {
  const { name, version } = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  const vsix = path.join(REPO, `${name}-${version}.vsix`);
  if (!fs.existsSync(vsix)) throw new Error(`${vsix} is missing: run \`npm run package\` first`);
  return vsix;
}

/** `seeds: false` leaves the seeds out, for a workspace whose sources are elsewhere or missing. */
export function makeSandbox(draft: string, { seeds = true }: { seeds?: boolean } = {}): Sandbox {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sumber-e2e-'));
  const box: Sandbox = {
    root,
    extensions: path.join(root, 'extensions'),
    userData: path.join(root, 'user-data'),
    workspace: path.join(root, 'workspace'),
    config: path.join(root, 'code-server.yaml'),
  };
  fs.mkdirSync(box.extensions);
  fs.mkdirSync(path.join(box.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(box.userData, 'User', 'settings.json'), JSON.stringify(SETTINGS, null, 2));
  fs.mkdirSync(box.workspace);
  if (seeds) fs.cpSync(path.join(REPO, 'seeds'), path.join(box.workspace, 'seeds'), { recursive: true });
  fs.copyFileSync(draft, path.join(box.workspace, 'draft.md'));
  fs.writeFileSync(box.config, 'auth: none\n');
  return box;
}

/** `code-server --install-extension`: the same path a user takes with a downloaded .vsix. */
export function installVsix(installDir: string, box: Sandbox, vsix: string): string {
  return execFileSync(
    process.execPath,
    [codeServerEntry(installDir), '--config', box.config, '--user-data-dir', box.userData, '--extensions-dir', box.extensions, '--install-extension', vsix],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: sandboxEnv(box) },
  );
}

/**
 * code-server keeps a heartbeat file and its own logs under $XDG_DATA_HOME/code-server (default
 * ~/.local/share); point XDG folders into the sandbox so a test run leaves nothing in $HOME.
 */
function sandboxEnv(box: Sandbox): NodeJS.ProcessEnv {
  return { ...process.env, XDG_DATA_HOME: path.join(box.root, 'xdg-data'), XDG_CONFIG_HOME: path.join(box.root, 'xdg-config') };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  url: string;
  process: ChildProcess;
  /** Everything code-server printed, for failure messages. */
  log: string[];
}

/** Start code-server on 127.0.0.1 and resolve once it says "HTTP server listening". */
export async function startCodeServer(installDir: string, box: Sandbox, timeoutMs = 30_000): Promise<RunningServer> {
  const port = await freePort();
  const args = [
    codeServerEntry(installDir),
    '--config', box.config,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', box.userData,
    '--extensions-dir', box.extensions,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    box.workspace,
  ];
  // Own process group, so stopCodeServer can end code-server and everything it started (extension
  // host, language server) by that one group id.
  const child = spawn(process.execPath, args, { cwd: box.root, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: sandboxEnv(box) });
  const log: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not start in ${timeoutMs} ms:\n${log.join('')}`)), timeoutMs);
    const onData = (data: Buffer) => {
      log.push(data.toString());
      if (log.join('').includes('HTTP server listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited with ${code}:\n${log.join('')}`));
    });
  });
  return { url: `http://127.0.0.1:${port}/`, process: child, log };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** End code-server's process group: SIGTERM, then SIGKILL whatever is left after `graceMs`. */
export async function stopCodeServer(server: RunningServer | undefined, graceMs = 5_000): Promise<void> {
  const pid = server?.process.pid;
  if (!pid) return;
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-pid, sig);
    } catch {
      // The group is gone already.
    }
  };
  signal('SIGTERM');
  const deadline = Date.now() + graceMs;
  while (alive(-pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (alive(-pid)) signal('SIGKILL');
}

/**
 * Prints the end of every Sumber output channel the session wrote (VS Code keeps them as files under the user-data
 * folder's logs/): after a failed step, what the language server did is the first thing to read, and on a CI
 * machine nothing else of the sandbox is left.
 */
export function printServerLogs(box: Sandbox | undefined, lines = 40): void {
  const logs = box ? path.join(box.userData, 'logs') : '';
  if (!logs || !fs.existsSync(logs)) return;
  const files = (fs.readdirSync(logs, { recursive: true }) as string[]).filter((f) => path.basename(f) === 'Sumber.log');
  for (const file of files.sort()) {
    const tail = fs.readFileSync(path.join(logs, file), 'utf8').trimEnd().split('\n').slice(-lines);
    console.error(`--- ${file} (last ${tail.length} lines) ---\n${tail.join('\n')}`);
  }
}

export function removeSandbox(box: Sandbox | undefined): void {
  if (box && !process.env.SUMBER_E2E_KEEP) fs.rmSync(box.root, { recursive: true, force: true });
}

/**
 * Whatever a test did: close its browser (waiting at most ten seconds), end code-server's process group and drop
 * the sandbox. Every end-to-end file's `after` ends its session this way.
 */
export async function endSession(browser: { close(): Promise<void> } | undefined, server: RunningServer | undefined, box: Sandbox | undefined): Promise<void> {
  await Promise.race([browser?.close(), new Promise((r) => setTimeout(r, 10_000))]).catch(() => undefined);
  await stopCodeServer(server);
  removeSandbox(box);
}
