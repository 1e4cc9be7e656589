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
