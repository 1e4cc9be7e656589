import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy, seedCorpus } from './seed-corpus';

// Thanking is saying: words of thanks the sources give to one person, put in another's mouth, are flagged even
// where the draft's sentence alone does not show its name is a person's (checks/speaker-near.ts). The seeds give
// the thanks for "dukungan serius China di masa-masa sulit ini" to Lukashenko.

const flagged = (text: string) => flaggedBy(seedCorpus())(text + '\n');

describe('thanks given in another mouth', () => {
  it('flags the thanks given to Raisi, and passes them given to Lukashenko', () => {
    const [d, ...rest] = flagged('Raisi berterima kasih kepada Xi atas dukungan serius China di masa-masa sulit.');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /Ebrahim Raisi/);
    assert.deepEqual(flagged('Lukashenko berterima kasih kepada Xi atas dukungan serius China di masa-masa sulit.'), []);
  });

  it('flags the thanks given to two where the sources give them to one of them', () => {
    const [d, ...rest] = flagged('Putin dan Lukashenko berterima kasih kepada Xi atas dukungan serius China di masa-masa sulit.');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /Vladimir Putin/);
  });
});

// A passage may back a claim with words of the sentence beside it; the speaker is then looked for beside the
// sentence that holds the statement. Here the statement stands two sentences before the one that names Holm.
const corpus = corpusOfLines({
  'kunjungan.txt': [
    'Perdana Menteri Norwegia Ingrid Dahl menjamu Wali Kota Bergen Knut Moen, yang mengucapkan terima kasih kepada Dahl atas bantuan darurat Norwegia bagi nelayan kota itu.',
    'Moen dikritik oposisi karena menunda perbaikan pelabuhan.',
    'Dahl juga akan bertemu dengan Menteri Luar Negeri Denmark Lars Holm pada hari Selasa.',
    'Radio negara NRK menyiarkan kedua pertemuan itu.',
  ],
});

describe('thanks given to someone named two sentences on', () => {
  const flaggedMadeUp = flaggedBy(corpus);

  it('flags the thanks given to Holm, also where a body quotes him, and passes them given to Moen', () => {
    for (const text of [
      'Lars Holm berterima kasih kepada Dahl atas bantuan darurat Norwegia bagi nelayan.',
      // The surname alone, which the sources never write so: the person hover shows for it.
      'Holm berterima kasih kepada Dahl atas bantuan darurat Norwegia bagi nelayan.',
      'Radio negara NRK mengutip Lars Holm yang berterima kasih kepada Dahl atas bantuan darurat Norwegia bagi nelayan.',
    ]) {
      const [d, ...rest] = flaggedMadeUp(text + '\n');
      assert.equal(rest.length, 0, text);
      assert.equal(d?.code, 'unsupported-claim', text);
      assert.match(d.message, /Lars Holm/);
    }
    assert.deepEqual(flaggedMadeUp('Moen berterima kasih kepada Dahl atas bantuan darurat Norwegia bagi nelayan.\n'), []);
  });
});
