import * as assert from 'node:assert/strict';
import { fixtureCorpus, flaggedBy } from './seed-corpus';

// "mulai" (from) right before a date or a clock time is of the date, as "sejak" is: no word a passage must have
// (index/support.ts startOfDate). Before a verb it is an act begun and stays. On the school-admissions fixture, whose
// lead has the regency "menonaktifkan" the head "sejak Rabu (15/7/2026)".

const flagged = flaggedBy(fixtureCorpus('pungli-ppdb'));

describe('"mulai" before a date', () => {
  it('is no word the passage must have', () => {
    assert.deepEqual(flagged('Pemerintah Kabupaten Tirtamulya membebastugaskan sementara Hendra Wicaksono dari jabatan Kepala SMP Negeri 3 Tirtamulya mulai Rabu (15/7/2026).\n').map(d => d.code), []);
  });

  it('leaves the date to be held to the story\'s: another day is flagged', () => {
    assert.equal(flagged('Pemerintah Kabupaten Tirtamulya membebastugaskan sementara Hendra Wicaksono dari jabatan Kepala SMP Negeri 3 Tirtamulya mulai Senin (13/7/2026).\n').length, 1);
  });
});
