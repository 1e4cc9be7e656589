// A workspace whose sources are not where Sumber looks by default (no seeds/, the writer keeps them
// in notes/): the warning that says so, its "Choose Sources Folder…" button, code-server's own folder
// picker, the `sumber.corpus` it writes, and the index and diagnostics that follow. Then the same
// picker from the command palette: it warns before taking the folder that holds the draft, then is
// pointed at another folder. Every assertion reads the screen or the settings file the workbench wrote.
//
// Run with `npm run test:e2e`, next to vscode.e2e.test.ts; screenshots land in test-results/e2e/.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { endSession, installVsix, makeSandbox, printServerLogs, REPO, RunningServer, Sandbox, startCodeServer, vsixPath } from './codeServer';
import { ensureCodeServer } from './install-code-server';
import * as wb from './workbench';

/** The corpus setting the prompt writes for a folder: one glob per source type the product reads. */
const globsUnder = (folder: string) => ['txt', 'md', 'html', 'htm', 'docx', 'pdf'].map(ext => `${folder}/**/*.${ext}`);

const FIXTURE = path.join(REPO, 'test', 'e2e', 'fixtures', 'draft.md');
const { VIEWPORT } = wb;
const CHOOSE = 'Choose Sources Folder…';
/** The seed that gives Blinken's "70 persen" (the draft says 40). */
const SEED = '004_b5881bf3274fa01a.txt';

function copySeeds(box: Sandbox, folder: string, files: string[]): void {
  fs.mkdirSync(path.join(box.workspace, folder));
  for (const file of files) fs.copyFileSync(path.join(REPO, 'seeds', file), path.join(box.workspace, folder, file));
}

/** `sumber.corpus` as the workbench wrote it into the workspace's .vscode/settings.json, if it did. */
function corpusSetting(box: Sandbox): string[] | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(box.workspace, '.vscode', 'settings.json'), 'utf8'))['sumber.corpus'];
  } catch {
    return undefined;
  }
}

describe('Sumber in VS Code (code-server), when the workspace has no sources', function () {
  this.timeout(120_000);
  let box: Sandbox | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const timings: [string, number][] = [];
  let stepStart = 0;

  /** Hover the "{}" language status until its Sumber entry matches `wanted`. */
  async function languageStatus(wanted: RegExp): Promise<string> {
    const status = page.locator('[id="status.languageStatus"]');
    const entry = page.locator('.hover-language-status', { hasText: 'Sumber' });
    let seen = '';
    return wb.eventually(
      `${wanted} in the language status hover`,
      async () => {
        await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height / 2);
        await status.hover();
        seen = (await entry.textContent({ timeout: 2_000 })) ?? '';
        return wanted.test(seen) ? seen : undefined;
      },
      () => seen,
      60_000,
    );
  }

  /** Move the pointer off the status bar and wait for the language status hover to go, so it covers nothing. */
  async function leaveStatus(): Promise<void> {
    await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height / 3);
    await page.locator('.hover-language-status').first().waitFor({ state: 'hidden', timeout: 10_000 });
  }

  /** What code-server's simple file dialog shows: its title, the typed path, the listed entries. */
  async function picker(): Promise<{ title: string; value: string; items: string[] }> {
    const widget = page.locator('.quick-input-widget');
    return {
      title: (await widget.locator('.quick-input-title').textContent()) ?? '',
      value: await widget.locator('.quick-input-box input').inputValue(),
      items: await widget.locator('.monaco-list-row .label-name').allTextContents(),
    };
  }

  /**
   * In the open folder picker (code-server's simple file dialog, a quick input): wait for it to start
   * in the workspace folder, type the path of `folder` in it, and wait until it lists that folder's
   * subfolders (none here, so only ".."). Enter then takes the folder.
   */
  async function pickFolder(folder: string): Promise<void> {
    const input = page.locator('.quick-input-widget .quick-input-box input');
    let seen = { title: '', value: '', items: [] as string[] };
    const showing = () => JSON.stringify(seen);
    await wb.eventually('the folder picker open in the workspace folder', async () => {
      seen = await picker();
      return /holds your sources/.test(seen.title) && seen.value === `${box!.workspace}/` && seen.items.includes(folder) ? true : undefined;
    }, showing);
    const target = `${box!.workspace}/${folder}/`;
    await input.fill(target);
    await wb.eventually(`the folder picker inside ${folder}/`, async () => {
      seen = await picker();
      // The dialog may still be settling when it first lists the workspace and can put its own value
      // back after our typing (seen once under load): type the path again until it sticks.
      if (seen.value !== target) await input.fill(target);
      return seen.value === target && seen.items.join() === '..' ? true : undefined;
    }, showing);
  }

  /** Wait for the Problems panel to show a problem `pick` finds. */
  async function problem(pick: (list: wb.Problem[]) => wb.Problem | undefined): Promise<wb.Problem> {
    let list: wb.Problem[] = [];
    return wb.eventually('the problem in the Problems panel', async () => pick((list = await wb.problems(page))), () => wb.describeProblems(list), 60_000);
  }

  before(async function () {
    this.timeout(600_000); // a cold code-server install takes a few minutes
    const installDir = ensureCodeServer();
    box = makeSandbox(FIXTURE, { seeds: false });
    copySeeds(box, 'notes', [SEED]);
    copySeeds(box, 'archive', ['002_5f9adbd90754c8a2.txt', '003_7bfd9efb098ecdeb.txt']);
    const out = installVsix(installDir, box, vsixPath());
    assert.match(out, /successfully installed/, out);
    const t = Date.now();
    server = await startCodeServer(installDir, box);
    ({ browser, page } = await wb.openWorkbench(server.url, box.workspace));
    timings.push(['code-server + workbench', Date.now() - t]);
  });

  beforeEach(() => {
    stepStart = Date.now();
  });

  afterEach(async function () {
    timings.push([this.currentTest?.title ?? '?', Date.now() - stepStart]);
    if (this.currentTest?.state === 'failed' && page) {
      await wb.shot(page, `FAILED-sources-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 50)}`).catch(() => undefined);
      printServerLogs(box);
    }
  });

  after(async function () {
    this.timeout(30_000);
    await endSession(browser, server, box);
    console.log(`    timings: ${timings.map(([what, ms]) => `${what} ${(ms / 1000).toFixed(1)} s`).join('; ')}`);
  });

  it('warns that there are no sources when the draft opens', async () => {
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'draft.md' });
    await row.waitFor({ timeout: 30_000 });
    await row.dblclick();
    const toast = page.locator('.notification-toast', { hasText: 'No sources to check against' });
    await toast.waitFor({ timeout: 60_000 });
    const message = (await toast.locator('.notification-list-item-message').textContent()) ?? '';
    assert.match(message, /^Sumber: No sources to check against: no files match seeds\/\*\*\/\*\.txt, seeds\/\*\*\/\*\.md/);
    assert.ok(await toast.locator('.monaco-button', { hasText: CHOOSE }).isVisible(), 'the toast offers the fix');
    await wb.shot(page, 'sources-01-warning');
    await languageStatus(/Sumber: no sources/);
  });

  it('picks notes/ in the folder picker the button opens and writes sumber.corpus', async () => {
    await leaveStatus();
    await page.locator('.notification-toast .monaco-button', { hasText: CHOOSE }).click();
    await pickFolder('notes');
    await wb.shot(page, 'sources-02-picker-in-notes');
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
    const corpus = await wb.eventually('sumber.corpus in .vscode/settings.json', async () => corpusSetting(box!), () => JSON.stringify(corpusSetting(box!)));
    assert.deepEqual(corpus, globsUnder('notes'));
    assert.equal(await page.locator('.notification-toast', { hasText: 'No sources' }).count(), 0, 'the warning went with the click');
  });

  it('indexes notes/ and flags the wrong number against it', async () => {
    const text = await languageStatus(/Sumber: 1 document(?!s)/);
    assert.match(text, /\d+ sentences/);
    await wb.shot(page, 'sources-03-indexed');
    await leaveStatus();
    await page.locator('[id="status.problems"]').click();
    await page.locator('.markers-panel').waitFor();
    const number = await problem((list) => list.find((p) => p.code === 'number-mismatch'));
    assert.equal(number.line, 5);
    assert.equal(number.severity, 'Error');
    assert.match(number.message, /70 persen/);
    await wb.shot(page, 'sources-04-number-mismatch');
  });

  it('"Sumber: Choose Sources Folder…" warns off the draft\'s own folder and points the corpus at archive/', async () => {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor();
    await input.fill('>Sumber: Choose Sources Folder');
    const command = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Sumber: Choose Sources Folder…' });
    await command.waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    // Enter at once takes the folder the picker starts in, the workspace folder, which holds the draft:
    // Sumber asks first instead of making the draft a source that is never checked.
    await wb.eventually('the folder picker open in the workspace folder', async () => ((await picker()).value === `${box!.workspace}/` ? true : undefined));
    await page.keyboard.press('Enter');
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 10_000 });
    assert.match((await dialog.textContent()) ?? '', /“workspace” also holds draft\.md, which would then count as a source and no longer be checked/);
    await wb.shot(page, 'sources-05-draft-inside');
    await dialog.locator('.monaco-button', { hasText: 'Choose Another Folder…' }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 10_000 });
    assert.deepEqual(corpusSetting(box!), globsUnder('notes'), 'nothing written yet');
    await pickFolder('archive');
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
    const corpus = await wb.eventually(
      'sumber.corpus naming archive/',
      async () => (corpusSetting(box!)?.[0]?.startsWith('archive/') ? corpusSetting(box!) : undefined),
      () => JSON.stringify(corpusSetting(box!)),
    );
    assert.deepEqual(corpus, globsUnder('archive'));
    await languageStatus(/Sumber: 2 documents/);
    await leaveStatus();
    // archive/ has the Putin quote but not Blinken's numbers: the misquote shows, the number-mismatch goes.
    const quote = await problem((list) => (list.some((p) => p.code === 'number-mismatch') ? undefined : list.find((p) => p.code === 'quote-mismatch')));
    assert.equal(quote.line, 7);
    assert.match(quote.message, /teman-teman China kami/);
    await wb.shot(page, 'sources-06-archive');
  });
});
