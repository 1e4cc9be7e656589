// A new writer's first minutes in real VS Code (code-server): the walkthrough's first step, "Sumber: Open Sample
// Corpus and Draft" run from a window where Sumber has not started (a new window opens on the sample and shows the
// draft with its findings), the walkthrough's steps on the sample (a name's hover, F12 on a quote, the quick fixes),
// the support lens and "Insert citation", and the sample opened again with the writer's edits kept.
//
// Run alone with `npm run package && npx tsc -b && npx mocha --no-config --timeout 300000
// out/test/e2e/onboarding.e2e.test.js` (code-server installed by `npm run test:e2e` once). Screenshots land in
// test-results/e2e/onboarding-*.png; the walkthrough's pictures (media/walkthrough/) are cut from them.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { endSession, installVsix, makeSandbox, printServerLogs, REPO, RunningServer, Sandbox, startCodeServer, vsixPath } from './codeServer';
import { ensureCodeServer } from './install-code-server';
import * as wb from './workbench';

const { VIEWPORT } = wb;

describe('a new writer\'s first minutes with Sumber (code-server)', function () {
  this.timeout(120_000);
  let box: Sandbox | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let sample: Page;

  /** Runs "Open Sample" in `from` and returns the window it opens, once that window shows the draft. */
  async function openSample(from: Page): Promise<Page> {
    const opened = from.context().waitForEvent('page', { timeout: 30_000 });
    await wb.runCommand(from, 'Sumber: Open Sample Corpus and Draft');
    const next = await opened;
    await next.setViewportSize(VIEWPORT);
    await next.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    let tab = '';
    await wb.eventually('the sample draft in the new window', async () => ((tab = await wb.activeTab(next)) === 'draft.md' ? true : undefined), () => tab, 60_000);
    return next;
  }

  before(async function () {
    this.timeout(600_000);
    const installDir = ensureCodeServer();
    // A workspace with no sources and no draft open: nothing here starts Sumber.
    box = makeSandbox(path.join(REPO, 'README.md'), { seeds: false });
    assert.match(installVsix(installDir, box, vsixPath()), /successfully installed/);
    server = await startCodeServer(installDir, box);
    ({ browser, page } = await wb.openWorkbench(server.url, box.workspace));
  });

  afterEach(async function () {
    if (this.currentTest?.state !== 'failed') return;
    const name = `onboarding-FAILED-${(this.currentTest.title ?? '').replace(/\W+/g, '-').slice(0, 50)}`;
    for (const [i, p] of [page, sample].entries()) if (p && !p.isClosed()) await wb.shot(p, `${name}-${i}`).catch(() => undefined);
    printServerLogs(box);
  });

  after(async function () {
    this.timeout(30_000);
    await endSession(browser, server, box);
  });

  it('shows the walkthrough, its first step choosing the sources folder', async () => {
    await wb.runCommand(page, 'Welcome: Open Walkthrough...');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Get Started with Sumber' }).first().waitFor({ timeout: 10_000 });
    await page.locator('.quick-input-widget .quick-input-box input').fill('Get Started with Sumber');
    await page.keyboard.press('Enter');
    const steps = page.locator('.getting-started-step');
    await wb.eventually('the walkthrough\'s five steps', async () => ((await steps.count()) === 5 ? true : undefined));
    const titles = await steps.locator('.step-title').allTextContents();
    assert.deepEqual(titles.map((t) => t.trim()), ['Choose your sources folder', 'Open a draft', 'Hover a name', 'Go from a quote to its source', 'Fix or ignore a finding']);
    const first = steps.first();
    assert.match((await first.getAttribute('class')) ?? '', /expanded/, 'the first step is open');
    assert.ok(await first.locator('.monaco-button', { hasText: 'Choose Sources Folder' }).isVisible());
    // The step's page is drawn beside it (a webview): give it its moment before the picture.
    await page.waitForTimeout(1500);
    await wb.shot(page, 'onboarding-01-walkthrough');
  });

  it('opens the sample from a window where Sumber has not started: the draft and its findings in a new window', async () => {
    const started = Date.now();
    sample = await openSample(page);
    assert.ok((await wb.editorLines(sample)).some((l) => l.includes('Putin dan Xi')), 'the sample draft, from its first line');
    await sample.mouse.move(VIEWPORT.width / 2, VIEWPORT.height - 100);
    await sample.locator('[id="status.problems"]').click();
    await sample.locator('.markers-panel').waitFor();
    const list = await wb.findings(sample, 6);
    console.log(`    sample opened → six findings: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    assert.ok(list.some((p) => p.code === 'number-mismatch' && /Sumber menyebut “70 persen”; draf menyebut “40 persen”/.test(p.message)), wb.describeProblems(list));
    await wb.shot(sample, 'onboarding-02-sample-findings');
  });

  it('shows over a supported sentence where its passage stands, hovers a name, and the sentence with its passage', async () => {
    // Back in the draft from the Problems panel, as a writer would be. VS Code drops a lens request it has scheduled
    // when the editor loses focus and asks again when it regains it: with focus left in the panel, the lenses of a
    // check that ended just as the panel opened would wait for the writer's next click in the text.
    const title = await wb.charPoint(sample, 'Putin dan Xi', 'Pertegas', 2);
    await sample.mouse.click(title.x, title.y);
    // Line 3 holds two supported sentences: a lens each, side by side over the line.
    const lens = sample.locator('.monaco-editor .codelens-decoration', { hasText: '↗ 001_4c9eb6d0f9411f2b.txt ¶6' });
    await lens.first().waitFor({ timeout: 60_000 });
    assert.equal((await lens.first().textContent())?.replace(/\u00a0/g, ' '), '↗ 001_4c9eb6d0f9411f2b.txt ¶5 | ↗ 001_4c9eb6d0f9411f2b.txt ¶6');
    const hover = sample.locator('.monaco-editor .monaco-hover:visible');
    const dossier = await wb.eventually('the hover naming Antony Blinken', async () => {
      // Found again each time: a lens that appears late moves the lines down.
      const at = await wb.charPoint(sample, 'Menurut Blinken', 'Blinken', 2);
      await sample.mouse.move(at.x, at.y);
      const seen = (await hover.first().textContent({ timeout: 2_000 })) ?? '';
      if (!seen.includes('Antony Blinken')) await sample.mouse.move(at.x + 3, at.y);
      return seen.includes('Antony Blinken') ? seen : undefined;
    });
    // The sample's draft is Indonesian, and so are the hover's own words.
    assert.match(dossier, /Disebut \d+ kali dalam \d+ dokumen\./);
    assert.doesNotMatch(dossier, /Mentioned/);
    await wb.settled(hover.first());
    await wb.shot(sample, 'onboarding-03-hover');
    // Off the names, on a supported sentence: the hover shows the passage that backs it.
    await sample.mouse.move(VIEWPORT.width / 2, VIEWPORT.height - 60);
    let seen = '';
    await wb.eventually('the hover with the supporting passage', async () => {
      const word = await wb.charPoint(sample, 'Ini merupakan', 'merupakan', 3);
      await sample.mouse.move(word.x, word.y);
      seen = (await hover.first().textContent({ timeout: 2_000 })) ?? '';
      if (!seen.includes('Didukung sumber')) await sample.mouse.move(word.x + 3, word.y);
      return seen.includes('Didukung sumber') ? true : undefined;
    }, () => seen);
    assert.match(seen, /seeds\/001_4c9eb6d0f9411f2b\.txt ¶6/);
    assert.match(seen, /Ini merupakan kunjungan pertama Putin setelah kembali menjabat\./);
    await wb.settled(hover.first());
    await wb.shot(sample, 'onboarding-03b-support-hover');
    await sample.mouse.move(VIEWPORT.width / 2, VIEWPORT.height - 60);
  });

  it('goes from a quote to its source with F12, and offers the fix and "Ignore" on a finding', async () => {
    const quote = await wb.charPoint(sample, 'Tiongkok mengharapkan', 'mengharapkan', 3);
    await sample.mouse.click(quote.x, quote.y);
    await sample.keyboard.press('F12');
    await wb.eventually('the source in front', async () => ((await wb.activeTab(sample)) === '000_c230f47f23c97080.txt' ? true : undefined));
    await sample.waitForTimeout(1000); // the editor scrolls the selected words into view
    await wb.shot(sample, 'onboarding-04-go-to-source');
    await sample.locator('.editor-group-container .tab', { hasText: 'draft.md' }).click();
    await wb.eventually('the draft back in front', async () => ((await wb.activeTab(sample)) === 'draft.md' ? true : undefined));
    const figure = await wb.charPoint(sample, 'sekitar 40 persen', '40', 1);
    await sample.mouse.click(figure.x, figure.y);
    await sample.keyboard.press('Control+.');
    await sample.locator('.action-widget .monaco-list-row.action[aria-label="Abaikan temuan ini"]').waitFor({ timeout: 10_000 });
    await wb.shot(sample, 'onboarding-05-quick-fixes');
    await sample.keyboard.press('Escape');
  });

  it('inserts a citation of a supported sentence, and the findings stay as they were', async () => {
    const at = await wb.charPoint(sample, 'Ini merupakan', 'pertama', 2);
    await sample.mouse.click(at.x, at.y);
    await sample.keyboard.press('Control+.');
    await wb.pickAction(sample, 'Sisipkan rujukan: 001_4c9eb6d0f9411f2b.txt ¶6');
    let lines: string[] = [];
    await wb.eventually('the footnote mark after the sentence', async () => {
      lines = await wb.editorLines(sample);
      return lines.some((l) => l.includes('kembali menjabat.[^1]')) ? true : undefined;
    }, () => lines.join(' / '));
    await sample.keyboard.press('Control+End');
    await wb.eventually('the note at the end of the draft', async () => {
      lines = await wb.editorLines(sample);
      return lines.some((l) => l.startsWith('[^1]: seeds/001_4c9eb6d0f9411f2b.txt ¶6: “Ini merupakan kunjungan pertama Putin')) ? true : undefined;
    }, () => lines.join(' / '));
    // The check after the edit (300 ms after it) finds what it found before, and nothing on the note.
    await sample.waitForTimeout(3000);
    const list = await wb.findings(sample, 6);
    assert.deepEqual(list.filter((p) => p.line >= 20), [], wb.describeProblems(list));
    await sample.keyboard.press('Control+S');
    // The whole draft on screen for the picture: the lenses, the mark after the sentence and the note.
    await sample.keyboard.press('Control+J');
    await sample.locator('.markers-panel').waitFor({ state: 'hidden' });
    await sample.keyboard.press('Control+Home');
    await sample.waitForTimeout(500);
    await wb.shot(sample, 'onboarding-06-citation');
  });

  it('opens the sample again with the writer\'s citation kept', async () => {
    await sample.close();
    sample = await openSample(page);
    let lines: string[] = [];
    await wb.eventually('the citation the writer inserted', async () => {
      // To the end of the draft on every try: pressed before the reopened editor has its text, the key is lost and
      // the view stays at the top, where the note is not drawn (one run of a full suite).
      await sample.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
      await sample.keyboard.press('Control+End');
      lines = await wb.editorLines(sample);
      return lines.some((l) => l.startsWith('[^1]: seeds/001_4c9eb6d0f9411f2b.txt ¶6')) ? true : undefined;
    }, () => lines.join(' / '));
    await wb.shot(sample, 'onboarding-07-sample-again');
  });
});
