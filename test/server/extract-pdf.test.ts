import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadCorpusAsync, readSourcesAsync } from '../../server/src/corpus-files';
import { describePlace, extractSource, Extraction, paragraphAt, viewOf } from '../../server/src/extract';
import { pdfDate } from '../../server/src/extract/pdf';
import { IndexCache } from '../../server/src/index-cache';
import { FORMAT_FIXTURES, REPO } from '../workspace';

// PDFs on the fixtures scripts/make-format-fixtures.mjs writes with pdfkit: a three-page report with a running
// header and footer and page numbers, words hyphenated at line ends, a paragraph running over a page break and a
// page in two columns; and two PDFs that cannot be read.

const REPORT = path.join(FORMAT_FIXTURES, 'rail-punctuality-2023.pdf');
const UNREADABLE = path.join(REPO, 'test/fixtures/unreadable');

async function extracted(file: string, bytes: Uint8Array = fs.readFileSync(file)): Promise<Extraction> {
  const r = await extractSource(file, bytes);
  if ('error' in r) throw new Error(r.error);
  return r;
}

const placeOf = (ex: Extraction, needle: string) => {
  const at = ex.text.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" is not in:\n${ex.text}`);
  return describePlace(paragraphAt(ex, at)!);
};

describe('extraction: PDF', function () {
  this.timeout(20000);

  it('reads the text in reading order, one paragraph a line, with the document information as metadata', async () => {
    const ex = await extracted(REPORT);
    assert.deepEqual(ex.meta, { headline: 'Rail Punctuality Review 2023', byline: 'Vessel Bay Transport Authority', date: '2024-03-12T09:30:00Z' });
    const paras = ex.text.trim().split('\n\n');
    assert.equal(paras[0], 'Rail Punctuality Review 2023');
    assert.equal(paras[1], 'In 2023, 87.4 percent of regional trains arrived within five minutes of their timetable, down from 91.2 percent in 2022. '
      + 'The authority counted 48,300 late arrivals on the four regional lines.');
    const order = ['87.4 percent', 'Maria Castellano', 'Findings by line', '79.1 percent', 'Recommendations', 'second track', 'six weeks ahead'];
    const at = order.map(s => ex.text.indexOf(s));
    assert.ok(at.every((x, i) => x >= 0 && (i === 0 || x > at[i - 1])), `out of order: ${JSON.stringify(at)}`);
  });

  it('joins words hyphenated at a line end, and keeps the hyphen of a compound the document writes with one', async () => {
    const ex = await extracted(REPORT);
    assert.match(ex.text, /14 million euros on the replacement of the old signals/);
    assert.match(ex.text, /Trains on the cross-border line to Eastmoor/);
    assert.ok(!/replace-|\u00ad/.test(ex.text));
  });

  it('keeps a sentence whole over a page break and from one column into the next', async () => {
    const ex = await extracted(REPORT);
    assert.match(ex.text, /most of them on trains that left before eight in the morning\.\n/);
    assert.match(ex.text, /instead of every half hour\. It also recommends that timetables be published six weeks ahead/);
  });

  it('drops the running header, the footer and the page numbers', async () => {
    const ex = await extracted(REPORT);
    for (const furniture of ['Vessel Bay Transport Authority', '·', 'Harbour Road', 'Not for resale', 'Published by']) {
      assert.ok(!ex.text.includes(furniture), `"${furniture}" should not be in:\n${ex.text}`);
    }
    // The title on the first page is the document's heading, not the running header in small type.
    assert.equal(ex.text.split('Rail Punctuality Review 2023').length, 2);
    assert.ok(!ex.text.split('\n').some(line => /^\s*\d+\s*$/.test(line)), 'a page number was kept');
  });

  it('numbers paragraphs by page, the part of a paragraph carried over to a page counting as its first', async () => {
    const ex = await extracted(REPORT);
    assert.equal(placeOf(ex, 'Rail Punctuality'), 'page 1, paragraph 1');
    assert.equal(placeOf(ex, '87.4 percent'), 'page 1, paragraph 2');
    assert.equal(placeOf(ex, 'Punctuality will not'), 'page 1, paragraph 4');
    assert.equal(placeOf(ex, 'carried 9.8 million'), 'page 1, paragraph 6');
    assert.equal(placeOf(ex, 'left before eight'), 'page 2, paragraph 1');
    assert.equal(placeOf(ex, 'Findings by line'), 'page 2, paragraph 2');
    assert.equal(placeOf(ex, '79.1 percent'), 'page 2, paragraph 3');
    assert.equal(placeOf(ex, 'six weeks ahead'), 'page 3, paragraph 2');
  });

  it('shows where each page begins in the view, and moves offsets past the marks', async () => {
    const ex = await extracted(REPORT);
    const view = viewOf(ex);
    // The header names the author and the day; the title is the text's first line, so it is not repeated.
    assert.match(view.text, /^By: Vessel Bay Transport Authority\nDate: 2024-03-12\n─+\n\n─── page 1 ───\nRail Punctuality Review 2023\n/);
    // Inside the paragraph that runs over the break, the mark is a line of its own.
    assert.match(view.text, /on trains that \n─── page 2 ───\nleft before eight in the morning\.\n\nFindings by line/);
    assert.match(view.text, /\n\n─── page 3 ───\nRecommendations\n/);
    for (const needle of ['Rail Punctuality', 'left before eight', '79.1 percent', 'six weeks ahead']) {
      const at = ex.text.indexOf(needle);
      assert.equal(view.text.slice(view.offsetOf(at), view.offsetOf(at + needle.length, true)), needle);
    }
    // A range that ends where a page begins ends before that page's mark.
    const page2 = ex.text.indexOf('left before eight');
    assert.match(view.text.slice(0, view.offsetOf(page2, true)), /on trains that $/);
    // A source without pages or metadata is its own view.
    const html = await extracted(path.join(FORMAT_FIXTURES, 'banjir-bekasi.html'));
    const bare = { text: html.text, paragraphs: html.paragraphs, meta: {} };
    assert.equal(viewOf(bare).text, html.text);
    assert.equal(viewOf(bare).offsetOf(42), 42);
  });

  it('says why a PDF cannot be read: a password, no text layer, damage, or not a PDF at all', async () => {
    assert.deepEqual(await extractSource('memo.pdf', fs.readFileSync(path.join(UNREADABLE, 'protected-memo.pdf'))),
      { error: 'is a password-protected PDF, which Sumber cannot open; save a copy without the password' });
    assert.deepEqual(await extractSource('letter.pdf', fs.readFileSync(path.join(UNREADABLE, 'scanned-letter.pdf'))),
      { error: 'has no text layer: its pages are images (a scan?), which Sumber cannot read without OCR' });
    assert.deepEqual(await extractSource('x.pdf', Buffer.from('<html>not a pdf</html>')), { error: 'is not a PDF file (it has no %PDF- header)' });
    const garbage = await extractSource('x.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x41)]));
    assert.ok('error' in garbage && /^is not a readable PDF \(.+\)$/.test(garbage.error) && !garbage.error.includes('\n'), JSON.stringify(garbage));
  });

  it('reads what is left of a file cut short, or says why not, without throwing', async () => {
    const bytes = fs.readFileSync(REPORT);
    const cut = await extractSource('x.pdf', bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    assert.ok('error' in cut ? /PDF/.test(cut.error) : cut.text.length > 0, JSON.stringify(cut).slice(0, 200));
  });

  it('reads PDF dates as ISO dates', () => {
    assert.equal(pdfDate("D:20240312093000+07'00'"), '2024-03-12T09:30:00+07:00');
    assert.equal(pdfDate('D:20240312093000Z'), '2024-03-12T09:30:00Z');
    assert.equal(pdfDate('D:2024'), '2024-01-01');
    assert.equal(pdfDate('yesterday'), undefined);
  });
});

describe('reading PDF sources', function () {
  this.timeout(20000);
  let dir: string;
  const seeds = () => path.join(dir, 'seeds');
  const files = () => fs.readdirSync(seeds()).sort().map(f => path.join(seeds(), f));
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sumber-pdf-'));
    fs.mkdirSync(seeds());
    fs.copyFileSync(REPORT, path.join(seeds(), 'report.pdf'));
    for (const f of fs.readdirSync(UNREADABLE)) fs.copyFileSync(path.join(UNREADABLE, f), path.join(seeds(), f));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lists the PDFs it cannot read as skipped, each with its reason, and reads the rest', async () => {
    const r = await readSourcesAsync(dir, files(), f => f, {});
    assert.deepEqual(r.sources.map(s => s.label), ['seeds/report.pdf']);
    assert.deepEqual(r.skipped, [
      { path: 'seeds/protected-memo.pdf', reason: 'is a password-protected PDF, which Sumber cannot open; save a copy without the password' },
      { path: 'seeds/scanned-letter.pdf', reason: 'has no text layer: its pages are images (a scan?), which Sumber cannot read without OCR' },
    ]);
  });

  it('takes the text of a PDF from the extraction cache while its bytes are the same', async () => {
    const cache = new IndexCache(path.join(dir, 'cache'));
    const patterns = ['seeds/**/*.pdf'];
    const first = await loadCorpusAsync(dir, patterns, f => f, {}, {}, cache);
    assert.equal(first.skipped.length, 2);
    const known = cache.readExtractions(dir, patterns);
    assert.equal(known.size, 1);
    assert.equal((await readSourcesAsync(dir, files(), f => f, {}, known)).extracted, 2, 'only the two unreadable files are tried again');
    // The same document saved again with a trailing comment: other bytes, so it is extracted again.
    fs.appendFileSync(path.join(seeds(), 'report.pdf'), '%saved again\n');
    const again = await readSourcesAsync(dir, files(), f => f, {}, known);
    assert.equal(again.extracted, 3);
    assert.equal(again.sources[0].text, first.corpus.docs[0].text);
  });

  it('stops between the pages of a PDF when the reading is cancelled', async () => {
    let pauses = 0;
    const token = { get isCancellationRequested() { return pauses > 0; } };
    await assert.rejects(readSourcesAsync(dir, [path.join(seeds(), 'report.pdf')], f => f, {}, new Map(), { token, pause: async () => { pauses++; } }), { name: 'CancelledError' });
    assert.equal(pauses, 1);
  });
});
