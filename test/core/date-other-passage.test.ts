import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// A claim of two clauses whose best passage is about the first and dates nothing: the date of the second is held
// against another aligned passage that dates the same act of the same named thing (checks/value-check.ts).

const corpus = corpusOfLines({
  'dewan.txt': [
    'Sebelumnya musuh lama dengan hubungan yang penuh gejolak, Kota Utara dan Kota Selatan semakin dekat dalam beberapa tahun terakhir.',
    'Dewan Pesisir, yang terdiri dari Kota Utara, Kota Selatan dan tiga desa nelayan, didirikan pada tahun 2001 untuk mengelola pelabuhan bersama.',
  ],
});
const flagged = flaggedBy(corpus);

describe('a date of a clause another passage dates', () => {
  it('flags the year of an act the other passage dates otherwise, with that year as the fix', () => {
    const [d, ...rest] = flagged('Permusuhan lama berakhir ketika Kota Utara dan Kota Selatan mendirikan Dewan Pesisir pada tahun 2005.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'date-mismatch');
    assert.deepEqual(d.fixes.map(f => f.newText), ['tahun 2001']);
  });

  it('passes the year the passage gives, and a year of an act of something the claim does not name there', () => {
    assert.deepEqual(flagged('Permusuhan lama berakhir ketika Kota Utara dan Kota Selatan mendirikan Dewan Pesisir pada tahun 2001.\n'), []);
    assert.ok(!flagged('Permusuhan lama berakhir ketika Kota Utara dan Kota Selatan mendirikan dewan baru pada tahun 2005.\n').some(d => d.code === 'date-mismatch'));
  });
});
