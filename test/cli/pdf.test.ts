import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { REPO } from '../workspace';
import { checkAgainstFormats } from './check-formats';

// `sumber check` (the bundled CLI, which loads its own bundle of pdf.js) against the PDF report among the web page
// and Word sources: claims it supports pass, one whose sentence runs over a page break too, a planted mismatch
// is reported with evidence in the PDF by page, the running header and footer support nothing, and PDFs that
// cannot be read are listed as skipped with the reason.

const SUPPORTED = [
  'In 2023, 87.4 percent of regional trains arrived within five minutes of their timetable.',
  'The authority will spend 14 million euros on the replacement of the old signals on the Northgate line by the end of 2025.',
  '“Punctuality will not improve until the old signals are gone,” said Maria Castellano.',
  'The busiest line, between Vessel Bay and Northgate, carried 9.8 million journeys, most of them on trains that left before eight in the morning.',
  'Trains on the cross-border line to Eastmoor were on time on 88 percent of their runs.',
  'The authority recommends that timetables be published six weeks ahead.',
];

const check = (draft: string, withUnreadable = false) => checkAgainstFormats(draft, withUnreadable ? path.join(REPO, 'test/fixtures/unreadable') : undefined);

describe('sumber check with a PDF source', function () {
  this.timeout(30000);

  it('passes claims the report supports, one running over a page break too', () => {
    const { diagnostics, stderr } = check(SUPPORTED.join('\n\n') + '\n');
    assert.deepEqual(diagnostics.map(d => `${d.code}: ${d.message}`), []);
    assert.equal(stderr, '');
  });

  it('reports a planted mismatch with evidence in the PDF, by page', () => {
    const { diagnostics, text } = check('The Northgate line was the least punctual, with 71.9 percent of trains on time.\n');
    const d = diagnostics.find(x => x.code === 'number-mismatch');
    assert.ok(d, JSON.stringify(diagnostics));
    assert.equal(d.evidence[0].path, 'seeds/rail-punctuality-2023.pdf');
    assert.equal(d.evidence[0].text, '79.1 percent');
    assert.equal(d.evidence[0].place, 'page 2, paragraph 3');
    // The report's title, author and day, from its document information, as the editor's related information gives them.
    assert.match(text, /evidence seeds\/rail-punctuality-2023\.pdf \(page 2, paragraph 3\) per “Rail Punctuality Review 2023” \(Vessel Bay Transport Authority, 2024-03-12\): 79\.1 percent\n/);
    assert.deepEqual(d.evidence[0].source, { headline: 'Rail Punctuality Review 2023', byline: 'Vessel Bay Transport Authority', date: '2024-03-12T09:30:00Z' });
  });

  it('names the speaker the report gives a quote put in another mouth', () => {
    const { diagnostics } = check('“Punctuality will not improve until the old signals are gone,” said Ana Lindqvist.\n');
    const d = diagnostics.find(x => x.code === 'misattributed-quote');
    assert.ok(d, JSON.stringify(diagnostics));
    assert.match(d.message, /Maria Castellano said this; the draft says Ana Lindqvist/);
    assert.equal(d.evidence[0].place, 'page 1, paragraph 4');
  });

  it('flags a claim that only the running header or footer makes', () => {
    for (const claim of ['The authority publishes its reports from its offices at 12 Harbour Road.', 'The Rail Punctuality Review 2023 is not for resale.']) {
      const { diagnostics } = check(claim + '\n');
      assert.ok(diagnostics.some(d => d.severity === 'warning' || d.severity === 'error'), `${claim}: ${JSON.stringify(diagnostics)}`);
      assert.ok(diagnostics.every(d => d.evidence.every((e: any) => !/Harbour Road|resale/.test(e.text))));
    }
  });

  it('lists a password-protected PDF and a scan without a text layer as skipped, with the reason', () => {
    const { diagnostics, stderr } = check(SUPPORTED[0] + '\n', true);
    assert.deepEqual(diagnostics, []);
    assert.equal(stderr,
      'sumber: skipped seeds/protected-memo.pdf: it is a password-protected PDF, which Sumber cannot open; save a copy without the password\n'
      + 'sumber: skipped seeds/scanned-letter.pdf: it has no text layer: its pages are images (a scan?), which Sumber cannot read without OCR\n');
  });
});
