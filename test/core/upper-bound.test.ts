import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// A plain figure where the sources give only an upper bound ("could kill up to 300 gannets a year"): the claim turns
// the most the source allows into a count (figure-siblings.ts boundOnly). A range's upper end ("8 hingga 10 ons") is
// no bound, and "as many as" bounds like "up to"; a verb of reaching ("mencapai enam tahun") names the bound.

const corpus = corpusOfLines({
  'birds.txt': [
    'A report by the Coastal Trust warns that the new turbines could kill up to 300 gannets a year.',
    'The trust wants the nearest row of turbines moved to the east.',
  ],
  'air.txt': ['Tubuh rata-rata hanya mampu menyerap 8 hingga 10 ons air setiap 20 menit.'],
  'roads.txt': ['Heavy rain closed the coast road for most of the week.'],
  'hoaks.txt': ['Polisi menjerat penyebar kabar bohong itu dengan UU ITE dengan ancaman hukuman hingga enam tahun penjara.'],
});
const flagged = flaggedBy(corpus);
const numberFixes = (text: string) => flagged(text).filter(d => d.code === 'number-mismatch').flatMap(d => d.fixes.map(f => f.newText));

describe('a figure the sources give only as an upper bound', () => {
  it('is a number mismatch when the claim states it plainly', () => {
    assert.deepEqual(numberFixes('The report says the new turbines will kill 300 gannets a year.\n'), ['up to 300']);
  });

  it('passes the bound, in the source\'s words or others', () => {
    assert.deepEqual(numberFixes('The report says the new turbines could kill up to 300 gannets a year.\n'), []);
    assert.deepEqual(numberFixes('The new turbines could kill as many as 300 gannets a year.\n'), []);
  });

  it('passes the bound as the figure a verb of reaching names', () => {
    assert.deepEqual(numberFixes('Penyebar kabar bohong itu dijerat UU ITE yang ancaman hukumannya mencapai enam tahun penjara.\n'), []);
    assert.deepEqual(numberFixes('The turbines could see deaths reach 300 gannets a year, the report says.\n'), []);
    // Stated plainly, the same figure is still the bound turned into a count.
    assert.deepEqual(numberFixes('Penyebar kabar bohong itu dijerat UU ITE dan akan dihukum enam tahun penjara.\n'), ['hingga enam']);
  });

  it('passes the upper end of a range', () => {
    assert.deepEqual(numberFixes('Rata-rata tubuh mampu menyerap antara 8 sampai 10 ons air setiap 20 menit.\n'), []);
  });
});
