import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// "Bertandang" and "melawat" are visits, as "mengunjungi" is (lexicon/synonyms.ts): a writer's word for the source's
// visit is not a claim no source makes, and a wrong year of the visit is still held against the passage's year.

const corpus = corpusOfLines({
  'wali-kota.txt': [
    'Wali kota Rina Hartono mengunjungi Kota Pesisir Barat pada 2021 setelah banjir besar melanda pelabuhannya.',
    'Ia menjanjikan dana perbaikan dermaga kepada para nelayan.',
  ],
  'pasar.txt': ['Harga ikan di pasar Waringin turun pekan ini karena tangkapan melimpah.'],
  'cuaca.txt': ['Musim hujan datang lebih awal di pesisir utara tahun ini.', 'Banyak nelayan memilih tidak melaut selama sepekan.'],
});
const flagged = flaggedBy(corpus);

describe('visiting in other words', () => {
  it('passes "bertandang" and "melawat" for "mengunjungi"', () => {
    assert.deepEqual(flagged('Pada 2021, Rina Hartono bertandang ke Kota Pesisir Barat.\n'), []);
    assert.deepEqual(flagged('Pada 2021, Rina Hartono melawat ke Kota Pesisir Barat.\n'), []);
  });

  it('flags another year of the visit with the passage\'s year as the fix', () => {
    const d = flagged('Pada 2019, Rina Hartono bertandang ke Kota Pesisir Barat.\n').find(f => f.code === 'date-mismatch');
    assert.deepEqual(d?.fixes.map(f => f.newText), ['2021']);
  });
});
