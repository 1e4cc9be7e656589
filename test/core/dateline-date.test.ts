import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, fixtureCorpus, flaggedIn } from './seed-corpus';

// An Indonesian lead dates its main clause with a date a comma sets off at the end ("Polres … memeriksa direktur CV
// …, kontraktor yang mengerjakan rehabilitasi SD Negeri 4 …, Kamis (16/10)."): the date is the examination's, not
// that of the school named right before it (date-passages.ts wordsBeforeDate). Nor is the dateline ("SARI JAYA — …")
// a name the claim could have swapped (entity-swap.ts). Made-up sources, and the dengue fixture.

const corpus = corpusOfLines({
  'roboh.txt': [
    'Atap SD Negeri 4 Rantau Pandan roboh, 17 siswa luka-luka',
    'Atap dua ruang kelas SD Negeri 4 Rantau Pandan, Kabupaten Muara Tebing, roboh saat kegiatan belajar berlangsung pada Selasa (14/10) sekitar pukul 09.15 WIB.',
    ...fillerLines(8, 'id', 'Rantau Pandan'),
  ],
  'periksa.txt': [
    'Polres Muara Tebing memeriksa direktur CV Karya Bumi, kontraktor yang mengerjakan rehabilitasi SD Negeri 4 Rantau Pandan, Kamis (16/10).',
    'Pemeriksaan dilakukan dua hari setelah atap dua ruang kelas sekolah itu roboh dan melukai 17 siswa.',
    ...fillerLines(8, 'id', 'Muara Tebing'),
  ],
});
const codes = (text: string) => flaggedIn(corpus, text + '\n').map(f => f.code);

describe('a date that ends an Indonesian lead', () => {
  it('dates the main clause, so the school named before it keeps its own date', () => {
    assert.deepEqual(codes('Atap SD Negeri 4 Rantau Pandan roboh pada Selasa (14/10).'), []);
  });

  it('still dates the main clause: another day for the examination is a mismatch', () => {
    assert.deepEqual(codes('Polres Muara Tebing memeriksa direktur CV Karya Bumi pada Kamis (16/10).'), []);
    assert.deepEqual(codes('Polres Muara Tebing memeriksa direktur CV Karya Bumi pada Selasa (14/10).'), ['date-mismatch']);
  });

  it('is no name the claim could have swapped: the dateline says where the story was filed', () => {
    // The dengue fixture's lead: "SARI JAYA — Dinas Kesehatan (Dinkes) Kabupaten Lembah Sari, … mencatat 418 kasus …".
    const found = flaggedIn(fixtureCorpus('dbd'), 'Kecamatan Sungai Ringin mencatat 97 kasus.\n');
    assert.ok(!found.some(f => f.code === 'unknown-entity' && /menyebut “SARI JAYA”/.test(f.message)), found.map(f => f.message).join('\n'));
  });
});
