import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractSource, Extraction, viewOf } from '../../server/src/extract';
import { citableTitle } from '../../server/src/extract/types';
import { FORMAT_FIXTURES } from '../workspace';

// The view of an extracted source opens with what the file says of itself (byline, date, a headline the text
// does not open with), which the analyser never reads: every offset of the text is moved past the header, so
// evidence and go-to-source select the same words in the view as in the text.

async function extracted(name: string): Promise<Extraction> {
  const r = await extractSource(name, fs.readFileSync(path.join(FORMAT_FIXTURES, name)));
  if ('error' in r) throw new Error(r.error);
  return r;
}

const FIXTURES = ['banjir-bekasi.html', 'harbour-interview.docx', 'rail-punctuality-2023.pdf'];

describe('the view of an extracted source', function () {
  this.timeout(20000);

  it('heads the text with the byline and day, without repeating the headline it opens with', async () => {
    const page = viewOf(await extracted('banjir-bekasi.html'));
    assert.match(page.text, /^By: Rina Wulandari\nDate: 2024-03-05\n─+\n\nBanjir merendam 1\.200 rumah di Bekasi Timur\n\n/);
    const transcript = viewOf(await extracted('harbour-interview.docx'));
    assert.match(transcript.text, /^By: Lena Holm\nDate: 2024-03-12\n─+\n\nInterview with the harbour director\n\n/);
  });

  it('names the title when the text does not open with it', async () => {
    const ex = await extracted('harbour-interview.docx');
    const untitled = { ...ex, meta: { ...ex.meta, headline: 'Harbour strike: the director speaks' } };
    assert.match(viewOf(untitled).text, /^Title: Harbour strike: the director speaks\nBy: Lena Holm\n/);
  });

  it('keeps every paragraph\'s and every word\'s range on the same words', async () => {
    for (const name of FIXTURES) {
      const ex = await extracted(name);
      const view = viewOf(ex);
      assert.ok(view.text.length > ex.text.length, `${name} has a header`);
      for (const p of ex.paragraphs) {
        assert.equal(view.text.slice(view.offsetOf(p.start), view.offsetOf(p.end, true)), ex.text.slice(p.start, p.end), `${name} paragraph ${p.number}`);
      }
      for (const m of ex.text.matchAll(/\S+/g)) {
        const start = m.index, end = start + m[0].length;
        assert.equal(view.text.slice(view.offsetOf(start), view.offsetOf(end, true)), m[0], `${name} at ${start}`);
      }
    }
  });

  it('puts nothing of the header into the text the analyser reads', async () => {
    const ex = await extracted('banjir-bekasi.html');
    assert.ok(!ex.text.includes('Rina Wulandari'), 'the byline line is dropped from the article');
    assert.ok(!ex.text.includes('By: ') && !ex.text.includes('Date: '));
    // An empty range at the very start stays before the header; one starting there goes past it.
    const view = viewOf(ex);
    assert.equal(view.offsetOf(0, true), 0);
    assert.equal(view.text.slice(view.offsetOf(0)).slice(0, 6), 'Banjir');
  });
});

describe('a document title', () => {
  it('is what the author wrote, not a file name or placeholder a tool put there', () => {
    assert.equal(citableTitle('  Rail Punctuality\nReview 2023 '), 'Rail Punctuality Review 2023');
    for (const junk of ['Microsoft Word - laporan akhir.docx', 'report_final.pdf', 'Untitled', 'untitled-1', 'Document1', 'Slide 1', '', undefined]) {
      assert.equal(citableTitle(junk), undefined, String(junk));
    }
    assert.equal(citableTitle('Laporan Tahunan 2023.'), 'Laporan Tahunan 2023.');
  });
});
