import * as assert from 'node:assert/strict';
import { flaggedBy, seedCorpus } from './seed-corpus';

// "Menyuarakan kekhawatiran" and "membunyikan alarm" both say raising concern (lexicon/synonyms.ts): a paraphrase
// with one is backed by the passage with the other. On the seed articles, where the paraphrase was flagged.

describe('raising the alarm, said two ways', () => {
  it('passes "menyuarakan kekhawatiran" for "membunyikan alarm"', () => {
    assert.deepEqual(flaggedBy(seedCorpus())('Para pemimpin dunia lain telah menyuarakan kekhawatiran atas semakin dalamnya hubungan Moskow dan Beijing.\n'), []);
  });
});
