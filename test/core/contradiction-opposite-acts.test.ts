import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedIn } from './seed-corpus';

// Acts that undo each other by their sense, though their stems share nothing: deepening a partnership against
// weakening it, holding on to a stand against abandoning it, letting against forbidding (lexicon/antonyms.ts). A made-up corpus.

const corpus = corpusOfLines({
  'pelabuhan.txt': [
    'Kedua wali kota menandatangani pernyataan bersama untuk memperdalam kerja sama pelabuhan.',
    'Dahl mengatakan bahwa kedua kota akan terus berpegang pada posisi netral dalam sengketa kuota.',
    'Nelayan di dermaga menunggu keputusan itu.',
  ],
  'pasar.txt': ['Harga ikan naik menjelang musim dingin.', 'Gudang pendingin baru dibangun di dekat dermaga.'],
  'klinik.txt': [
    'Klinik rehabilitasi di Bandung itu membiarkan pasiennya merokok di taman belakang.',
    'Menurut badan geologi, gunung berapi di utara kota itu masih aktif sepanjang tahun.',
    'Pertumbuhan ekonomi kota pelabuhan itu tergolong pesat sejak jalan tol dibuka.',
    'Setelah jembatan baru dibuka, arus kendaraan di jalan lingkar selatan kota itu lancar setiap pagi.',
    'Pengunjung taman kota itu bisa menyewa sepeda listrik dengan membayar per jam.',
    'Menurut ombudsman, aturan parkir baru di kota itu bertentangan dengan peraturan daerah tentang trotoar.',
  ],
});
const codes = (text: string) => flaggedIn(corpus, text + '\n').map(d => d.code);

describe('acts opposite by their sense', () => {
  it('flags weakening where the passage deepens, and abandoning where it holds on', () => {
    assert.deepEqual(codes('Kedua wali kota menandatangani pernyataan bersama untuk melemahkan kerja sama pelabuhan.'), ['contradiction']);
    assert.deepEqual(codes('Dahl mengatakan bahwa kedua kota akan meninggalkan posisi netral dalam sengketa kuota.'), ['contradiction']);
  });

  // Each case: the claim with the opposite word, then as the passage has it.
  const opposites: Array<[string, string]> = [
    ['Klinik rehabilitasi di Bandung itu melarang pasiennya merokok di taman belakang.', 'Klinik rehabilitasi di Bandung itu membiarkan pasiennya merokok di taman belakang.'],
    ['Menurut badan geologi, gunung berapi di utara kota itu pasif sepanjang tahun.', 'Menurut badan geologi, gunung berapi di utara kota itu masih aktif sepanjang tahun.'],
    ['Pertumbuhan ekonomi kota pelabuhan itu tergolong lambat sejak jalan tol dibuka.', 'Pertumbuhan ekonomi kota pelabuhan itu tergolong pesat sejak jalan tol dibuka.'],
    ['Setelah jembatan baru dibuka, arus kendaraan di jalan lingkar selatan kota itu macet setiap pagi.', 'Setelah jembatan baru dibuka, arus kendaraan di jalan lingkar selatan kota itu lancar setiap pagi.'],
    ['Pengunjung taman kota itu bisa menyewa sepeda listrik secara gratis.', 'Pengunjung taman kota itu bisa menyewa sepeda listrik dengan membayar per jam.'],
    ['Menurut ombudsman, aturan parkir baru di kota itu sejalan dengan peraturan daerah tentang trotoar.', 'Menurut ombudsman, aturan parkir baru di kota itu bertentangan dengan peraturan daerah tentang trotoar.'],
  ];

  it('flags forbidding for letting, passive for active, slow for rapid, jammed for flowing, free for paid, in line for at odds', () => {
    for (const [opposite, own] of opposites) {
      assert.deepEqual(codes(opposite), ['contradiction'], opposite);
      assert.deepEqual(codes(own), [], own);
    }
  });

  it('passes the passage\'s own acts', () => {
    assert.deepEqual(codes('Kedua wali kota menandatangani pernyataan bersama untuk memperdalam kerja sama pelabuhan.'), []);
    assert.deepEqual(codes('Dahl mengatakan bahwa kedua kota akan terus berpegang pada posisi netral dalam sengketa kuota.'), []);
  });
});
