import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy, flaggedIn, seedCorpus } from './seed-corpus';

// A caption or subheading of a few words owes its alignment to the sentences around it; it backs a claim only with
// what it states itself (checks/support-check.ts captionOnly), and is not the passage shown.

describe('a caption between sentences', () => {
  it('does not back a claim it states nothing of, and is not shown as the closest passage', () => {
    // The seed story has the subheading "Hubungan ‘tanpa batas’" between sentences on the two leaders' ties.
    const [d, ...rest] = flaggedIn(seedCorpus(), 'Media pemerintah China menayangkan perayaan 75 tahun hubungan diplomatik secara langsung dari Moskow.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unsupported-claim');
    assert.doesNotMatch(d.message, /“Hubungan ‘tanpa batas’”/);
  });

  it('leaves the sentences around a caption backing what they state', () => {
    const flagged = flaggedBy(corpusOfLines({ 'festival.txt': [
      'Festival Layang-layang Pesisir digelar di pantai selatan Kota Waringin pada hari Minggu.',
      'Hubungan ‘tanpa batas’',
      'Wali kota Waringin mengatakan festival itu mempererat hubungan kota dengan para nelayan.',
    ] }));
    assert.deepEqual(flagged('Wali kota Waringin mengatakan festival itu mempererat hubungan kota dengan para nelayan.\n'), []);
  });
});
