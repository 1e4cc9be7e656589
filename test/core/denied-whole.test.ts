import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedBy } from './seed-corpus';

// A short passage that denies an act of the claim and says nothing else, in a story that holds the rest of the claim
// (checks/denied-whole.ts): "Hingga kini, polisi belum menetapkan tersangka." against a claim that names a suspect.

describe('a short passage that denies all it states', () => {
  const flagged = flaggedBy(corpusOfLines({
    'penyelidikan.txt': [
      'Penyelidikan penyebab kebakaran gudang Sungai Lebar terus berjalan.',
      'Kapolsek Sungai Lebar, AKP Yohanes Dapa, menyebutkan polisi telah memeriksa sembilan saksi, termasuk pemilik warung bakso tempat api diduga bermula.',
      'Hasil pemeriksaan laboratorium diperkirakan keluar dalam dua pekan. Hingga kini, polisi belum menetapkan tersangka.',
      ...fillerLines(6, 'id', 'Sungai Lebar'),
    ],
    'lain.txt': ['Polisi Kota Tua menetapkan dua tersangka pencurian sapi di Pasar Hewan.', ...fillerLines(4, 'id', 'Kota Tua')],
  }));

  it('flags the act it denies, said of the story\'s people', () => {
    const [d] = flagged('Polisi telah menetapkan pemilik warung bakso sebagai tersangka dalam kasus kebakaran gudang Sungai Lebar.\n');
    assert.equal(d?.code, 'contradiction');
    assert.match(d.message, /belum menetapkan/);
  });

  it('leaves a claim whose other words the story does not hold', () => {
    assert.deepEqual(flagged('Polisi Kota Tua menetapkan dua tersangka pencurian sapi di Pasar Hewan.\n'), []);
  });
});
