import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedBy } from './seed-corpus';

// A passage without the claim's figures may be about another moment than the claim (checks/opposite-finding.ts
// outweighed), but not the sentence right after the one that has them, pointing back to its thing: "Pergeseran
// anggaran itu telah disetujui DPRD" after "… menggeser anggaran sebesar Rp 9,6 miliar …". Made-up sources.

describe("an opposite right after the sentence with the claim's figures", () => {
  const flagged = flaggedBy(corpusOfLines({
    'anggaran.txt': [
      'Pemerintah kabupaten juga menggeser anggaran sebesar Rp 9,6 miliar dari pos belanja perjalanan dinas untuk penanganan stunting. Pergeseran anggaran itu telah disetujui DPRD dalam rapat paripurna pada Jumat (6/3/2026).',
      ...fillerLines(6, 'id', 'Sukamaju'),
    ],
  }));
  const codes = (text: string) => flagged(text + '\n').map(d => d.code);

  it('opposes the claim when it points back to that sentence', () => {
    assert.deepEqual(codes('Pergeseran anggaran Rp 9,6 miliar untuk penanganan stunting di Sukamaju belum disetujui DPRD.'), ['contradiction']);
  });

  it('agrees with the claim that keeps its polarity', () => {
    assert.ok(!codes('Pergeseran anggaran Rp 9,6 miliar untuk penanganan stunting di Sukamaju telah disetujui DPRD.').includes('contradiction'));
  });
});
