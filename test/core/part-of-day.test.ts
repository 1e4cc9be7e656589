import * as assert from 'node:assert/strict';
import { fixtureCorpus, flaggedBy } from './seed-corpus';

// A part of the day right before the claim's date ("pada dini hari 8 Juni 2024") belongs to the date, as it does after
// a weekday ("Sabtu dini hari"): no word a passage must have (index/support.ts claimTerms). The date itself is still
// the date check's to compare.

const eruption = flaggedBy(fixtureCorpus('gunung'));
const flagged = (text: string) => eruption(text + '\n').filter(d => d.severity === 'error' || d.severity === 'warning');

describe('a part of the day before a date', () => {
  it('is no word the passage must have', () => {
    assert.deepEqual(flagged('Saat meletus pada dini hari 8 Juni 2024, Gunung Karabesi melontarkan abu hingga 3.800 meter di atas puncaknya.'), []);
  });

  it('leaves the date to be compared', () => {
    const [d] = flagged('Saat meletus pada dini hari 9 Juni 2024, Gunung Karabesi melontarkan abu hingga 3.800 meter di atas puncaknya.');
    assert.equal(d?.code, 'date-mismatch');
  });
});
