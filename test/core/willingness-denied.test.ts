import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedIn } from './seed-corpus';

// Willingness denied is the act denied: "belum bersedia memberikan keterangan" says he gave none, and so does "was
// not willing to comment" (facts/negation.ts BRIDGE). Made-up sources.

const corpus = corpusOfLines({
  'periksa.txt': [
    'Direktur CV Karya Bumi, Fauzan Akbar, belum bersedia memberikan keterangan kepada wartawan seusai pemeriksaan.',
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

  it('passes a claim that denies it too', () => {
    assert.deepEqual(codes('Fauzan Akbar tidak memberikan keterangan kepada wartawan seusai pemeriksaan.'), []);
  });
});
