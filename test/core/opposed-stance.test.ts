import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedIn } from './seed-corpus';

// Backing a decision is the opposite of criticising it: "mendukung keputusan" against "mengkritik keputusan"
// (lexicon/antonyms.ts). Made-up sources.

const corpus = corpusOfLines({
  'dprd.txt': [
    'Ketua Komisi IV DPRD Lembah Sari, Yohanes Ketut Darma, mengkritik keputusan bupati tidak menetapkan status KLB.',
    ...fillerLines(10, 'id', 'Sari Jaya'),
  ],
});
const codes = (text: string) => flaggedIn(corpus, text + '\n').map(f => f.code);

describe('backing and criticising a decision', () => {
  it('are opposed', () => {
    assert.deepEqual(codes('Yohanes Ketut Darma mendukung keputusan bupati tidak menetapkan status KLB.'), ['contradiction']);
  });

  it('and the criticism as the source tells it passes', () => {
    assert.deepEqual(codes('Yohanes Ketut Darma mengkritik keputusan bupati tidak menetapkan status KLB.'), []);
  });
});
