import * as assert from 'node:assert/strict';
import { fixtureCorpus, flaggedBy } from './seed-corpus';

// A count that grew is said with any verb of growth before the count it grew to or from ("naik menjadi", "bertambah
// dari"), and "tercatat" (recorded) only leads into the count after it (index/support.ts growthForms, FIGURE_LEADS).
// On the rabies fixture, whose story has "bertambah menjadi 31 orang, dari sebelumnya 17 orang".

const flagged = flaggedBy(fixtureCorpus('wabah-rabies'));

describe('a count that grew, in other words', () => {
  it('passes "tercatat 31 orang, naik dari 17" against "bertambah menjadi 31 orang, dari sebelumnya 17"', () => {
    assert.deepEqual(flagged('Per 9 April 2026, korban gigitan hewan penular rabies di Rawa Lintang tercatat 31 orang, naik dari 17 orang pada laporan sebelumnya.\n').map(d => d.code), []);
  });

  it('still flags the count changed', () => {
    assert.equal(flagged('Per 9 April 2026, korban gigitan hewan penular rabies di Rawa Lintang tercatat 38 orang, naik dari 17 orang pada laporan sebelumnya.\n').length, 1);
  });
});
