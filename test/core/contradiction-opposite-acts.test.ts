import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedIn } from './seed-corpus';

// Acts that undo each other by their sense, though their stems share nothing: deepening a partnership against
// weakening it, holding on to a stand against abandoning it (lexicon/antonyms.ts). A made-up corpus.

const corpus = corpusOfLines({
  'pelabuhan.txt': [
    'Kedua wali kota menandatangani pernyataan bersama untuk memperdalam kerja sama pelabuhan.',
    'Dahl mengatakan bahwa kedua kota akan terus berpegang pada posisi netral dalam sengketa kuota.',
    'Nelayan di dermaga menunggu keputusan itu.',
  ],
  'pasar.txt': ['Harga ikan naik menjelang musim dingin.', 'Gudang pendingin baru dibangun di dekat dermaga.'],
});
const codes = (text: string) => flaggedIn(corpus, text + '\n').map(d => d.code);

describe('acts opposite by their sense', () => {
  it('flags weakening where the passage deepens, and abandoning where it holds on', () => {
    assert.deepEqual(codes('Kedua wali kota menandatangani pernyataan bersama untuk melemahkan kerja sama pelabuhan.'), ['contradiction']);
    assert.deepEqual(codes('Dahl mengatakan bahwa kedua kota akan meninggalkan posisi netral dalam sengketa kuota.'), ['contradiction']);
  });

  it('passes the passage\'s own acts', () => {
    assert.deepEqual(codes('Kedua wali kota menandatangani pernyataan bersama untuk memperdalam kerja sama pelabuhan.'), []);
    assert.deepEqual(codes('Dahl mengatakan bahwa kedua kota akan terus berpegang pada posisi netral dalam sengketa kuota.'), []);
  });
});
