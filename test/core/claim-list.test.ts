import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus, SourceFile } from '../../server/src/core/index/corpus';
import { analyzeDraft, DEFAULT_OPTIONS } from '../../server/src/core/checks/check';
import { SentenceCheckCache } from '../../server/src/core/checks/sentence-cache';
import { coverageOf } from '../../server/src/core/checks/coverage';
import { claimRows } from '../../server/src/core/features/claim-list';
import { REPO } from '../workspace';

// The Sumber view's Claims: each claim of a checked draft with how it stands, as the coverage line counts it. On the three English fixture
// articles.

const DIR = path.join(REPO, 'test/fixtures/english');
const corpus = Corpus.build(fs.readdirSync(DIR).sort().map((f): SourceFile => ({
  uri: f, label: `sources/${f}`, text: fs.readFileSync(path.join(DIR, f), 'utf8'), format: 'plaintext',
})));

describe('the Claims list', () => {
  const SUPPORTED = 'Construction is scheduled to begin in early March 2025 and should take three years.';
  const WRONG = 'The harbour handled 2.1 million containers last year, up 8 percent from the year before.';
  const UNSUPPORTED = 'Nair said the union would organise protest marches if safety rules at the port were not strengthened.';

  async function rowsOf(text: string) {
    const report = await new SentenceCheckCache(corpus).report(analyzeDraft(corpus, text, 'markdown'), DEFAULT_OPTIONS);
    return { rows: claimRows(text, report), coverage: coverageOf(report.claims, report.diagnostics) };
  }

  it('lists each claim with its standing, its findings and the passage behind a supported one', async () => {
    const text = ['# Port Calder', '', SUPPORTED, '', WRONG, '', UNSUPPORTED, ''].join('\n');
    const { rows, coverage } = await rowsOf(text);
    assert.deepEqual(rows.map(r => [r.status, r.text]), [['supported', SUPPORTED], ['error', WRONG], ['unsupported', UNSUPPORTED]]);
    assert.equal(rows[0].findings.length, 0);
    assert.match(rows[0].support?.text ?? '', /early March 2025/);
    assert.equal(rows[0].support?.uri, 'harbour-vote.txt');
    assert.deepEqual(rows[1].findings.map(f => f.code), ['number-mismatch']);
    assert.match(rows[1].findings[0].message, /1\.2 million/);
    assert.equal(rows[2].support, undefined);
    assert.equal(text.slice(rows[1].start, rows[1].end), WRONG, 'the row reveals the sentence itself');
    // The same piles as the coverage line.
    assert.deepEqual([coverage.supported, coverage.errors, coverage.unsupported], [1, 1, 1]);
  });

  it('gives a finding outside every claim a row of its own', async () => {
    const text = ['<!-- sumber-disable-next-line no-such-check -->', SUPPORTED, ''].join('\n');
    const { rows } = await rowsOf(text);
    const notice = rows.find(r => r.status === 'notice');
    assert.ok(notice, JSON.stringify(rows.map(r => r.status)));
    assert.deepEqual(notice.findings.map(f => f.code), ['unknown-directive-code']);
    assert.ok(rows.indexOf(notice) < rows.findIndex(r => r.status === 'supported'), 'in document order');
  });
});
