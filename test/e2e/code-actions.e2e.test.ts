// The quick fixes a writer uses to settle a finding, in real VS Code (code-server) on the bundled sample draft:
// "Ignore this finding" writes the disable comment, "Add “X” to known names" writes the setting, and a wrong
// speaker's fix puts the sources' speaker in place of the name and nothing else. Each leaves no finding where it
// acted and no new finding anywhere. The draft is Indonesian, so the actions are titled in Indonesian.
//
// Run alone with `npm run package && npx tsc -b && npx mocha --no-config --timeout 300000
// out/test/e2e/code-actions.e2e.test.js`. Screenshots land in test-results/e2e/actions-*.png.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { endSession, installVsix, makeSandbox, printServerLogs, REPO, RunningServer, Sandbox, startCodeServer, vsixPath } from './codeServer';
import { ensureCodeServer } from './install-code-server';
import * as wb from './workbench';

const DRAFT = path.join(REPO, 'examples', 'draft.md');
const original = fs.readFileSync(DRAFT, 'utf8').split('\n');
const codes = (list: wb.Problem[]) => list.map((p) => p.code).sort();

describe('settling findings with quick fixes (code-server)', function () {
  this.timeout(120_000);
  let box: Sandbox | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  /** The findings before each step, to hold the step to removing one and adding none. */
  let current: wb.Problem[] = [];

  /** The draft as saved on disk. */
  async function draftText(): Promise<string> {
    return fs.readFileSync(path.join(box!.workspace, 'draft.md'), 'utf8');
  }

  before(async function () {
    this.timeout(600_000);
    const installDir = ensureCodeServer();
    box = makeSandbox(DRAFT);
    assert.match(installVsix(installDir, box, vsixPath()), /successfully installed/);
    server = await startCodeServer(installDir, box);
    ({ browser, page } = await wb.openWorkbench(server.url, box.workspace));
    await wb.openDraft(page, 'Putin dan Xi');
    await page.locator('[id="status.problems"]').click();
    await page.locator('.markers-panel').waitFor();
    current = await wb.findings(page, 6);
  });

  afterEach(async function () {
    if (this.currentTest?.state !== 'failed') return;
    if (page) await wb.shot(page, `actions-FAILED-${(this.currentTest.title ?? '').replace(/\W+/g, '-').slice(0, 50)}`).catch(() => undefined);
    printServerLogs(box);
  });

  after(async function () {
    this.timeout(30_000);
    await endSession(browser, server, box);
  });

  it('ignores a finding with "Abaikan temuan ini": the comment above its line, the finding gone, none new', async () => {
    const unsupported = current.find((p) => p.code === 'unsupported-claim');
    assert.ok(unsupported, wb.describeProblems(current));
    assert.equal(unsupported.line, 11);
    await wb.goTo(page, 11, 170);
    await page.keyboard.press('Control+.');
    await wb.pickAction(page, 'Abaikan temuan ini');
    const after = await wb.findings(page, 5);
    assert.deepEqual(codes(after), codes(current.filter((p) => p !== unsupported)), wb.describeProblems(after));
    await page.keyboard.press('Control+S');
    let text = '';
    await wb.eventually('the comment saved above the sentence', async () => ((text = await draftText()).includes('sumber-disable') ? true : undefined), () => text);
    const lines = text.split('\n');
    assert.equal(lines[10], '<!-- sumber-disable-next-line unsupported-claim -->');
    assert.equal(lines[11], original[10], 'the sentence itself is untouched');
    await page.mouse.move(wb.VIEWPORT.width / 2, wb.VIEWPORT.height / 3);
    await wb.shot(page, 'actions-01-ignored');
    current = after;
  });

  it('adds an unknown name to the known names: the workspace setting written, the finding gone, none new', async () => {
    const unknown = current.find((p) => p.code === 'unknown-entity');
    assert.ok(unknown, wb.describeProblems(current));
    assert.match(unknown.message, /Sekar Wulandari/);
    await wb.goTo(page, unknown.line, 160);
    await page.keyboard.press('Control+.');
    await wb.pickAction(page, 'Tambahkan “Sekar Wulandari” ke nama yang dikenal');
    const after = await wb.findings(page, 4);
    assert.deepEqual(codes(after), codes(current.filter((p) => p !== unknown)), wb.describeProblems(after));
    const settings = JSON.parse(fs.readFileSync(path.join(box!.workspace, '.vscode', 'settings.json'), 'utf8'));
    assert.deepEqual(settings['sumber.knownNames'], ['Sekar Wulandari']);
    current = after;
  });

  it('gives a quote its speaker from the sources: only the name changes, no finding left on the line, none new', async () => {
    const wrong = current.find((p) => p.code === 'misattributed-quote');
    assert.ok(wrong, wb.describeProblems(current));
    assert.match(wrong.message, /Xi Jinping/);
    const line = wrong.line;
    const was = (await draftText()).split('\n')[line - 1];
    assert.match(was, /” kata Putin\.$/);
    await wb.goTo(page, line, was.length - 3);
    await page.keyboard.press('Control+.');
    await wb.pickAction(page, 'Ganti pembicara menjadi Xi (Xi Jinping)');
    const after = await wb.findings(page, 3);
    assert.deepEqual(after.filter((p) => p.line === line), [], wb.describeProblems(after));
    assert.deepEqual(codes(after), codes(current.filter((p) => p !== wrong)), wb.describeProblems(after));
    await page.keyboard.press('Control+S');
    let text = '';
    await wb.eventually('the fixed line saved', async () => ((text = await draftText()).includes('kata Xi.') ? true : undefined), () => text);
    // The sentence before the quote names Putin too; only the speaker after the quote changes.
    assert.equal(text.split('\n')[line - 1], was.replace(/kata Putin\.$/, 'kata Xi.'));
    await page.mouse.move(wb.VIEWPORT.width / 2, wb.VIEWPORT.height / 3);
    await wb.shot(page, 'actions-02-speaker-fixed');
  });
});
