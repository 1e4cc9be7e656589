import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedBy } from './seed-corpus';

// "habis masa berlakunya" (its validity has run out) says "tidak berlaku lagi": the period's end denies the word
// after "masa" (facts/negation-phrases.ts endedAt). Made-up sources.

describe('a period that has ended', () => {
  const flagged = flaggedBy(corpusOfLines({
    'izin.txt': [
      'Dari pemeriksaan dokumen, izin usaha pabrik Sinar Tekstil sudah habis masa berlakunya sejak Maret 2025.',
      'Masa jabatan Kepala Desa Sukamaju, Darto, berakhir pada Januari 2026.',
      ...fillerLines(6, 'id', 'Sukamaju'),
    ],
  }));
  const codes = (text: string) => flagged(text + '\n').map(d => d.code);

  it('is no opposite of a claim that denies the word', () => {
    const found = codes('Izin usaha pabrik Sinar Tekstil sudah tidak berlaku sejak Maret 2025.');
    assert.ok(!found.includes('contradiction'), found.join());
  });

  it('contradicts a claim that says it still holds', () => {
    assert.deepEqual(codes('Izin usaha pabrik Sinar Tekstil masih berlaku sejak Maret 2025.'), ['contradiction']);
  });
});
