import * as assert from 'node:assert/strict';
import { fixtureCorpus, messagesOf } from './seed-corpus';

// "sapi tanpa surat keterangan … tidak boleh masuk" (no cow without a letter may enter) requires the letter, as the
// story's "wajib disertai surat keterangan" does: a "tanpa" under a ban sets a condition and denies nothing
// (facts/modality.ts conditionOfBan). Without the ban, the same "tanpa" says the opposite of the story.

const contradictions = messagesOf(fixtureCorpus('pencurian-ternak'), 'contradiction');

describe('"tanpa" under a ban', () => {
  it('is no contradiction of the duty the story states', () => {
    assert.deepEqual(contradictions('Sejak 1 April 2026, sapi tanpa surat keterangan asal ternak dari kepala desa tidak boleh masuk ke Pasar Hewan Kliwon.'), []);
  });

  it('still contradicts it where nothing is banned', () => {
    assert.equal(contradictions('Sejak 1 April 2026, sapi tanpa surat keterangan asal ternak dari kepala desa boleh masuk ke Pasar Hewan Kliwon.').length, 1);
  });
});
