import * as assert from 'node:assert/strict';
import { checkDraft } from '../../server/src/core/checks/check';
import { fixtureCorpus } from './seed-corpus';

// A span of time is a figure with its unit (checks/figure-words.ts fits): "setengah tahun" is the passage's "enam
// bulan", "enam tahun" is not, and the unit right after a count is no word a passage must have (index/support.ts).
// The sources are the articles of test/fixtures/pasar/ ("… membebaskan retribusi pasar selama enam bulan …", and
// "Polisi sudah memeriksa enam saksi" in the same story) and test/fixtures/clinic/ ("after a two-year delay").

const flagged = (fixture: string) => {
  const corpus = fixtureCorpus(fixture);
  return (text: string) => checkDraft(corpus, text + '\n', 'markdown').filter(d => d.severity === 'error' || d.severity === 'warning');
};

describe('a span of time counted in other units', () => {
  const pasar = flagged('pasar');

  it('passes the same length in another unit', () => {
    assert.deepEqual(pasar('Pedagang yang terdampak kebakaran dibebaskan dari retribusi pasar selama setengah tahun.'), []);
  });

  it('flags the same count in another unit, naming both with their units', () => {
    const found = pasar('Pedagang yang terdampak kebakaran dibebaskan dari retribusi pasar selama enam tahun.');
    assert.deepEqual(found.map(d => d.code), ['number-mismatch']);
    assert.match(found[0].message, /“enam bulan”; draf menyebut “enam tahun”/);
  });

  it('reads a unit joined by a hyphen ("a two-year delay") as the unit', () => {
    const clinic = flagged('clinic');
    assert.deepEqual(clinic('Construction was held up for two years by a row over drainage at the site.'), []);
    assert.match(clinic('Construction was held up for three years by a row over drainage at the site.')[0]?.message ?? '', /“two”; the draft says “three”/);
    assert.match(clinic('Construction was held up for two months by a row over drainage at the site.')[0]?.message ?? '', /“two-year”; the draft says “two months”/);
  });
});
