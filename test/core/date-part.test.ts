import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// The part of a month is part of the date: "akhir Februari" where the source has "awal Februari" is a date
// mismatch, and the month alone agrees with either (checks/date-passages.ts).

const corpus = corpusOfLines({
  'kunjungan.txt': [
    'Menteri Perikanan Ingrid Dahl mengunjungi Oslo pada awal Februari, dua minggu sebelum pemilihan umum.',
    'Nelayan di pelabuhan menunggu kuota baru.',
  ],
  'pasar.txt': ['Harga ikan naik menjelang musim dingin.', 'Gudang pendingin baru dibangun di dekat dermaga.'],
});
const flagged = flaggedBy(corpus);

describe('the part of a month', () => {
  it('flags another part of the same month, with the source\'s as the fix', () => {
    const [d, ...rest] = flagged('Ingrid Dahl mengunjungi Oslo pada akhir Februari, dua minggu sebelum pemilihan umum.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'date-mismatch');
    assert.deepEqual(d.fixes.map(f => f.newText), ['awal Februari']);
  });

  it('passes the same part, and the month without a part', () => {
    assert.deepEqual(flagged('Ingrid Dahl mengunjungi Oslo pada awal Februari, dua minggu sebelum pemilihan umum.\n'), []);
    assert.deepEqual(flagged('Ingrid Dahl mengunjungi Oslo pada bulan Februari, dua minggu sebelum pemilihan umum.\n'), []);
  });
});
