import * as assert from 'node:assert/strict';
import { checkDraft } from '../../server/src/core/checks/check';
import { corpusOfLines, fillerLines, fixtureCorpus } from './seed-corpus';

// A span of time is a figure with its unit (checks/figure-words.ts fits): "setengah tahun" is the passage's "enam
// bulan", "enam tahun" is not, and the unit right after a count is no word a passage must have (index/support.ts).
// The sources are the articles of test/fixtures/pasar/ ("… membebaskan retribusi pasar selama enam bulan …", and
// "Polisi sudah memeriksa enam saksi" in the same story) and test/fixtures/clinic/ ("after a two-year delay"); a count
// of a thing is no span either way, and a year after "tahun" makes it no unit ("ke-14 tahun 1987").

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

describe('a count of a thing against a span of time', () => {
  it('is no fit the other way either: "30 unit" is not the story\'s "lebih dari 30 tahun"', () => {
    // The water-main fixture: "menambah armada truk tangki dari 12 menjadi 20 unit", and in the same story "Pipa
    // berumur lebih dari 30 tahun".
    const found = flagged('pipa-pdam-pecah')('Atas perintah bupati, BPBD Sindangraya menambah armada truk tangki dari 12 menjadi 30 unit.');
    assert.ok(found.some(d => d.code === 'number-mismatch' && d.fixes.some(f => f.newText === '20')), found.map(d => d.message).join());
  });

  it('leaves out a year that the unit\'s word opens: "ke-14 tahun 1987" counts no span', () => {
    const games = corpusOfLines({ 'silat.txt': ['Pencak silat pertama kali dipertandingkan dalam SEA Games ke-14 tahun 1987 di Jakarta.', ...fillerLines(6, 'id', 'Jakarta')] });
    const codes = checkDraft(games, 'SEA Games ke-14 memperkenalkan pencak silat untuk pertama kali.\n', 'markdown').map(d => d.code);
    assert.ok(!codes.includes('number-mismatch'), codes.join());
  });
});

