import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// A statement the sources give to "kedua pemimpin" (the two leaders) is each one's: a draft that has the two named,
// or one of them, make it is backed (checks/speaker-near.ts), where the two are the last two people the story names
// before it, sentences before. A third person named earlier in the story is not one of them.

const corpus = corpusOfLines({
  'perikanan.txt': [
    'Menteri Luar Negeri Denmark Lars Holm membuka konferensi perikanan di Oslo pada hari Minggu.',
    'Sehari kemudian, Perdana Menteri Norwegia Ingrid Dahl bertemu Perdana Menteri Swedia Erik Lund di sela-sela konferensi itu.',
    'Pertemuan di balai kota itu berlangsung lebih lama dari jadwal.',
    'Nelayan dari kedua negara menunggu hasilnya di luar gedung.',
    'Kedua pemimpin menyatakan dukungan bagi kuota tangkapan bersama di Laut Utara.',
  ],
});
const flagged = (text: string) => flaggedBy(corpus)(text + '\n');

describe('a statement of "kedua pemimpin"', () => {
  it('backs the two people the story named last making it', () => {
    assert.deepEqual(flagged('Dahl dan Lund menyatakan dukungan bagi kuota tangkapan bersama di Laut Utara.'), []);
    assert.deepEqual(flagged('Ingrid Dahl dan Erik Lund menyatakan dukungan bagi kuota tangkapan bersama.'), []);
    assert.deepEqual(flagged('Lund menyatakan dukungan bagi kuota tangkapan bersama di Laut Utara.'), []);
  });

  it('does not give it to a person named before them', () => {
    const [d, ...rest] = flagged('Dahl dan Holm menyatakan dukungan bagi kuota tangkapan bersama di Laut Utara.');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /Lars Holm/);
  });
});
