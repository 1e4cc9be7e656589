import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedBy } from './seed-corpus';

// After a verb of change, "hingga" and "sampai" give the figure it changed to ("diperpanjang hingga tujuh hari"), not
// a bound ("up to seven days"; facts/hedges.ts): a claim that says "diperpanjang menjadi tujuh hari" says the same.

describe('a figure a verb of change goes to', () => {
  const flagged = flaggedBy(corpusOfLines({
    'sar.txt': [
      'Komandan Tim SAR Gabungan, Andika Prasetyo, menyatakan operasi pencarian diperpanjang hingga tujuh hari dan penyisiran diperluas sampai 20 kilometer ke hilir.',
      ...fillerLines(6, 'id', 'Koto Ilalang'),
    ],
  }));

  it('is the figure itself', () => {
    assert.deepEqual(flagged('Menurut Andika Prasetyo, operasi pencarian diperpanjang menjadi tujuh hari dan penyisiran diperluas hingga 20 kilometer ke hilir.\n'), []);
  });

  it('still tells another figure apart', () => {
    assert.deepEqual(flagged('Menurut Andika Prasetyo, operasi pencarian diperpanjang menjadi sembilan hari dan penyisiran diperluas hingga 20 kilometer ke hilir.\n').map(d => d.code), ['number-mismatch']);
  });
});
