import * as assert from 'node:assert/strict';
import { flaggedBy, seedCorpus } from './seed-corpus';

// A passage's verb that denies the act after it ("… jika Amerika Serikat dan NATO gagal membantu militernya") is
// that act's negation, not a predicate opposed to the claim's ("bantuan … baru tiba pada awal Juli", arriving being
// reaching, and reaching the opposite of failing): no contradiction from it (checks/contradiction-check.ts). The
// claim's own denying verb is its predicate: "berhenti membeli" against "meningkatkan pembelian" still is one. On the
// seed articles, where the sentence with "gagal membantu" states more of the claim than the one saying when aid
// arrives.

describe('a verb that denies the act after it', () => {
  const flagged = flaggedBy(seedCorpus());

  it('in the passage, is no opposite of the claim\'s predicate', () => {
    assert.deepEqual(flagged('Bantuan militer AS untuk Ukraina mungkin baru tiba pada awal Juli.\n'), []);
  });

  it('in the claim, is still its predicate against the passage\'s opposite', () => {
    assert.equal(flagged('China telah berhenti membeli minyak Rusia dengan harga diskon.\n')[0]?.code, 'contradiction');
  });
});
