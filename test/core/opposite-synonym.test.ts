import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// Opposites through a synonym (lexicon/antonyms.ts areOpposed): "berhasil" (succeeded) against a passage's
// "runtuh" (collapsed), which the lexicon holds for "gagal" (failed). A made-up corpus.

const corpus = corpusOfLines({
  'perundingan.txt': [
    'Upaya perundingan antara nelayan dan pengembang pelabuhan secara efektif runtuh pada bulan April setelah tuduhan penggusuran paksa.',
    'Sejak itu kedua pihak tidak lagi bertemu.',
  ],
});
const flagged = flaggedBy(corpus);

describe('an opposite through a synonym', () => {
  it('flags success where the passage has the talks collapse', () => {
    assert.equal(flagged('Upaya perundingan antara nelayan dan pengembang pelabuhan berhasil dihidupkan kembali pada bulan April.\n').length, 1);
  });

  it('passes the collapse said with the synonym', () => {
    assert.deepEqual(flagged('Upaya perundingan antara nelayan dan pengembang pelabuhan gagal pada bulan April setelah tuduhan penggusuran paksa.\n'), []);
  });
});
