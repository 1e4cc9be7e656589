import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// A year a story gives only relative to its writing ("tahun lalu") may be the claim's year, unless the story
// writes out later years, which date its writing after it (checks/relative-year.ts).

const corpus = corpusOfLines({
  'pelabuhan.txt': [
    'Dermaga baru Pelabuhan Sungai Rawa mulai dibangun pada 2019.',
    'Banjir pada 2022 menunda pekerjaan selama enam bulan.',
    'Gudang pendingin selesai pada 2023.',
    'Koperasi nelayan mencatat hasil tangkapan tertinggi tahun lalu.',
    'Koperasi nelayan juga membeli dua kapal pendingin.',
  ],
  'festival.txt': [
    'Festival Layang-layang Pesisir digelar lagi tahun ini di pantai selatan.',
    'Panitia mendatangkan peserta dari empat kota.',
  ],
});
const flagged = flaggedBy(corpus);

describe('a year given only relative to the writing', () => {
  it('is no year long before the years the story writes out', () => {
    const [d, ...rest] = flagged('Koperasi nelayan mencatat hasil tangkapan tertinggi pada 2009.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /“2009”/);
  });

  it('may be a year just after them, or any year in a story that writes out none', () => {
    assert.deepEqual(flagged('Koperasi nelayan mencatat hasil tangkapan tertinggi pada 2023.\n'), []);
    assert.deepEqual(flagged('Festival Layang-layang Pesisir digelar di pantai selatan pada 2012.\n'), []);
  });
});
