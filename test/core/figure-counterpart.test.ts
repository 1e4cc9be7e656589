import * as assert from 'node:assert/strict';
import { corpusOfLines, fixtureCorpus, flaggedBy } from './seed-corpus';

// Which of a passage's figures a wrong one is held against, as the fix offers it: a figure that names its thing
// right after it by that word ("40 persen peralatan mesin"); else the figure whose words around it the claim shares
// most, not the first with the same word after it (checks/figure-words.ts); never one that three of the claim's
// figures would all be held against (checks/figure-finding.ts oneFigureEach). Made-up corpora and one fixture.

const corpus = corpusOfLines({
  'anggaran.txt': [
    'Mengunjungi Waringin pekan ini, Menteri Keuangan Lars Dahl mengumumkan dana darurat tambahan senilai Rp2 miliar untuk nelayan, menyusul paket bantuan Rp61 miliar yang disetujui oleh dewan kota bulan lalu.',
    'Dahl juga mengatakan pabrik itu memasok sekitar 70 persen jaring ikan dan 90 persen tali kapal yang dibeli nelayan.',
  ],
  'kopi.txt': ['Kopi dari Waringin dijual ke India dan Jepang.'],
});
const flagged = flaggedBy(corpus);
const fixOf = (text: string) => flagged(text).filter(d => d.code === 'number-mismatch').flatMap(d => d.fixes.map(f => f.newText));

describe('the passage figure a wrong one is held against', () => {
  it('is the one whose words around it the claim shares, where no thing follows the figure', () => {
    assert.deepEqual(fixOf('Dewan kota menyetujui paket bantuan senilai Rp16 miliar untuk nelayan.\n'), ['Rp61 miliar']);
  });

  it('is the one counting the same thing, where the thing follows the figure', () => {
    assert.deepEqual(fixOf('Pabrik itu memasok sekitar 40 persen jaring ikan yang dibeli nelayan.\n'), ['70 persen']);
    assert.deepEqual(fixOf('Pabrik itu memasok sekitar 40 persen tali kapal yang dibeli nelayan.\n'), ['90 persen']);
  });

  it('is not a figure that another of the claim\'s figures, of its value, stands for', () => {
    const told = flaggedBy(corpusOfLines({
      'gerebek.txt': ['Polisi menangkap lima orang di gudang kayu Desa Talang pada Selasa malam.'],
      'tersangka.txt': [
        'Kapolres Talang mengatakan penyidik kini telah menetapkan lima tersangka dalam kasus kayu itu.',
        'Satu orang lainnya dilepaskan dan berstatus saksi karena hanya buruh angkut.',
      ],
    }));
    // Each finding as the draft's figure it blames and the fix it offers.
    const numbers = (text: string) => told(text).filter(d => d.code === 'number-mismatch')
      .map(d => `${text.slice(d.start, d.end)} -> ${d.fixes.map(f => f.newText).join()}`);
    assert.deepEqual(numbers('Dari lima orang yang ditangkap, satu orang dilepaskan dan berstatus saksi karena hanya buruh angkut.\n'), []);
    // The "dua" is the figure the passage's "Satu" stands against.
    assert.ok(numbers('Dari lima orang yang ditangkap, dua orang dilepaskan dan berstatus saksi karena hanya buruh angkut.\n').includes('dua -> Satu'));
  });

  it('is no figure three of the claim\'s figures are all held against', () => {
    // The water-main fixture: "dua belas truk tangki ke 24 titik distribusi" in one story; the closest passage is
    // another's "menyalurkan sekitar 1,6 juta liter air bersih".
    const water = flaggedBy(fixtureCorpus('pipa-pdam-pecah'));
    const codes = water('BPBD Sindangraya awalnya menurunkan 12 truk tangki, masing-masing bermuatan 5.000 liter, untuk melayani 24 titik distribusi air bersih.\n').map(d => d.code);
    assert.ok(!codes.includes('number-mismatch'), codes.join());
  });
});

