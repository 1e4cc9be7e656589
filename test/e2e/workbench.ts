// Playwright helpers that read and drive the VS Code workbench the way a writer does: by what is on
// screen (tabs, status bar, hover widgets, the Problems panel), never through the extension API.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Browser, chromium, Locator, Page } from 'playwright-core';

/** Debian's Chromium; playwright-core downloads no browser of its own. */
export const CHROMIUM = process.env.SUMBER_E2E_CHROMIUM || '/usr/bin/chromium';

export const SHOTS = path.join(__dirname, '..', '..', '..', 'test-results', 'e2e');

export function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** The size every end-to-end test's window has, so screenshots and coordinates compare from run to run. */
export const VIEWPORT = { width: 1440, height: 1000 };

/** A browser showing the workbench of code-server at `url` with `folder` open, once the workbench is drawn. */
export async function openWorkbench(url: string, folder: string): Promise<{ browser: Browser; page: Page }> {
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.goto(`${url}?${new URLSearchParams({ folder })}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  return { browser, page };
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Poll `probe` until it returns a value (not undefined) or `timeoutMs` passes. UI state arrives
 * asynchronously (extension host start, indexing, debounce), so tests wait for what they expect to
 * see instead of sleeping; `seen` says what the screen showed when it gave up.
 */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined>, seen: () => string = () => '', timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; saw: ${seen()}`);
    await sleep(200);
  }
}

export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** Wait until a widget has finished fading in (editor hovers animate even with reduced motion), so a screenshot shows it solid. */
export async function settled(widget: Locator): Promise<void> {
  await eventually('the widget to finish fading in', async () =>
    (await widget.evaluate((el: any) => (globalThis as any).getComputedStyle(el).opacity)) === '1' ? true : undefined,
  );
}

/** Monaco renders spaces as U+00A0; compare with ordinary spaces. */
const norm = (s: string) => s.replace(/\u00a0/g, ' ');

/** The rendered text of the active editor's visible lines. */
export async function editorLines(page: Page): Promise<string[]> {
  const lines = await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().evaluate((el: any) =>
    [...el.querySelectorAll('.view-line')]
      .sort((a: any, b: any) => parseFloat(a.style.top) - parseFloat(b.style.top))
      .map((l: any) => l.textContent as string),
  );
  return lines.map(norm);
}

/**
 * Screen coordinates of the character `offset` characters into `word`, on the first rendered line of
 * the active editor that contains `lineText`. Runs in the page: a DOM Range over Monaco's text spans
 * gives the exact box even with proportional glyphs such as curly quotes.
 */
export async function charPoint(page: Page, lineText: string, word: string, offset: number): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ([lineText, word, offset]) => {
      const doc = (globalThis as any).document;
      const clean = (s: string) => s.replace(/\u00a0/g, ' ');
      const lines = [...doc.querySelectorAll('.editor-group-container.active .monaco-editor .view-line')];
      const line: any = lines.find((l: any) => clean(l.textContent).includes(lineText));
      if (!line) return null;
      const walker = doc.createTreeWalker(line, 4 /* NodeFilter.SHOW_TEXT */);
      const nodes: [any, number][] = [];
      let all = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push([n, all.length]);
        all += clean(n.textContent);
      }
      const at = all.indexOf(word, all.indexOf(lineText));
      if (at < 0) return null;
      const target = at + offset;
      for (const [node, start] of nodes) {
        if (target < start || target >= start + node.textContent.length) continue;
        const range = doc.createRange();
        range.setStart(node, target - start);
        range.setEnd(node, target - start + 1);
        const box = range.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }
      return null;
    },
    [lineText, word, offset] as const,
  );
  if (!point) throw new Error(`no rendered line with ${JSON.stringify(lineText)} / ${JSON.stringify(word)}`);
  return point;
}

/** The active editor tab's title (the file name). */
export async function activeTab(page: Page): Promise<string> {
  return norm((await page.locator('.editor-group-container.active .tab.active .label-name').first().textContent()) ?? '');
}

/** The status bar's cursor position, e.g. { line: 16, column: 157 }. */
export async function cursor(page: Page): Promise<{ line: number; column: number } | undefined> {
  const text = (await page.locator('[id="status.editor.selection"]').textContent()) ?? '';
  const m = /Ln (\d+), Col (\d+)/.exec(text);
  return m ? { line: Number(m[1]), column: Number(m[2]) } : undefined;
}

export interface Problem {
  severity: string;
  code: string;
  line: number;
  message: string;
}

/**
 * The Problems panel's marker rows (the rows with a severity icon; related-information rows have
 * none), read from what the panel shows: message, code after the source, and "[Ln X, Col Y]".
 */
export async function problems(page: Page): Promise<Problem[]> {
  const rows = await page.locator('.markers-panel .monaco-list-row').evaluateAll((els: any[]) =>
    els
      .filter((el) => el.querySelector('.marker-icon'))
      .map((el) => ({
        aria: el.getAttribute('aria-label') ?? '',
        message: el.querySelector('.marker-message')?.textContent ?? '',
        code: el.querySelector('.marker-code')?.textContent ?? '',
        line: el.querySelector('.marker-line')?.textContent ?? '',
        top: parseFloat(el.style.top) || 0,
      })),
  );
  return rows
    .sort((a, b) => a.top - b.top)
    .map((r) => ({
      severity: /^(\w+):/.exec(r.aria)?.[1] ?? '',
      code: r.code,
      line: Number(/Ln (\d+)/.exec(r.line)?.[1] ?? NaN),
      message: norm(r.message),
    }));
}

/** The count on the Problems tab of the panel ("PROBLEMS 2"), or 0 when it shows none. */
export async function problemsBadge(page: Page): Promise<number> {
  const tab = page.locator('.part.panel .composite-bar .action-item', { hasText: /problems/i }).first();
  const badge = (await tab.locator('.badge-content').textContent().catch(() => '')) ?? '';
  return Number(badge.trim()) || 0;
}

export const describeProblems = (list: Problem[]) => list.map((p) => `${p.code}@${p.line}: ${p.message.slice(0, 60)}`).join(' | ') || '(none)';

/** Runs a command from the palette by its title, as a writer does. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor();
  await input.fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
}

/**
 * Picks an entry of the quick-fix menu the caller opened with Ctrl+. by its title, from the keyboard (the menu
 * ignores quick synthetic clicks), opening the menu again if need be.
 */
export async function pickAction(page: Page, title: string): Promise<void> {
  const wanted = page.locator(`.action-widget .monaco-list-row.action[aria-label="${title}"]`);
  // The menu shows the actions of the moment it opened: opened while the server re-checks the draft (a setting
  // just changed), it can miss the finding's fix. Then it is closed and opened again at the same place.
  for (let attempt = 1; ; attempt++) {
    try {
      await wanted.waitFor({ timeout: 5_000 });
      break;
    } catch (e) {
      if (attempt === 3) throw e;
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+.');
    }
  }
  for (let i = 0; i < 12 && !(await wanted.evaluate((el: any) => el.classList.contains('focused'))); i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

/** The Problems panel's findings once they are `count`, as many as its badge says. */
export async function findings(page: Page, count: number, timeoutMs = 60_000): Promise<Problem[]> {
  let list: Problem[] = [];
  await eventually(`${count} findings in the Problems panel`, async () => {
    list = await problems(page);
    return list.length === count && (await problemsBadge(page)) === count ? true : undefined;
  }, () => describeProblems(list), timeoutMs);
  return list;
}

/** Puts the cursor at a 1-based line and column with "Go to Line" (Ctrl+G, ":line:column"), wherever the line wraps on screen. */
export async function goTo(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+g');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor();
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await eventually(`the cursor at ${line}:${column}`, async () => {
    const at = await cursor(page);
    return at?.line === line && at.column === column ? true : undefined;
  });
}

/** Opens the workspace's draft.md from the Explorer, pinned (a double click), and waits until its text is drawn. */
export async function openDraft(page: Page, firstWords: string): Promise<void> {
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'draft.md' });
  await row.waitFor({ timeout: 60_000 });
  await row.dblclick();
  await eventually('the draft in the editor', async () => ((await activeTab(page)) === 'draft.md' && (await editorLines(page)).some((l) => l.includes(firstWords)) ? true : undefined), () => '', 60_000);
}
