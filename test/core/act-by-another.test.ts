import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/index/corpus';
import { checkDraft } from '../../server/src/core/checks/check';

// An act the passage gives to another party in the passive ("… yang ditolak Ukraina") and the draft to its own
// subject ("Putin menolak …"): checks/act-by-another.ts. A made-up corpus, so the rule carries each case.

const corpus = Corpus.build([{
  uri: 'rencana.txt', label: 'rencana.txt', format: 'plaintext', text: [
    'Gubernur Lestari Wibowo mengatakan rencana tanggul laut Waringin, yang ditolak Dewan Kota bulan lalu, masih bisa diperbaiki.',
    'Rencana itu memuat tanggul sepanjang dua kilometer di pesisir utara.',
    'Para nelayan Waringin khawatir tanggul akan menutup jalur perahu mereka.',
    'Di stadion Waringin, gol kemenangan Persikota dicetak oleh Arman Sudrajat dan Bayu Pratama pada babak kedua.',
  ].join('\n'),
}]);

const flagged = (text: string) => checkDraft(corpus, text, 'markdown').filter(d => d.severity === 'error' || d.severity === 'warning');

describe('an act the passage gives to another party', () => {
  it('flags the subject of an act the passage says another did, and offers the other', () => {
    const [d, ...rest] = flagged('Lestari Wibowo menolak rencana tanggul laut Waringin.');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unknown-entity');
    assert.deepEqual(d.fixes.map(f => f.newText), ['Dewan Kota']);
  });

  it('passes the party the passage names as the one who did it', () => {
    assert.deepEqual(flagged('Dewan Kota menolak rencana tanggul laut Waringin.'), []);
  });

  it('passes one of several the passage names as having done it', () => {
    assert.deepEqual(flagged('Bayu Pratama mencetak gol kemenangan Persikota.'), []);
  });
});

// In English, the active shape: the passage's own sentence gives the act to another name, and the claim's subject,
// named two sentences before, stands nowhere in it.
const english = Corpus.build([{
  uri: 'finance.txt', label: 'finance.txt', format: 'plaintext', text: [
    "The largest share would come from a loan arranged by the club's owner, the American investor Walter Kessling.",
    'Kessling said in a statement that he was fully committed to the club for the long term.',
    "The Rovers Supporters' Trust, which owns 5 per cent of the club, asked for a guarantee on ticket prices.",
    'Harbour Energy, which runs the Kelbrook terminal, said the spill had been contained by Tuesday.',
    'Investor Mara Lindqvist runs the Kelbrook terminal with two partners.',
  ].join('\n'),
}]);
const flaggedEnglish = (text: string) => checkDraft(english, text, 'markdown').filter(d => d.severity === 'error' || d.severity === 'warning');

describe('an act an English passage gives to another name', () => {
  it('flags the subject and offers the passage\'s agent, read whole across its apostrophe', () => {
    const [d] = flaggedEnglish('Walter Kessling owns 5 per cent of the club.');
    assert.equal(d?.code, 'unknown-entity');
    assert.deepEqual(d.fixes.map(f => f.newText), ["Rovers Supporters' Trust"]);
  });

  it('passes the agent itself, and a subject another passage gives the act to', () => {
    assert.deepEqual(flaggedEnglish("The Rovers Supporters' Trust owns 5 per cent of the club."), []);
    assert.deepEqual(flaggedEnglish('Mara Lindqvist runs the Kelbrook terminal.'), []);
  });
});

// In Indonesian, the active shape for people: the passage's act done by a person it names, or by "dia" standing for
// that person, and the claim's subject nowhere in the sentence.
const indonesian = Corpus.build([{
  uri: 'kunjungan.txt', label: 'kunjungan.txt', format: 'plaintext', text: [
    'Selain bertemu dengan Bupati Hendra Saputra di Waringin, Gubernur Lestari Wibowo juga dijadwalkan mengunjungi Sukamaju, di mana dia akan meresmikan pasar ikan baru.',
    'Menteri Perikanan Arif Nugroho mengatakan anggaran pelabuhan naik tahun ini.',
    'Para nelayan Sukamaju menyambut baik rencana itu.',
  ].join('\n'),
}]);
const flaggedIndonesian = (text: string) => checkDraft(indonesian, text, 'markdown').filter(d => d.severity === 'error' || d.severity === 'warning');

describe('an act an Indonesian passage gives to another person', () => {
  it('flags a person the sentence does not name, reading "dia" as the person it stands for', () => {
    const [d] = flaggedIndonesian('Arif Nugroho akan meresmikan pasar ikan baru di Sukamaju.');
    assert.equal(d?.code, 'unknown-entity');
    assert.deepEqual(d.fixes.map(f => f.newText), ['Lestari Wibowo']);
  });

  it('passes the person who does it', () => {
    assert.deepEqual(flaggedIndonesian('Lestari Wibowo akan meresmikan pasar ikan baru di Sukamaju.'), []);
  });
});
