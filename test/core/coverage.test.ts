import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus, SourceFile } from '../../server/src/core/index/corpus';
import { analyzeDraft, DEFAULT_OPTIONS } from '../../server/src/core/checks/check';
import { SentenceCheckCache } from '../../server/src/core/checks/sentence-cache';
import { coverageOf, describeCoverage } from '../../server/src/core/checks/coverage';
import { REPO } from '../workspace';

// A draft's coverage, as the writer reads it before filing: every claim is supported, wrong (an error) or
// unsupported (a warning); a heading is no claim, and a finding the writer silenced no longer counts against.

const corpus = Corpus.build(fs.readdirSync(path.join(REPO, 'test/fixtures/english')).sort().map((f): SourceFile => ({
  uri: f, label: f, text: fs.readFileSync(path.join(REPO, 'test/fixtures/english', f), 'utf8'), format: 'plaintext',
})));

const SUPPORTED = 'Construction is scheduled to begin in early March 2025 and should take three years.';
const WRONG = 'The harbour handled 2.1 million containers last year, up 8 percent from the year before.';
const UNSUPPORTED = 'Nair said the union would organise protest marches if safety rules at the port were not strengthened.';

async function coverage(text: string) {
  const report = await new SentenceCheckCache(corpus).report(analyzeDraft(corpus, text, 'markdown'), DEFAULT_OPTIONS);
  return coverageOf(report.claims, report.diagnostics);
}

describe('draft coverage', () => {
  it('counts each claim once: supported, with an error, or unsupported; a heading is no claim', async () => {
    const c = await coverage(['# Port Calder', '', SUPPORTED, '', WRONG, '', UNSUPPORTED, ''].join('\n'));
    assert.deepEqual(c, { claims: 3, supported: 1, errors: 1, unsupported: 1 });
    assert.equal(describeCoverage('en', c), '1 of 3 claims supported · 1 error · 1 unsupported');
    assert.equal(describeCoverage('id', c), '1 dari 3 klaim didukung sumber · 1 keliru · 1 tanpa sumber');
  });

  it('counts a claim whose finding the writer silenced as no longer against the draft', async () => {
    const c = await coverage([SUPPORTED, '', '<!-- sumber-disable-next-line number-mismatch -->', WRONG, ''].join('\n'));
    assert.deepEqual(c, { claims: 2, supported: 2, errors: 0, unsupported: 0 });
    assert.equal(describeCoverage('en', c), '2 of 2 claims supported');
  });

  it('puts a claim with an error and a warning with the errors only', () => {
    const claims = [{ start: 0, end: 10 }, { start: 11, end: 20 }];
    const d = (start: number, severity: 'error' | 'warning' | 'information') => ({ start, end: start + 1, severity, code: 'unsupported-claim' as const, message: '', evidence: [], fixes: [] });
    assert.deepEqual(coverageOf(claims, [d(2, 'warning'), d(5, 'error'), d(12, 'information')]), { claims: 2, supported: 1, errors: 1, unsupported: 0 });
  });
});
