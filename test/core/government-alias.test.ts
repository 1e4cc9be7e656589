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

  it('is known in full where the sources write only its short form, in lower case', () => {
    // The terminal-fees fixture: "Bupati Karangsela … mengatakan pemkab akan memberlakukan …", no "Pemerintah".
    const fees = flaggedBy(fixtureCorpus('retribusi-terminal'));
    const names = (text: string) => fees(text + '\n').filter(d => d.code === 'unknown-entity').map(d => d.message);
    assert.deepEqual(names('Pemerintah Kabupaten Karangsela akan mewajibkan pembayaran retribusi nontunai lewat QRIS di semua terminal.'), []);
    // A made-up place after the same words is still unknown.
    assert.equal(names('Pemerintah Kabupaten Sukamiskin akan mewajibkan pembayaran retribusi nontunai lewat QRIS di semua terminal.').length, 1);
  });
});
