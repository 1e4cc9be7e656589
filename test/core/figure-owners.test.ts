import * as assert from 'node:assert/strict';
import { fixtureCorpus, messagesOf } from './seed-corpus';

// Two readings of whose a figure is. "… warga Karangjati yang berusia 61 tahun" gives the age of the person named
// before the village a "warga" lives in, not the village's (checks/age-figure.ts). "… 11 orang …, dan 16 lainnya
// tergolong mampu" counts people with its 16 too: "lainnya" (others) counts what the count before it counts
// (checks/figure-words.ts thingAfter).

describe('an age after "warga" and a village', () => {
  // The whirlwind fixture: "seorang warga Karangjati, Darta (61)", and "Sarmini, warga Karangjati berusia 52 tahun".
  const numbers = messagesOf(fixtureCorpus('puting-beliung'), 'number-mismatch');

  it('is the person\'s, held to their own age', () => {
    assert.deepEqual(numbers('Darta, warga Karangjati yang berusia 61 tahun, harus dirujuk ke RSUD Rawabening karena kepalanya mengalami luka robek.'), []);
    assert.match(numbers('Darta, warga Karangjati yang berusia 66 tahun, harus dirujuk ke RSUD Rawabening karena kepalanya mengalami luka robek.')[0] ?? '', /“61”/);
  });
});

describe('a count of "others" in a list of counts', () => {
  // The social-aid fixture: "14 penerima tercatat sudah meninggal dunia, 11 orang memiliki hubungan keluarga …, dan 16
  // lainnya tergolong mampu".
  const numbers = messagesOf(fixtureCorpus('bansos-salah-sasaran'), 'number-mismatch');

  it('counts what the count before it counts', () => {
    assert.deepEqual(numbers('Di antara 41 penerima tidak layak temuan Dinas Sosial, 16 orang tergolong mampu.'), []);
  });

  it('leaves another value flagged', () => {
    assert.equal(numbers('Di antara 41 penerima tidak layak temuan Dinas Sosial, 19 orang tergolong mampu.').length, 1);
  });
});

describe('two counts told in the other order', () => {
  // The snack-poisoning fixture: "Sebanyak 29 siswa ditangani di Puskesmas Lubuk Jati, sedangkan delapan siswa lainnya
  // dirujuk ke RSUD Batu Ranggas". "lainnya" tells no count apart.
  const numbers = messagesOf(fixtureCorpus('keracunan-jajanan'), 'number-mismatch');

  it('are each held to their own thing', () => {
    assert.deepEqual(numbers('Delapan siswa SD Negeri 2 Pancur Mas dirujuk ke RSUD Batu Ranggas karena dehidrasi, sementara 29 siswa lainnya ditangani di Puskesmas Lubuk Jati.'), []);
    assert.match(numbers('Delapan siswa SD Negeri 2 Pancur Mas dirujuk ke RSUD Batu Ranggas karena dehidrasi, sementara 39 siswa lainnya ditangani di Puskesmas Lubuk Jati.')[0] ?? '', /“29”/);
  });
});

