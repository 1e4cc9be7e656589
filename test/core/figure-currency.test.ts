import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedIn } from './seed-corpus';

// A large count written without its currency is the passage's money where the passage gives money right after the
// same word (checks/number-check.ts). A made-up corpus.

const corpus = corpusOfLines({
  'dagang.txt': [
    'Perdagangan ikan antara Norwegia dan Islandia, yang berjumlah $240 miliar pada tahun lalu, membantu nelayan kedua negara.',
    'Pelabuhan itu juga menampung 1,5 juta ton ikan setiap tahun.',
  ],
  'pasar.txt': ['Harga ikan naik menjelang musim dingin.', 'Gudang pendingin baru dibangun di dekat dermaga.'],
});
const codes = (text: string) => flaggedIn(corpus, text + '\n').map(d => d.code);

describe('an amount without its currency', () => {
  it('is compared with the passage\'s money after the same word, and passes the same amount', () => {
    const [d, ...rest] = flaggedIn(corpus, 'Perdagangan ikan antara Norwegia dan Islandia berjumlah 40 juta pada tahun lalu.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'number-mismatch');
    assert.deepEqual(d.fixes.map(f => f.newText), ['$240 miliar']);
    assert.deepEqual(codes('Perdagangan ikan antara Norwegia dan Islandia berjumlah 240 miliar pada tahun lalu.'), []);
  });
});
