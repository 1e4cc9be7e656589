// Installs code-server (real VS Code: the workbench in a browser, the extension host in Node) into a
// cache folder outside the repository, without internet access beyond the npm registry.
//
// Why by hand: code-server's postinstall builds VS Code's native modules and downloads ripgrep from
// GitHub, which fails offline. So we install with --ignore-scripts and redo what postinstall.sh does,
// using the system ripgrep. Steps follow the team recipe (code-server-offline.md) exactly.
//
//   node out/test/e2e/install-code-server.js      install when missing, print the folder
//
// Cache: $SUMBER_E2E_CACHE (default ~/.cache/sumber-e2e)/code-server-<version>. A marker file written
// last makes the install idempotent: a half-finished folder (no marker) is wiped and redone.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** 4.99.x is the last line that runs on Node 20 (newer releases need Node 22). */
export const CODE_SERVER_VERSION = '4.99.4';

const MARKER = '.sumber-e2e-complete';

/** VS Code's native modules that postinstall would rebuild (kerberos needs libkrb5-dev). */
const VSCODE_NATIVE = ['@parcel/watcher', '@vscode/spdlog', 'kerberos', 'native-watchdog', 'node-pty', '@vscode/deviceid'];

export function cacheRoot(): string {
  return process.env.SUMBER_E2E_CACHE || path.join(os.homedir(), '.cache', 'sumber-e2e');
}

export function installDir(): string {
  return path.join(cacheRoot(), `code-server-${CODE_SERVER_VERSION}`);
}

/** code-server's Node entry point inside the install folder. */
export function codeServerEntry(dir = installDir()): string {
  return path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

function which(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // Not in this PATH entry.
    }
  }
  return undefined;
}

/** Run npm (or node) in `cwd`, its output on our stderr so the log shows progress without polluting stdout. */
function run(log: (line: string) => void, cwd: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  log(`$ (cd ${path.relative(cacheRoot(), cwd) || '.'}) ${command} ${args.join(' ')}`);
  execFileSync(command, args, { cwd, stdio: ['ignore', process.stderr, process.stderr], env: { ...process.env, ...env } });
}

/**
 * node-gyp downloads Node's headers from nodejs.org unless told where they are. A Node installed from
 * a distribution package ships them next to the binary (/usr/bin/node → /usr/include/node), so
 * point node-gyp there when they exist and nothing else was configured.
 */
function headers(): NodeJS.ProcessEnv {
  const prefix = path.resolve(path.dirname(process.execPath), '..');
  if (process.env.npm_config_nodedir || !fs.existsSync(path.join(prefix, 'include', 'node', 'node.h'))) return {};
  return { npm_config_nodedir: prefix };
}

/** Replace whatever is at `link` with a symlink to `target` (relative, as postinstall.sh makes them). */
function symlink(target: string, link: string): void {
  fs.rmSync(link, { recursive: true, force: true });
  fs.symlinkSync(target, link);
}

/** Install code-server when the marker is missing; returns the install folder. Takes ~1–3 minutes cold. */
export function ensureCodeServer(log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): string {
  const dir = installDir();
  if (fs.existsSync(path.join(dir, MARKER))) return dir;

  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 20) throw new Error(`code-server ${CODE_SERVER_VERSION} needs Node 20; this is Node ${process.versions.node}`);
  const rg = which('rg');
  if (!rg) throw new Error('ripgrep (rg) is not on PATH: apt-get install -y ripgrep');

  const started = Date.now();
  log(`Installing code-server ${CODE_SERVER_VERSION} into ${dir}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  // Our own package.json, so npm installs here and not into some package.json further up the tree.
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'sumber-e2e-code-server', private: true }, null, 2));

  const npm = ['--no-audit', '--no-fund', '--ignore-scripts'];
  // node-pty's install script calls `npx node-gyp`; npm_config_yes lets npx fetch it without asking.
  const yes = { npm_config_yes: 'true', ...headers() };

  run(log, dir, 'npm', ['install', ...npm, `code-server@${CODE_SERVER_VERSION}`]);

  const top = path.join(dir, 'node_modules', 'code-server');
  const vscode = path.join(top, 'lib', 'vscode');
  run(log, vscode, 'npm', ['install', '--omit=dev', ...npm]);
  const rgBin = path.join(vscode, 'node_modules', '@vscode', 'ripgrep', 'bin');
  fs.mkdirSync(rgBin, { recursive: true });
  fs.copyFileSync(rg, path.join(rgBin, 'rg'));
  fs.chmodSync(path.join(rgBin, 'rg'), 0o755);
  run(log, vscode, 'npm', ['rebuild', ...VSCODE_NATIVE], yes);
  // VS Code (and extensions) look for unpacked asar contents here; code-server ships them in node_modules.
  symlink('node_modules', path.join(vscode, 'node_modules.asar'));
  symlink('code-linux.sh', path.join(vscode, 'bin', 'remote-cli', 'code-server'));
  symlink('browser-linux.sh', path.join(vscode, 'bin', 'helpers', 'browser.sh'));

  const extensions = path.join(vscode, 'extensions');
  run(log, extensions, 'npm', ['install', '--omit=dev', ...npm]);
  run(log, extensions, process.execPath, ['./postinstall.mjs']);

  // argon2 (password hashing) is a dependency of code-server itself, hoisted to the install folder.
  run(log, dir, 'npm', ['rebuild', 'argon2'], yes);

  if (!fs.existsSync(codeServerEntry(dir))) throw new Error(`code-server entry point missing: ${codeServerEntry(dir)}`);
  fs.writeFileSync(path.join(dir, MARKER), `code-server ${CODE_SERVER_VERSION} installed ${new Date().toISOString()}\n`);
  log(`code-server installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return dir;
}

if (require.main === module) {
  try {
    const started = Date.now();
    const dir = ensureCodeServer();
    process.stderr.write(`code-server ready (${Date.now() - started} ms)\n`);
    process.stdout.write(`${dir}\n`);
  } catch (err) {
    process.stderr.write(`install-code-server: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
}
