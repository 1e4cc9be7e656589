// The Sumber view in real VS Code (code-server) on the bundled sample, with a file among the sources Sumber cannot
// read: the status bar item says the sources and the draft's findings and opens the view; Sources lists the five
// articles and the skipped file with why; People and organisations lists who the sources name, and a click shows
// every mention; Claims lists the draft's claims with their standing, a click puts the cursor on the sentence, and
// an edit that fixes a claim shows in the list and the status bar.
//
// Run alone with `npm run package && npx tsc -b && npx mocha --no-config --timeout 300000
// out/test/e2e/sumber-view.e2e.test.js`. Screenshots land in test-results/e2e/view-*.png.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { endSession, installVsix, makeSandbox, printServerLogs, REPO, RunningServer, Sandbox, startCodeServer, vsixPath } from './codeServer';
import { ensureCodeServer } from './install-code-server';
import * as wb from './workbench';

interface ViewRow { label: string; description: string; setSize: number }

/** The rows a section of the view draws (a long list draws only what is on screen; `setSize` counts them all). */
async function rowsOf(page: Page, section: string): Promise<ViewRow[]> {
  const pane = page.locator('.part.sidebar .pane', { has: page.locator('.pane-header .title', { hasText: new RegExp(`^${section}$`, 'i') }) });
  const rows = await pane.locator('.pane-body .monaco-list-row').evaluateAll((els: any[]) => els.map((el) => ({
    label: el.querySelector('.label-name')?.textContent ?? '',
    description: el.querySelector('.label-description')?.textContent ?? '',
    setSize: Number(el.getAttribute('aria-setsize') ?? NaN),
    top: parseFloat(el.style.top) || 0,
  })));
  return rows.sort((a, b) => a.top - b.top).map(({ label, description, setSize }) => ({ label, description, setSize }));
}

/** Waits until a section's rows pass `test`, and returns them. */
async function waitForRows(page: Page, section: string, what: string, test: (rows: ViewRow[]) => boolean): Promise<ViewRow[]> {
  let rows: ViewRow[] = [];
  await wb.eventually(`${section}: ${what}`, async () => ((rows = await rowsOf(page, section)), test(rows) ? true : undefined),
    () => rows.map((r) => `${r.label} [${r.description}]`).join(' | '), 60_000);
  return rows;
}

const row = (page: Page, section: string, label: string) =>
  page.locator('.part.sidebar .pane', { has: page.locator('.pane-header .title', { hasText: new RegExp(`^${section}$`, 'i') }) })
    .locator('.monaco-list-row', { has: page.locator('.label-name', { hasText: label }) }).first();

/** Drags the side bar's edge so it is `width` pixels wide: room for the claims' words in the pictures. */
async function widenSideBar(page: Page, width: number): Promise<void> {
  const box = await page.locator('.part.sidebar').boundingBox();
  if (!box) throw new Error('no side bar');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width, y);
  await page.mouse.down();
  await page.mouse.move(box.x + width, y, { steps: 8 });
  await page.mouse.up();
  await wb.eventually(`a side bar ${width} px wide`, async () => (Math.abs(((await page.locator('.part.sidebar').boundingBox())?.width ?? 0) - width) < 20 ? true : undefined));
}

describe('the Sumber view (code-server)', function () {
  this.timeout(120_000);
  let box: Sandbox | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page;

  before(async function () {
    this.timeout(600_000);
    const installDir = ensureCodeServer();
    box = makeSandbox(path.join(REPO, 'examples', 'draft.md'));
    // A picture saved with a text file's name: among the sources, and no text to read.
    fs.writeFileSync(path.join(box.workspace, 'seeds', 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    assert.match(installVsix(installDir, box, vsixPath()), /successfully installed/);
    server = await startCodeServer(installDir, box);
    ({ browser, page } = await wb.openWorkbench(server.url, box.workspace));
    await wb.openDraft(page, 'Putin dan Xi');
  });

  afterEach(async function () {
    if (this.currentTest?.state !== 'failed') return;
    if (page) await wb.shot(page, `view-FAILED-${(this.currentTest.title ?? '').replace(/\W+/g, '-').slice(0, 50)}`).catch(() => undefined);
    printServerLogs(box);
  });

  after(async function () {
    this.timeout(30_000);
    await endSession(browser, server, box);
  });

  it('says the sources and the draft\'s findings in the status bar, and opens the view from there', async () => {
    const item = page.locator('.statusbar-item', { hasText: /^Sumber: 5 sources · 6 findings$/ });
    await item.waitFor({ timeout: 60_000 });
    await item.click();
    await page.locator('.part.sidebar .pane-header .title', { hasText: /^Claims$/i }).waitFor({ timeout: 10_000 });
    await widenSideBar(page, 600);
  });

  it('lists the five sources with their counts, and the file Sumber could not read with why', async () => {
    const rows = await waitForRows(page, 'Sources', 'five sources and one skipped', (r) => r.length === 7);
    assert.deepEqual(rows.slice(0, 5).map((r) => r.label), fs.readdirSync(path.join(REPO, 'seeds')).sort());
    for (const r of rows.slice(0, 5)) assert.match(r.description, /^\d+ sentences · \d+ quotes? · \d+ names?$/);
    assert.deepEqual(rows.slice(5).map((r) => [r.label, r.description]), [['Skipped 1 file', ''], ['photo.txt', 'is a binary file']]);
  });

  it('lists the people and organisations with their mentions; a click shows every mention in the sources', async () => {
    const rows = await waitForRows(page, 'People and Organisations', 'Vladimir Putin', (r) => r.some((x) => x.label === 'Vladimir Putin'));
    const putin = rows.find((r) => r.label === 'Vladimir Putin')!;
    const mentions = Number(/^(\d+) mentions$/.exec(putin.description)?.[1]);
    assert.ok(mentions > 5, putin.description);
    const counts = rows.map((r) => Number(/^(\d+) mentions?$/.exec(r.description)?.[1]));
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a), 'most mentioned first');
    await wb.shot(page, 'view-01-sections');

    await row(page, 'People and Organisations', 'Vladimir Putin').click();
    const peek = page.locator('.zone-widget .peekview-title').first();
    await peek.waitFor({ timeout: 60_000 });
    let title = '';
    await wb.eventually(`the peek counting ${mentions} mentions`, async () =>
      ((title = (await page.locator('.zone-widget .peekview-title').first().textContent()) ?? ''), title.includes(`(${mentions})`) ? true : undefined), () => title);
    assert.match(await wb.activeTab(page), /^00\d_[0-9a-f]+\.txt$/, 'opened at a source');
    await wb.shot(page, 'view-02-mentions');
    await page.keyboard.press('Escape');
  });

  it('lists the draft\'s claims with their standing; a click puts the cursor on the sentence', async () => {
    await page.locator('.editor-group-container .tab', { hasText: 'draft.md' }).click();
    await wb.eventually('the draft back in front', async () => ((await wb.activeTab(page)) === 'draft.md' ? true : undefined));
    // Room for every claim: the other two sections folded.
    await page.locator('.part.sidebar .pane-header', { hasText: /^Sources/i }).click();
    await page.locator('.part.sidebar .pane-header', { hasText: /^People and Organisations/i }).click();
    const rows = await waitForRows(page, 'Claims', 'the fifteen claims', (r) => r.length === 15);
    assert.equal(rows[0].setSize, 15);
    assert.deepEqual(rows.slice(0, 2).map((r) => r.label), [
      'Presiden Rusia Vladimir Putin tiba di Beijing untuk…',
      'Ini merupakan kunjungan pertama Putin setelah kembali…',
    ]);
    assert.match(rows[0].description, /^↗ seeds\/001_4c9eb6d0f9411f2b\.txt ¶5$/);
    const wrong = rows.filter((r) => /^Sumber menyebut|^Kata-kata kutipan|^Menurut sumber/.test(r.description));
    const unsupported = rows.filter((r) => /^Tidak ada sumber/.test(r.description));
    assert.equal(wrong.length, 4, 'the errors, as the coverage counts them');
    assert.equal(unsupported.length, 2);
    assert.equal(rows.filter((r) => r.description.startsWith('↗ ')).length, 9, 'the supported claims, each with its passage');
    await wb.shot(page, 'view-03-claims');

    await row(page, 'Claims', 'Menurut Blinken, China menyediakan sekitar 40 persen…').click();
    await wb.eventually('the cursor on the number claim\'s line', async () => ((await wb.cursor(page))?.line === 15 ? true : undefined));
  });

  it('follows the draft: a fixed figure turns its claim supported, and the status bar counts one finding less', async () => {
    // The click above selected the number claim and put the editor in front: the quick fixes are a key away.
    await page.keyboard.press('Control+.');
    await wb.pickAction(page, 'Ganti dengan “70 persen”');
    const rows = await waitForRows(page, 'Claims', 'the fixed claim supported', (r) => r.some((x) => x.label === 'Menurut Blinken, China menyediakan sekitar 70 persen…' && x.description.startsWith('↗ ')));
    assert.equal(rows.length, 15);
    assert.equal(rows.filter((r) => r.description.startsWith('↗ ')).length, 10);
    await page.locator('.statusbar-item', { hasText: /^Sumber: 5 sources · 5 findings$/ }).waitFor({ timeout: 60_000 });
  });
});
