// Runs the @vscode/test-electron mocha suite (test/electron/suite) inside code-server's extension
// host instead of a downloaded VS Code desktop, which these machines cannot fetch.
//
// How: the workbench URL's `payload` parameter carries extensionDevelopmentPath and
// extensionTestsPath (as vscode-remote:// URIs, since the extension host runs on the server). The
// extension host loads the repository as the development extension, runs the suite's `run()`, and
// when it finishes the workbench calls `window.codeAutomationExit(code)`, which we expose from
// Playwright to learn the result. The suite's console output reaches us through
// `window.codeAutomationLog`.
//
//   npm run build && node out/test/e2e/code-server-suite.js
import * as path from 'node:path';
import { format } from 'node:util';
import { makeSandbox, removeSandbox, REPO, RunningServer, Sandbox, startCodeServer, stopCodeServer } from './codeServer';
import { ensureCodeServer } from './install-code-server';
import { launchBrowser } from './workbench';

const FIXTURE = path.join(REPO, 'test', 'electron', 'fixtures', 'draft.md');
const SUITE = path.join(REPO, 'out', 'test', 'electron', 'suite', 'index');
const TIMEOUT_MS = Number(process.env.SUMBER_SUITE_TIMEOUT_MS) || 180_000;

/** Workbench log lines that are not the suite's: the offline extension gallery and its stack. */
const NOISE = /open-vsx\.org|^\s+at |Resolv(ing|ed) connection token|Creating a socket|Service Worker|builtin extensions cache|ChatSessionStore/;

async function main(): Promise<number> {
  const installDir = ensureCodeServer();
  let box: Sandbox | undefined;
  let server: RunningServer | undefined;
  const browser = await launchBrowser();
  try {
    box = makeSandbox(FIXTURE);
    // Extensions folder stays empty: the repository itself is the extension under test.
    server = await startCodeServer(installDir, box);
    const authority = new URL(server.url).host;
    const remote = (p: string) => `vscode-remote://${authority}${p.split(path.sep).join('/')}`;
    const payload = [
      ['extensionDevelopmentPath', remote(REPO)],
      ['extensionTestsPath', remote(SUITE)],
    ];
    const page = await browser.newPage();
    const exited = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
      const line = format(...(Array.isArray(args) ? args : [args]));
      for (const l of line.split('\n')) if (!NOISE.test(l)) console.log(l);
    });
    const started = Date.now();
    await page.goto(`${server.url}?${new URLSearchParams({ folder: box.workspace, payload: JSON.stringify(payload) })}`);
    const code = await Promise.race([
      exited,
      new Promise<number>((resolve) => setTimeout(() => resolve(-1), TIMEOUT_MS)),
    ]);
    if (code === -1) console.error(`The suite did not finish within ${TIMEOUT_MS} ms.\ncode-server said:\n${server.log.join('')}`);
    else console.log(`Suite finished in code-server with exit code ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return code === 0 ? 0 : 1;
  } finally {
    await Promise.race([browser.close(), new Promise((r) => setTimeout(r, 10_000))]).catch(() => undefined);
    await stopCodeServer(server);
    removeSandbox(box);
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.stack : err);
    process.exit(1);
  },
);
