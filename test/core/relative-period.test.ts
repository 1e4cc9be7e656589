import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// A time said relative to the writing ("bulan lalu", "last month") against another unit of it for the same words
// (checks/relative-period.ts). Made-up corpora, so the rule and not the seed articles carries each case.

const corpus = corpusOfLines({
  'kunjungan.txt': [
    'Selama kunjungannya ke Oslo bulan lalu, Menteri Ingrid Dahl memperingatkan para nelayan soal kuota.',
    'Perdagangan ikan kedua negara mencapai rekor tahun lalu.',
    'Nelayan di pelabuhan menunggu kuota baru.',
  ],
  'pasar.txt': ['Harga ikan naik menjelang musim dingin.', 'Gudang pendingin baru dibangun di dekat dermaga.'],
});
const flagged = flaggedBy(corpus);

const english = corpusOfLines({
  'harbour.txt': [
    'During her visit to Bergen last month, Minister Lund warned the fishermen about the quotas.',
    'The fish trade between the two countries reached a record last year.',
    'Fishermen in the harbour are waiting for the new quotas.',
  ],
  'market.txt': ['Fish prices rose before the winter.', 'A new cold store was built near the docks.'],
});

describe('a time relative to the writing', () => {
  it('flags another unit for the same words, with the source\'s as the fix', () => {
    const [d, ...rest] = flagged('Ingrid Dahl mengunjungi Oslo pada tahun lalu.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'date-mismatch');
    assert.deepEqual(d.fixes.map(f => f.newText), ['bulan lalu']);
    const [e, ...others] = flaggedBy(english)('Minister Lund visited Bergen last year.\n');
    assert.equal(others.length, 0);
    assert.equal(e?.code, 'date-mismatch');
    assert.deepEqual(e.fixes.map(f => f.newText), ['last month']);
  });

  it('passes the same unit, and a time the passage gives to other words only', () => {
    assert.deepEqual(flagged('Ingrid Dahl mengunjungi Oslo pada bulan lalu.\n'), []);
    assert.deepEqual(flaggedBy(english)('The fish trade between the two countries reached a record last year.\n'), []);
    assert.ok(!flagged('Nelayan di pelabuhan menunggu kuota baru sejak tahun lalu.\n').some(d => d.code === 'date-mismatch'));
  });
});
