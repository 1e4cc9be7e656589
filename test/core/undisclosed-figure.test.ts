import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// An amount where the story says none was given: "mengalokasikan Rp 20 miliar" against "tidak menyebutkan besaran
// anggarannya", "put £2 million into the repair" against "did not disclose the cost" (checks/undisclosed-figure.ts).
// A made-up corpus.

const flagged = flaggedBy(corpusOfLines({
  'tanggul.txt': [
    'Gubernur Jambi, Lestari Ningsih, menjanjikan perbaikan tanggul Sungai Batang Tembesi tahun ini.',
    'Namun ia tidak menyebutkan besaran anggarannya.',
  ],
  'repair.txt': ['The county promised to repair the harbour wall before the winter storms but did not disclose the cost.'],
  'bantuan.txt': ['Kementerian Sosial mengirimkan bantuan logistik senilai Rp 850 juta untuk korban banjir.'],
}));
const numbers = (text: string) => flagged(text).filter(d => d.code === 'number-mismatch');

describe('an amount the story says was not given', () => {
  it('is a number mismatch that shows the words saying so, with no fix', () => {
    const [d] = numbers('Gubernur Jambi mengalokasikan Rp 20 miliar untuk perbaikan tanggul Sungai Batang Tembesi.\n');
    assert.match(d?.message ?? '', /Sumber menyebut “tidak menyebutkan besaran anggarannya”; draf menyebut “Rp 20 miliar”/);
    assert.deepEqual(d.fixes, []);
    assert.equal(numbers('The county put £2 million into repairing the harbour wall before the winter storms.\n').length, 1);
  });

  it('passes a claim without the amount, and an amount the story gives', () => {
    assert.deepEqual(numbers('Gubernur Jambi menjanjikan perbaikan tanggul Sungai Batang Tembesi tahun ini.\n'), []);
    assert.deepEqual(numbers('Kementerian Sosial mengirimkan bantuan senilai Rp 850 juta untuk korban banjir.\n'), []);
  });
});
