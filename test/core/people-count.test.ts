import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedIn } from './seed-corpus';

// A count of people ("lima orang meninggal") is compared with a passage's count of people only where the passage's
// people do what the claim's do (number-check.ts peopleActOtherwise). Made-up sources.

const corpus = corpusOfLines({
  'kasus.txt': [
    'Kasus DBD di Kabupaten Sari Jaya terus bertambah sejak Januari.',
    ...fillerLines(6, 'id', 'Sari Jaya'),
    'Total kasus sejak Januari kini mencapai 602, dengan lima kematian.',
  ],
  'tim.txt': [
    'Pemerintah menyiapkan dana Rp 3,5 miliar untuk menangani DBD.',
    'Dinas kesehatan provinsi mengirim tim epidemiologi beranggotakan enam orang ke Sari Jaya pada Kamis.',
    ...fillerLines(6, 'id', 'Sari Jaya'),
  ],
});
const codes = (text: string) => flaggedIn(corpus, text + '\n').map(f => f.code);

describe('a count of people', () => {
  it('is no number mismatch with a passage whose people do something else', () => {
    assert.ok(!codes('Hingga awal Maret, lima orang meninggal akibat DBD di Sari Jaya.').includes('number-mismatch'));
  });

  it('is a number mismatch with a passage whose people do the same', () => {
    assert.deepEqual(codes('Dinas kesehatan provinsi mengirim tim epidemiologi beranggotakan lima orang ke Sari Jaya.'), ['number-mismatch']);
  });
});
