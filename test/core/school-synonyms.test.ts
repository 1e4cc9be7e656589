import * as assert from 'node:assert/strict';
import { fixtureCorpus, flaggedBy } from './seed-corpus';

// "murid" for "siswa" (a school's pupils) and "mempunyai" for "memiliki" (to have): words Indonesian news copy
// exchanges without changing what is claimed (lexicon/synonyms.ts). The passage that words the claim so is found, and
// the claim's figures are not held to another story's sentence about two of the classrooms. A claim of the set
// written on this fixture.

describe('pupils and having said otherwise', () => {
  const flagged = flaggedBy(fixtureCorpus('sekolah-roboh'));

  it('reads "mempunyai … murid" as the story\'s "memiliki … siswa", and a wrong figure is still wrong', () => {
    assert.deepEqual(flagged('Sekolah yang berdiri sejak 1982 itu mempunyai 186 murid yang belajar di enam ruang kelas.\n'), []);
    assert.deepEqual(flagged('Sekolah yang berdiri sejak 1982 itu mempunyai 168 murid yang belajar di enam ruang kelas.\n').map(d => d.code), ['number-mismatch']);
  });
});
