import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// A number of a thing where the passage has all of it ("dua kunjungan" against "semua kunjungan"): a figure the
// passage gives otherwise, with "semua" as the fix (checks/number-check.ts). A "dua hari" nearby counts another thing.

const corpus = corpusOfLines({
  'kunjungan.txt': [
    'Wali Kota Pesisir Barat memulai kunjungan dua hari ke Kota Utara pada hari Senin.',
    'Sehari sebelumnya, Gubernur mengumumkan akan menunda semua proyek pelabuhan karena banjir.',
    'Warga menyambut keputusan itu dengan lega.',
  ],
});
const flagged = flaggedBy(corpus);

describe('a count against all of a thing', () => {
  it('flags a number where the passage has all, with "semua" as the fix', () => {
    const [d, ...rest] = flagged('Gubernur mengumumkan akan menunda dua proyek pelabuhan karena banjir.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'number-mismatch');
    assert.deepEqual(d.fixes.map(f => f.newText), ['semua']);
  });

  it('passes "semua", and a number hedged as a lower bound', () => {
    assert.deepEqual(flagged('Gubernur mengumumkan akan menunda semua proyek pelabuhan karena banjir.\n'), []);
    assert.ok(!flagged('Gubernur mengumumkan akan menunda sedikitnya dua proyek pelabuhan karena banjir.\n').some(d => d.code === 'number-mismatch'));
  });
});
