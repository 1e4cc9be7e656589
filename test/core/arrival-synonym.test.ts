import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// Aid that "tiba" (arrives) somewhere "mencapai" (reaches) it (lexicon/synonyms.ts): a writer's "baru tiba pada awal
// Juli" for the source's "tidak mencapai … sampai awal Juli" is found on the right passage, so its date is held
// against that passage's date.

const corpus = corpusOfLines({
  'bantuan.txt': [
    'Pemerintah pusat mengumumkan bantuan pangan senilai 40 miliar rupiah untuk Kota Pesisir Barat pekan ini.',
    'Jalan pantai yang rusak membuat pengiriman harus lewat laut.',
    'Tetapi bantuan itu mungkin tidak mencapai Pesisir Barat sampai awal Juli.',
    'Wali kota meminta warga bersabar.',
  ],
});
const flagged = flaggedBy(corpus);

describe('arriving as reaching', () => {
  it('passes "baru tiba" for "tidak mencapai … sampai"', () => {
    assert.deepEqual(flagged('Bantuan itu mungkin baru tiba di Pesisir Barat pada awal Juli.\n'), []);
  });

  it('flags another month against that passage, with its month as the fix', () => {
    const d = flagged('Bantuan itu mungkin baru tiba di Pesisir Barat pada akhir Mei.\n').find(f => f.code === 'date-mismatch');
    assert.deepEqual(d?.fixes.map(f => f.newText), ['awal Juli']);
  });
});
