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

// "Sebanyak 10 penambang ditemukan meninggal, sementara satu orang tidak berhasil ditemukan": the count of people is
// the claim's miner, not another thing, so "satu penambang belum ditemukan" is no mismatch with the ten.
const miners = corpusOfLines({
  'tambang.txt': [
    'Operasi pencarian di tambang emas itu ditutup pada Sabtu, hari keenam pencarian.',
    'Sebanyak 10 penambang ditemukan meninggal dunia, sementara satu orang, Rahmat Hidayat (31), tidak berhasil ditemukan.',
    ...fillerLines(6, 'id', 'Sungai Arang'),
  ],
});

describe('a count of people beside a count of the claim\'s people', () => {
  it('may be the claim\'s people: no number mismatch', () => {
    assert.ok(!flaggedIn(miners, 'Satu penambang tidak berhasil ditemukan hingga operasi pencarian ditutup.\n').some(f => f.code === 'number-mismatch'));
  });

  it('leaves another value of the claim\'s people a mismatch', () => {
    assert.ok(flaggedIn(miners, 'Sebanyak 13 penambang ditemukan meninggal dunia.\n').some(f => f.code === 'number-mismatch'));
  });
});

// "Satu kapal boleh mengisi …" is each ship ("Setiap kapal hanya boleh membeli …"), not a count to hold against the
// passage's litres; and "maksimal boleh mengisi 200 liter" bounds the 200 as "paling banyak 200 liter" does.
describe('one of each, and a bound before a modal and its verb', () => {
  const quota = corpusOfLines({
    'kuota.txt': [
      'Setiap kapal hanya boleh membeli paling banyak 200 liter solar per trip dengan menunjukkan kartu nelayan.',
      ...fillerLines(6, 'id', 'Teluk Sembilang'),
    ],
  });

  it('is no number mismatch', () => {
    assert.ok(!flaggedIn(quota, 'Satu kapal maksimal boleh membeli 200 liter solar per trip dengan menunjukkan kartu nelayan.\n').some(f => f.code === 'number-mismatch'));
  });

  it('leaves another bound a mismatch', () => {
    assert.ok(flaggedIn(quota, 'Setiap kapal maksimal boleh membeli 300 liter solar per trip dengan menunjukkan kartu nelayan.\n').some(f => f.code === 'number-mismatch'));
  });
});
