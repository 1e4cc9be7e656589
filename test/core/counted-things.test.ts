import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, fixtureCorpus, flaggedBy } from './seed-corpus';

// What a figure counts, as the number check reads it (checks/figure-words.ts mayCountSame, facts/worked-difference.ts):
// a counter ("27 unit") counts whatever the claim counts, a count of people the people its sentence names, and a
// change by a figure from a base the sentence names is the difference of the story's two figures; "sebuah sepeda
// motor" counts one (checks/figure-words.ts oneWrittenAsWord); "orang" before the people it counts ("14 orang saksi")
// is no word a passage must have (index/support.ts).

describe('what a figure counts', () => {
  const flagged = flaggedBy(corpusOfLines({
    'kebakaran.txt': [
      'SUNGAI LEBAR, Selasa (4/3/2025) - Jumlah perahu yang terbakar di dermaga Sungai Lebar bertambah menjadi 31 unit setelah pendataan ulang oleh petugas kecamatan. Sebelumnya, pada hari kejadian, tercatat 26 perahu yang hangus.',
      'Pendataan terbaru kecamatan mencatat jumlah pedagang terdampak bertambah menjadi 140 orang, naik dari 133 orang sehari sebelumnya.',
      ...fillerLines(6, 'id', 'Sungai Lebar'),
    ],
    'sekolah.txt': [
      'Jumlah korban bertambah. Berdasarkan data dinas pendidikan, 23 siswa terluka setelah lima siswa lain dilaporkan memar.',
      'Sementara itu, sekitar 70 orang tua siswa berunjuk rasa di halaman sekolah pada Rabu pagi.',
      ...fillerLines(4, 'id', 'Sungai Lebar'),
    ],
  }));

  it('reads a counter as counting the claim\'s thing, and a wrong count is still wrong', () => {
    assert.deepEqual(flagged('Pendataan ulang petugas kecamatan menunjukkan 31 perahu hangus dalam kebakaran itu, lima unit lebih banyak daripada catatan pada hari kejadian.\n')
      .filter(d => d.code === 'number-mismatch'), []);
    const [d] = flagged('Pendataan ulang petugas kecamatan menunjukkan 35 perahu hangus dalam kebakaran itu, lima unit lebih banyak daripada catatan pada hari kejadian.\n');
    assert.equal(d?.code, 'number-mismatch');
  });

  it('reads a count of people as the people its sentence names', () => {
    assert.deepEqual(flagged('Menurut data dinas pendidikan, korban luka di kalangan siswa bertambah menjadi 23 orang.\n'), []);
    const [d] = flagged('Menurut data dinas pendidikan, korban luka di kalangan siswa bertambah menjadi 27 orang.\n');
    assert.equal(d?.code, 'number-mismatch');
    assert.match(d.message, /“23”/);
  });

  it('reads a count that leaves its thing out as counting the claim\'s thing with the claim\'s act', () => {
    const airport = flaggedBy(corpusOfLines({ 'bandara.txt': ['Di Bandara Sungai Lebar, enam penerbangan tertunda dan dua dibatalkan pada Rabu karena asap.', ...fillerLines(6, 'id', 'Sungai Lebar')] }));
    assert.deepEqual(airport('Dua penerbangan dibatalkan dan enam lainnya tertunda di Bandara Sungai Lebar pada Rabu karena asap.\n'), []);
  });

  it('needs no counter word of the claim in the passage (a claim of the set on this fixture)', () => {
    const haze = flaggedBy(fixtureCorpus('kabut-asap'));
    assert.deepEqual(haze('Kini ada lima helikopter pengebom air yang beroperasi setelah dua unit tambahan dari BNPB datang pada Rabu malam.\n'), []);
  });

  it('reads a change by a figure from a named base as the difference of the story\'s figures', () => {
    assert.deepEqual(flagged('Kecamatan mencatat 140 pedagang terdampak, bertambah tujuh orang dari data sehari sebelumnya.\n')
      .filter(d => d.code === 'number-mismatch'), []);
    assert.deepEqual(flagged('Kecamatan mencatat 140 pedagang terdampak, bertambah sembilan orang dari data sehari sebelumnya.\n')
      .map(d => d.code), ['number-mismatch']);
  });
});

describe('one thing counted with a word of one', () => {
  const flagged = flaggedBy(corpusOfLines({
    'sita.txt': [
      'Dari tangan tersangka, polisi menyita uang tunai Rp 38 juta, dua unit telepon seluler, dan sebuah sepeda motor yang diduga dibeli dengan uang korban.',
      ...fillerLines(6, 'id', 'Banyuraja'),
    ],
  }));
  const numbers = (text: string) => flagged(text + '\n').filter(d => d.code === 'number-mismatch').map(d => d.message);

  it('is the "satu" of a claim ("sebuah sepeda motor" for "satu sepeda motor")', () => {
    assert.deepEqual(numbers('Uang tunai Rp 38 juta, dua telepon seluler, dan satu sepeda motor disita polisi dari tersangka.'), []);
  });

  it('is no count of another thing', () => {
    assert.equal(numbers('Uang tunai Rp 38 juta, satu telepon seluler, dan sebuah sepeda motor disita polisi dari tersangka.').length, 1);
  });
});

describe('"orang" between a count and the people it counts', () => {
  it('is no word a passage must have ("14 orang saksi" for the ambulance fixture\'s "14 saksi")', () => {
    const flagged = flaggedBy(fixtureCorpus('pengadaan-ambulans'));
    assert.deepEqual(flagged('Penyidik Kejari Batu Lelang sudah memeriksa 14 orang saksi sebelum menjadikan Hendra tersangka.\n').map(d => d.code), []);
  });
});
