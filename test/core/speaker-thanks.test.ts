import * as assert from 'node:assert/strict';
import { flaggedBy, seedCorpus } from './seed-corpus';

// Thanking is saying: words of thanks the sources give to one person, put in another's mouth, are flagged even
// where the draft's sentence alone does not show its name is a person's (checks/speaker-near.ts). The seeds give
// the thanks for "dukungan serius China di masa-masa sulit ini" to Lukashenko.

const flagged = (text: string) => flaggedBy(seedCorpus())(text + '\n');

describe('thanks given in another mouth', () => {
  it('flags the thanks given to Raisi, and passes them given to Lukashenko', () => {
    const [d, ...rest] = flagged('Raisi berterima kasih kepada Xi atas dukungan serius China di masa-masa sulit.');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /Ebrahim Raisi/);
    assert.deepEqual(flagged('Lukashenko berterima kasih kepada Xi atas dukungan serius China di masa-masa sulit.'), []);
  });
});
