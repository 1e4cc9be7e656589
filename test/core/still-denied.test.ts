import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedIn } from './seed-corpus';

// "tetap" (still) before a denial is no form of "menetapkan" (to declare): "tetap tidak menetapkan status KLB"
// denies the act, and a claim that it was declared is contradicted (text/stem.ts PREFIXED_SENSE). Made-up sources.

const corpus = corpusOfLines({
  'wabah.txt': [
    'Bupati Antonius Rahadi tetap tidak menetapkan status KLB meskipun kasus terus bertambah.',
    'Pemerintah provinsi telah menetapkan Sari Jaya sebagai daerah rawan banjir.',
    ...fillerLines(10, 'id', 'Sari Jaya'),
  ],
});
const codes = (text: string) => flaggedIn(corpus, text + '\n').map(f => f.code);

describe('a denial after "tetap" (still)', () => {
  it('contradicts a claim that the act was done', () => {
    assert.deepEqual(codes('Bupati Antonius Rahadi akhirnya menetapkan status KLB.'), ['contradiction']);
  });

  it('passes the denial, and other forms of the verb stay one word', () => {
    assert.deepEqual(codes('Bupati Antonius Rahadi tidak menetapkan status KLB.'), []);
    assert.deepEqual(codes('Sari Jaya ditetapkan sebagai daerah rawan banjir oleh pemerintah provinsi.'), []);
  });
});
