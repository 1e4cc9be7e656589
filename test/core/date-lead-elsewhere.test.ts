import * as assert from 'node:assert/strict';
import { fixtureCorpus, flaggedBy } from './seed-corpus';

// A claim that dates an event to a day, whose closest passage is undated: another story's lead that states the claim
// about as well, and dates the act, gives the date to hold it to (checks/date-check.ts datedLead). On the
// school-admissions fixture: a follow-up's "Hendra Wicaksono resmi dicopot dari jabatan kepala sekolah …" is undated,
// and the first story's lead has the regency "menonaktifkan" him "sejak Rabu (15/7/2026)".

const flagged = flaggedBy(fixtureCorpus('pungli-ppdb'));
const codes = (text: string) => flagged(text + '\n').map(d => d.code);

describe('a day held to another story\'s lead', () => {
  it('is flagged when the lead dates the act to another day', () => {
    assert.deepEqual(codes('Hendra Wicaksono dinonaktifkan dari jabatan Kepala SMP Negeri 3 Tirtamulya sejak Senin (13/7/2026).'), ['date-mismatch']);
  });

  it('passes the lead\'s day', () => {
    assert.deepEqual(codes('Hendra Wicaksono dinonaktifkan dari jabatan Kepala SMP Negeri 3 Tirtamulya sejak Rabu (15/7/2026).'), []);
  });
});
