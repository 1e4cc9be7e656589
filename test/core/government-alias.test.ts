import * as assert from 'node:assert/strict';
import { fixtureCorpus, flaggedBy } from './seed-corpus';

// The press shortens a local government ("Pemkab Wanasari" for "Pemerintah Kabupaten Wanasari", likewise Pemkot,
// Pemprov, Pemda): the short form is no name the sources never use (lexicon/aliases.ts). A form the sources have no
// long form for still is.

const outbreak = flaggedBy(fixtureCorpus('keracunan'));
const unknown = (text: string) => outbreak(text + '\n').filter(d => d.code === 'unknown-entity').map(d => d.message);

describe('a local government in its short form', () => {
  it('is known where the sources write it in full', () => {
    assert.deepEqual(unknown('Menurut Hendra, Pemkab Wanasari telah menetapkan keracunan massal di Karangwulan sebagai kejadian luar biasa.'), []);
  });

  it('is unknown where they do not', () => {
    assert.equal(unknown('Menurut Hendra, Pemkot Wanasari telah menetapkan keracunan massal di Karangwulan sebagai kejadian luar biasa.').length, 1);
  });
});
