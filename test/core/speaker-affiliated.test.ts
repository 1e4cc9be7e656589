import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, fixtureCorpus, flaggedBy } from './seed-corpus';

// A speaker joined by "dari" to the body they speak for ("Yudistira Anggara dari Ombudsman RI Perwakilan Jawa Barat
// mengatakan, …"): the person before "dari" speaks, not the place at the end of the body's name before the verb
// (facts/attribution-roles.ts). Another person joined so to the same words is still flagged. Made-up sources.

const flagged = flaggedBy(corpusOfLines({
  'ombudsman.txt': [
    'Kepala Keasistenan Ombudsman RI Perwakilan Jawa Barat, Yudistira Anggara, mengatakan pihaknya menemukan pungutan tanpa dasar hukum.',
    '“Sekolah negeri tidak boleh menjadikan kursi siswa sebagai barang dagangan,” ujar Yudistira.',
    'Bupati Tirtamulya, Wahyu Setiadi Prakoso, mengatakan pemerintah daerah akan menjalankan seluruh rekomendasi Ombudsman.',
    ...fillerLines(6, 'id', 'Tirtamulya'),
  ],
}));
const codes = (text: string) => flagged(text + '\n').map(d => d.code);
const quote = '“Sekolah negeri tidak boleh menjadikan kursi siswa sebagai barang dagangan.”';

describe('a speaker joined by "dari" to the body they speak for', () => {
  it('is the person before "dari", not the place in the body\'s name', () => {
    assert.deepEqual(codes(`Yudistira Anggara dari Ombudsman RI Perwakilan Jawa Barat mengatakan, ${quote}`), []);
  });

  it('is still another person where the name is another\'s', () => {
    assert.ok(codes(`Wahyu Setiadi Prakoso dari Pemerintah Kabupaten Tirtamulya mengatakan, ${quote}`).includes('misattributed-quote'));
  });
});

describe('a speaker joined by "dari" to a body the tagger reads as a person', () => {
  // The tiger fixture quotes "Rahmat Hidayatullah" of "BKSDA Jambi"; the draft's tagger reads "BKSDA Jambi" as a
  // person, whose name opens with an acronym.
  const tiger = flaggedBy(fixtureCorpus('konflik-harimau'));
  const quote = '"Dari rekaman, kami pastikan hanya ada satu individu, kemungkinan betina dewasa."';

  it('is the person before "dari"', () => {
    assert.deepEqual(tiger(`Rahmat Hidayatullah dari BKSDA Jambi mengatakan, ${quote}\n`).map(d => d.code), []);
  });

  it('is flagged when another person of the story is joined so to the same words', () => {
    assert.deepEqual(tiger(`Syamsul Bahri dari BKSDA Jambi mengatakan, ${quote}\n`).map(d => d.code), ['misattributed-quote']);
  });
});

