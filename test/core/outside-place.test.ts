import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// A thing put outside a place its passage puts it in: the passage holds every word but "luar".

const corpus = corpusOfLines({
  'sawah.txt': ['Persawahan Jatiluwih letaknya masuk wilayah Kecamatan Penebel, Kabupaten Tabanan.'],
  'uni.txt': ['Presiden Rusia hanya sekali meninggalkan bekas Uni Soviet sejak perang dimulai pada Februari.'],
});
const findings = (text: string) => flaggedBy(corpus)(text + '\n');

describe('a thing put outside the place its passage puts it in', () => {
  it('flags "di luar" the place the passage names, and says the passage lacks "luar"', () => {
    const [d] = findings('Persawahan Jatiluwih terletak di luar Tabanan.');
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /tidak memuat “luar”: “Persawahan Jatiluwih letaknya/);
    assert.deepEqual(findings('Persawahan Jatiluwih terletak di Tabanan.'), []);
  });

  it('reads "ke luar" as a move out of the place, and "di luar" opening a sentence as "besides"', () => {
    assert.deepEqual(findings('Sejak perang dimulai, Presiden Rusia hanya sekali bepergian ke luar bekas Uni Soviet.'), []);
    assert.deepEqual(findings('Di luar Tabanan, Persawahan Jatiluwih letaknya masuk wilayah Kecamatan Penebel.').filter(d => /luar/.test(d.message)), []);
  });
});
