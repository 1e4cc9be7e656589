// A Word transcript as a source in real VS Code (code-server): F12 on a quote in the draft opens the text Sumber
// extracted from the .docx, as a read-only `sumber-source:` document the extension provides, at the answer the
// quote comes from. Positions refer to the extracted text, so this is where they can be shown.
//
// Run with `npm run test:e2e` (packages the .vsix first), like vscode.e2e.test.ts; screenshots land in
// test-results/e2e/.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { endSession, installVsix, makeSandbox, RunningServer, Sandbox, startCodeServer, vsixPath } from './codeServer';
import { ensureCodeServer } from './install-code-server';
import { FORMAT_FIXTURES } from '../workspace';
import * as wb from './workbench';

const { VIEWPORT } = wb;
const DRAFT = [
  '# Harbour',
  '',
  '“The new terminal will open in 2027 and it will double our capacity,” said Martin Okafor.',
  '',
].join('\n');

describe('Sumber in VS Code (code-server) with a Word transcript as a source', function () {
  this.timeout(120_000);
  let box: Sandbox | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let draftFile = '';

  before(async function () {
    this.timeout(600_000);
    const installDir = ensureCodeServer();
    draftFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sumber-e2e-draft-')), 'draft.md');
    fs.writeFileSync(draftFile, DRAFT);
    box = makeSandbox(draftFile, { seeds: false });
    fs.cpSync(FORMAT_FIXTURES, path.join(box.workspace, 'seeds'), { recursive: true });
    assert.match(installVsix(installDir, box, vsixPath()), /successfully installed/);
    server = await startCodeServer(installDir, box);
    ({ browser, page } = await wb.openWorkbench(server.url, box.workspace));
  });

  after(async function () {
    this.timeout(30_000);
    await endSession(browser, server, box);
    fs.rmSync(path.dirname(draftFile), { recursive: true, force: true });
  });

  it('goes from a quote to the answer in the extracted transcript with F12', async () => {
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'draft.md' });
    await row.waitFor({ timeout: 30_000 });
    await row.dblclick();
    await wb.eventually('the draft in the editor', async () => ((await wb.activeTab(page)) === 'draft.md' ? true : undefined));
    // The misattribution is reported once the corpus (the page and the transcript) is indexed.
    await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height - 100);
    await page.locator('[id="status.problems"]').click();
    await page.locator('.markers-panel').waitFor();
    let seen = '';
    await wb.eventually('the misattributed quote in the Problems panel', async () => {
      const list = await wb.problems(page);
      seen = wb.describeProblems(list);
      return list.some((p) => p.code === 'misattributed-quote') ? true : undefined;
    }, () => seen, 60_000);

    // Back to the draft's text (the panel took the focus), then inside the quote.
    const at = await wb.charPoint(page, 'The new terminal', 'terminal', 2);
    await page.mouse.click(at.x, at.y);
    await wb.eventually('the cursor inside the quote on line 3', async () => ((await wb.cursor(page))?.line === 3 ? true : undefined));
    await page.keyboard.press('F12');
    // The transcript's extracted text, under its header (By, Date, a rule and a blank line): paragraph 6 (the
    // answer) is line 15 (paragraphs are blank-line separated).
    await wb.eventually('the extracted transcript open at the answer', async () => {
      const tab = await wb.activeTab(page);
      const pos = await wb.cursor(page);
      seen = `${tab} Ln ${pos?.line}`;
      return tab === 'harbour-interview.docx.txt' && pos?.line === 15 ? true : undefined;
    }, () => seen);
    const lines = await wb.editorLines(page);
    assert.ok(lines.some((l) => l.includes('double our capacity,” said Ana Lindqvist.')), lines.join('\n'));
    assert.ok(lines.includes('By: Lena Holm') && lines.includes('Date: 2024-03-12'), lines.join('\n'));
    await wb.shot(page, 'formats-01-go-to-extracted-source');
  });
});
