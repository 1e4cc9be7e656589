// The packaged extension in real VS Code (code-server in headless Chromium), used the way a writer
// uses it: open the draft, read the status, hover a name, read the Problems panel, jump from a quote
// to its source, apply a quick fix, type a new sentence. Every assertion reads the screen.
//
// Run with `npm run test:e2e` (packages the .vsix first). Not part of `npm test`: it needs Chromium,
// ripgrep and a one-time code-server install (see install-code-server.ts). Screenshots of every step
// land in test-results/e2e/.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { endSession, installVsix, makeSandbox, printServerLogs, REPO, RunningServer, Sandbox, startCodeServer, vsixPath } from './codeServer';
import { ensureCodeServer } from './install-code-server';
import * as wb from './workbench';

const FIXTURE = path.join(REPO, 'test', 'e2e', 'fixtures', 'draft.md');
const { VIEWPORT } = wb;

/** Where in the seeds a phrase stands: the file and 1-based line F12 should land on. */
function seedLinesWith(phrase: string): { file: string; line: number }[] {
  const dir = path.join(REPO, 'seeds');
  return fs.readdirSync(dir).flatMap((file) =>
    fs.readFileSync(path.join(dir, file), 'utf8').split('\n').flatMap((text, i) => (text.includes(phrase) ? [{ file, line: i + 1 }] : [])),
  );
}

describe('Sumber in VS Code (code-server), as a writer uses it', function () {
  this.timeout(120_000);
  let box: Sandbox | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const timings: [string, number][] = [];
  let stepStart = 0;
  const timed = <T>(what: string, work: () => T): T => {
    const t = Date.now();
    const result = work();
    timings.push([what, Date.now() - t]);
    return result;
  };

  before(async function () {
    this.timeout(600_000); // a cold code-server install takes a few minutes
    const installDir = timed('code-server install (or cache check)', () => ensureCodeServer());
    box = makeSandbox(FIXTURE);
    const out = timed('install .vsix', () => installVsix(installDir, box!, vsixPath()));
    assert.match(out, /successfully installed/, out);
    let t = Date.now();
    server = await startCodeServer(installDir, box);
    timings.push(['start code-server', Date.now() - t]);
    t = Date.now();
    ({ browser, page } = await wb.openWorkbench(server.url, box.workspace));
    timings.push(['browser + workbench', Date.now() - t]);
  });

  beforeEach(() => {
    stepStart = Date.now();
  });

  afterEach(async function () {
    timings.push([this.currentTest?.title ?? '?', Date.now() - stepStart]);
    if (this.currentTest?.state === 'failed' && page) {
      await wb.shot(page, `FAILED-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 60)}`).catch(() => undefined);
      printServerLogs(box);
    }
  });

  after(async function () {
    this.timeout(30_000);
    // Whatever happened above: close the browser, end code-server's process group, drop the sandbox.
    await endSession(browser, server, box);
    console.log(`    timings: ${timings.map(([what, ms]) => `${what} ${(ms / 1000).toFixed(1)} s`).join('; ')}`);
  });

  it('opens the draft and shows the indexed corpus in the language status', async () => {
    // Double-click: the draft opens pinned, so jumping to a source later does not replace its tab.
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'draft.md' });
    await row.waitFor({ timeout: 30_000 });
    await row.dblclick();
    await wb.eventually('the draft in the editor', async () => ((await wb.activeTab(page)) === 'draft.md' && (await wb.editorLines(page)).some((l) => l.includes('Blinken menuduh')) ? true : undefined));

    // The "{}" language status: hover it and read the Sumber entry. The extension host starts and the
    // corpus indexes after the editor opens, so re-hover until the entry says the index is ready.
    const status = page.locator('[id="status.languageStatus"]');
    const entry = page.locator('.hover-language-status', { hasText: 'Sumber' });
    let seen = '';
    const text = await wb.eventually(
      '"Sumber: 5 documents" in the language status hover',
      async () => {
        await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height / 2);
        await status.hover();
        seen = (await entry.textContent({ timeout: 2_000 })) ?? '';
        return /Sumber: 5 documents/.test(seen) ? seen : undefined;
      },
      () => seen,
      60_000,
    );
    assert.match(text, /\d+ sentences/, 'the detail says what the index holds');
    await wb.shot(page, '01-language-status');
  });

  it('hovers the surname with the full name and role from the sources', async () => {
    await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height - 100);
    const hover = page.locator('.monaco-editor .monaco-hover:visible');
    let seen = '';
    const text = await wb.eventually(
      'a hover naming Antony Blinken',
      async () => {
        // Found again each time: the support lenses that appear after the check move the lines down.
        const at = await wb.charPoint(page, 'Blinken menuduh', 'Blinken', 2);
        await page.mouse.move(at.x, at.y);
        seen = (await hover.first().textContent({ timeout: 2_000 })) ?? '';
        if (!seen.includes('Antony Blinken')) await page.mouse.move(at.x + 3, at.y); // a small wiggle re-triggers it
        return seen.includes('Antony Blinken') ? seen : undefined;
      },
      () => seen,
    );
    assert.match(text, /Menteri Luar Negeri AS/);
    await wb.settled(hover.first());
    await wb.shot(page, '02-hover-blinken');
  });

  it('lists the wrong number and the misquote in the Problems panel, nothing on supported sentences', async () => {
    await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height - 100);
    await page.locator('[id="status.problems"]').click();
    await page.locator('.markers-panel').waitFor();
    let list: wb.Problem[] = [];
    await wb.eventually(
      'two problems listed, as many as the Problems badge counts',
      async () => {
        list = await wb.problems(page);
        return list.length === 2 && (await wb.problemsBadge(page)) === 2 ? true : undefined;
      },
      () => wb.describeProblems(list),
    );
    const number = list.find((p) => p.code === 'number-mismatch');
    assert.ok(number, wb.describeProblems(list));
    assert.equal(number.line, 5);
    assert.equal(number.severity, 'Error');
    assert.match(number.message, /70 persen/);
    const quote = list.find((p) => p.code === 'quote-mismatch');
    assert.ok(quote, wb.describeProblems(list));
    assert.equal(quote.line, 7);
    assert.match(quote.message, /teman-teman China kami/);
    // Lines 3 (the correct Blinken quote) and 9 (the Samarkand sentence) are supported by the sources.
    assert.deepEqual(list.filter((p) => p.line === 3 || p.line === 9), []);
    await wb.shot(page, '03-problems');
  });

  it('goes from a quote to the source line that holds it with F12', async () => {
    const targets = seedLinesWith('“kontributor utama”');
    assert.ok(targets.length > 0, 'a seed holds the quote');
    const at = await wb.charPoint(page, 'Blinken menuduh', 'kontributor', 3);
    await page.mouse.click(at.x, at.y);
    await wb.eventually('the cursor inside the quote on line 3', async () => ((await wb.cursor(page))?.line === 3 ? true : undefined));
    await page.keyboard.press('F12');
    let seen = '';
    const landed = await wb.eventually(
      'a seed file open at the quoted line',
      async () => {
        const tab = await wb.activeTab(page);
        const pos = await wb.cursor(page);
        seen = `${tab} Ln ${pos?.line}`;
        return targets.find((t) => t.file === tab && t.line === pos?.line);
      },
      () => seen,
    );
    assert.ok((await wb.editorLines(page)).some((l) => l.includes('kontributor utama')), `the quote is on screen in ${landed.file}`);
    await wb.shot(page, '04-go-to-source');
  });

  it('applies the quick fix on the misquote and the draft takes the source wording', async () => {
    await page.locator('.editor-group-container .tab', { hasText: 'draft.md' }).click();
    await wb.eventually('the draft back in front', async () => ((await wb.activeTab(page)) === 'draft.md' ? true : undefined));
    const at = await wb.charPoint(page, 'Kami sangat', 'sangat', 2);
    await page.mouse.click(at.x, at.y);
    await page.keyboard.press('Control+.');
    const wanted = page.locator('.action-widget .monaco-list-row.action[aria-label="Pakai kata-kata sumber"]');
    await wanted.waitFor({ timeout: 10_000 });
    // The draft is Indonesian, so the fix is titled in Indonesian ("Use the source's wording").
    // Pick it from the keyboard (the menu's pointer guard swallows synthetic clicks right after it opens).
    for (let i = 0; i < 10 && !(await wanted.evaluate((el: any) => el.classList.contains('focused'))); i++) await page.keyboard.press('ArrowDown');
    await wb.shot(page, '05-quick-fix-menu');
    await page.keyboard.press('Enter');
    let lines: string[] = [];
    const fixed = await wb.eventually(
      'the source wording in the draft',
      async () => {
        lines = await wb.editorLines(page);
        return lines.find((l) => l.includes('“Kami sangat menghargai posisi yang seimbang dari teman-teman China kami'));
      },
      () => lines.join(' / '),
    );
    assert.doesNotMatch(fixed, /sahabat/);
    assert.match(fixed, /teman-teman China kami,” kata Putin\./, 'the sentence punctuation around the quote stays');
    let list: wb.Problem[] = [];
    await wb.eventually('the misquote gone from the Problems panel', async () => {
      list = await wb.problems(page);
      return !list.some((p) => p.code === 'quote-mismatch') && list.some((p) => p.code === 'number-mismatch') ? true : undefined;
    }, () => wb.describeProblems(list));
    await wb.shot(page, '06-quick-fix-applied');
  });

  it('flags a new wrong weekday within seconds of typing it', async () => {
    await page.keyboard.press('Control+End');
    const last = (await wb.editorLines(page)).length;
    const end = await wb.eventually('the cursor on the last line', async () => {
      const pos = await wb.cursor(page);
      return pos?.line === last ? pos : undefined;
    });
    await page.keyboard.type('\nXi dijadwalkan bertemu dengan Erdogan pada hari Senin.');
    const typed = Date.now();
    let list: wb.Problem[] = [];
    const date = await wb.eventually(
      'a date-mismatch on the new sentence',
      async () => {
        list = await wb.problems(page);
        return list.find((p) => p.code === 'date-mismatch');
      },
      () => wb.describeProblems(list),
      10_000,
    );
    timings.push(['typed → date-mismatch shown', Date.now() - typed]);
    assert.equal(date.line, end.line + 1);
    assert.match(date.message, /hari Jumat/);
    assert.equal(date.severity, 'Error');
    await wb.shot(page, '07-new-date-mismatch');
  });
});
