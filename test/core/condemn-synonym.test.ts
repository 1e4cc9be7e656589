import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// "Mengecam" and "mengutuk" both say condemning (lexicon/synonyms.ts): a paraphrase with one is backed by the
// passage with the other. A made-up corpus.

const corpus = corpusOfLines({
  'dewan.txt': ['Dewan kota tidak pernah mengutuk penutupan pelabuhan, sebaliknya mengklaim netral dalam sengketa itu.', 'Sidang berikutnya pekan depan.'],
  'kopi.txt': ['Kopi dari Waringin dijual ke India dan Jepang.'],
});
const flagged = flaggedBy(corpus);

describe('condemning, said two ways', () => {
  it('passes "mengecam" for "mengutuk"', () => {
    assert.deepEqual(flagged('Dewan kota tak pernah mengecam penutupan pelabuhan.\n'), []);
  });

  it('finds the negation dropped, with either word', () => {
    assert.equal(flagged('Dewan kota mengecam penutupan pelabuhan.\n')[0]?.code, 'contradiction');
  });
});
