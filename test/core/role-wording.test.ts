import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedIn } from './seed-corpus';

// How the role check reads the words of a role: the head of a university or of a harbour is a title of its own; words
// that only continue a title ("luar negeri") are one only right after a title or a ministry, not in the field a professor
// teaches; a title set before the person with a comma between is the claim's role as much as one right before; a word
// or two may qualify a title before its head ("medical director", "a Harwick city councillor").

const corpus = corpusOfLines({
  'kampus.txt': [
    'Dewi Anggraini, seorang profesor yang mengajar kebijakan luar negeri di Universitas Mandala, menilai kedua negara akan tetap dekat.',
    'Menteri pertahanan Norwegia yang baru diangkat, Lars Holm, ikut dalam rombongan ke Stockholm.',
    'Karin Berg, juru bicara Kementerian Luar Negeri Swedia, mengatakan perundingan berjalan baik.',
  ],
  'campus.txt': ['Peter Hale, a professor of foreign policy at Ashford University, said the talks went well.'],
});
// English sources of their own: a draft with few function words is read in the language most sources are in.
const harbour = corpusOfLines({
  'harbour.txt': ['Harbour master Gwen Tolland said visibility had been poor on Tuesday morning.'],
  'trust.txt': ['Dr Richard Hale, the trust\'s chief executive, said the deal would cost about four million pounds a year.'],
  'coastguard.txt': ['Coastguard spokesperson Marcus Oyelaran said twelve people had been hurt.'],
});
const rolesFlagged = (text: string) => flaggedIn(corpus, text + '\n').filter(d => d.code === 'unknown-entity').map(d => d.message);

describe('the wording of a role', () => {
  it('flags a rector or a dean where the sources have a professor', () => {
    assert.match(rolesFlagged('Dewi Anggraini, rektor Universitas Mandala, menilai kedua negara akan tetap dekat.').join('\n'),
      /Dewi Anggraini sebagai “profesor.*draf menyebut “rektor Universitas Mandala”/);
    assert.match(rolesFlagged('Peter Hale, the dean of Ashford University, said the talks went well.').join('\n'), /“dean of Ashford University”/);
  });

  it('flags a spokesperson where the sources have a harbour master, and passes the harbour master', () => {
    const flagged = (text: string) => flaggedIn(harbour, text + '\n').filter(d => d.code === 'unknown-entity').map(d => d.message);
    assert.match(flagged('Coastguard spokesperson Gwen Tolland said visibility had been poor on Tuesday morning.').join('\n'),
      /Gwen Tolland “master”.*“spokesperson”/);
    assert.deepEqual(flagged('Harbour master Gwen Tolland said visibility had been poor on Tuesday morning.'), []);
  });

  it('reads a title with a word that qualifies it before its head ("the hospital\'s medical director")', () => {
    const flagged = (text: string) => flaggedIn(harbour, text + '\n').filter(d => d.code === 'unknown-entity').map(d => d.message);
    assert.match(flagged('Dr Richard Hale, the hospital\'s medical director, said the deal would cost about four million pounds a year.').join('\n'),
      /Richard Hale .*“chief executive”.*“medical director”/);
    assert.deepEqual(flagged('Dr Richard Hale, the trust\'s chief executive, said the deal would cost about four million pounds a year.'), []);
    // A place among the words before the head: "a Harwick city councillor".
    assert.match(flagged('Dr Richard Hale, a Harwick city councillor, said the deal would cost about four million pounds a year.').join('\n'),
      /Richard Hale .*“chief executive”.*“Harwick city councillor”/);
  });

  it('passes a professor described by the field they teach', () => {
    assert.deepEqual(rolesFlagged('Dewi Anggraini, profesor kebijakan luar negeri Norwegia di Universitas Mandala, menilai kedua negara akan tetap dekat.'), []);
  });

  it('still weighs the ministry a spokeswoman speaks for', () => {
    assert.match(rolesFlagged('Karin Berg, juru bicara Kementerian Pertahanan Swedia, mengatakan perundingan berjalan baik.').join('\n'),
      /draf menyebut “juru bicara Kementerian Pertahanan Swedia”/);
    assert.deepEqual(rolesFlagged('Karin Berg, juru bicara Kementerian Luar Negeri Swedia, mengatakan perundingan berjalan baik.'), []);
  });

  it('reads a title set before the name with a comma between', () => {
    assert.match(rolesFlagged('Menteri luar negeri Norwegia yang baru diangkat, Lars Holm, ikut dalam rombongan ke Stockholm.').join('\n'),
      /Lars Holm sebagai “Menteri pertahanan Norwegia yang baru diangkat”; draf menyebut “Menteri luar negeri Norwegia yang baru diangkat”/);
    assert.deepEqual(rolesFlagged('Menteri pertahanan Norwegia yang baru, Lars Holm, ikut dalam rombongan ke Stockholm.'), []);
    // A title that ends in the body it is of, opening the sentence ("Kepala … Roscosmos, Andrei Belousov, …").
    assert.match(rolesFlagged('Kepala Kementerian Luar Negeri Swedia, Lars Holm, ikut dalam rombongan ke Stockholm.').join('\n'),
      /Lars Holm sebagai “Menteri pertahanan Norwegia yang baru diangkat”; draf menyebut “Kepala Kementerian Luar Negeri Swedia”/);
  });
});
