import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedIn } from './seed-corpus';

// Willingness denied is the act denied: "belum bersedia memberikan keterangan" says he gave none, and so does "was
// not willing to comment"; so is an act denied to the point of it, "belum sampai menolak" (facts/negation.ts BRIDGE).
// Made-up sources.

const corpus = corpusOfLines({
  'periksa.txt': [
    'Direktur CV Karya Bumi, Fauzan Akbar, belum bersedia memberikan keterangan kepada wartawan seusai pemeriksaan.',
    '"Kami belum sampai menolak pasien, tetapi perawat kami sudah bekerja dua sif," kata Hendra Wijaya, direktur RSUD Sari Jaya.',
    ...fillerLines(10, 'id', 'Muara Tebing'),
  ],
  'inquiry.txt': [
    'The contractor, Milton Hale, was not willing to comment on the findings of the inspection.',
    ...fillerLines(10, 'en', 'Dunmore'),
  ],
});
const codes = (text: string) => flaggedIn(corpus, text + '\n').map(f => f.code);

describe('willingness denied', () => {
  it('contradicts a claim that the act was done', () => {
    assert.deepEqual(codes('Fauzan Akbar memberikan keterangan kepada wartawan seusai pemeriksaan.'), ['contradiction']);
    assert.deepEqual(codes('Milton Hale commented on the findings of the inspection.'), ['contradiction']);
  });

  it('so is an act denied "to the point of" ("belum sampai menolak")', () => {
    assert.deepEqual(codes('Hendra Wijaya mengatakan RSUD Sari Jaya sudah menolak pasien.'), ['contradiction']);
    assert.deepEqual(codes('Hendra Wijaya mengatakan RSUD Sari Jaya belum menolak pasien.'), []);
  });

  it('passes a claim that denies it too', () => {
    assert.deepEqual(codes('Fauzan Akbar tidak memberikan keterangan kepada wartawan seusai pemeriksaan.'), []);
  });
});
