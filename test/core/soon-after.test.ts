import * as assert from 'node:assert/strict';
import { flaggedBy, seedCorpus } from './seed-corpus';

// "tak lama setelah" (shortly after) says what "segera setelah" says: no negation for the verifier or the
// contradiction check, and its "lama" no word a passage must have (facts/negation.ts soonAfter).

const flagged = (text: string) => flaggedBy(seedCorpus())(text + '\n');

describe('shortly after', () => {
  it('passes "tak lama setelah" where the source has "segera setelah"', () => {
    assert.deepEqual(flagged('Xi bertemu Putin tak lama setelah pulang dari kunjungan Eropa pertamanya dalam lima tahun.'), []);
  });

  it('still flags what else the sentence gets wrong', () => {
    const found = flagged('Xi bertemu Putin tak lama setelah pulang dari kunjungan Asia pertamanya dalam lima tahun.');
    assert.deepEqual(found.map(d => d.code), ['unknown-entity']);
    assert.match(found[0].message, /“Eropa”.*“Asia”/);
  });
});
