import * as assert from 'node:assert/strict';
import { flaggedBy, seedCorpus } from './seed-corpus';

// Words no source uses ("genap berusia") cannot be covered by any passage, so they do not keep a figure from being
// compared with the passage that states the rest (checks/number-check.ts). The seed articles: the joint statement
// signed "dalam rangka peringatan tujuh puluh lima tahun berdirinya hubungan diplomatik".

const flagged = flaggedBy(seedCorpus());

describe('a figure beside words no source uses', () => {
  it('is compared with the passage that states the rest, the source\'s figure as the fix', () => {
    const [d, ...rest] = flagged('Hubungan diplomatik kedua negara genap berusia 70 tahun.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'number-mismatch');
    assert.deepEqual(d.fixes.map(f => f.newText), ['tujuh puluh lima']);
  });

  it('is not a mismatch where it is the passage\'s', () => {
    assert.ok(!flagged('Hubungan diplomatik kedua negara genap berusia 75 tahun.\n').some(d => d.code === 'number-mismatch'));
  });
});
