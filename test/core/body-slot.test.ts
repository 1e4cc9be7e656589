import * as assert from 'node:assert/strict';
import { flaggedBy, seedCorpus } from './seed-corpus';

// A body named where the passage names another of its kind in the same slot, a word saying whose it is between
// ("kantor berita negara Belta" against "kantor berita Xinhua"), is a swapped name (checks/entity-swap.ts). The seed
// articles: Belta, Belarus's state news agency, quoted Lukashenko's thanks to Xi; Xinhua interviewed Putin.

const flagged = flaggedBy(seedCorpus());

describe('a news agency put for the one the passage names', () => {
  it('is flagged, with the passage\'s as the fix, and the passage\'s own passes', () => {
    const [d, ...rest] = flagged('Menurut kantor berita Xinhua, Lukashenko berterima kasih kepada Xi atas dukungan China.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unknown-entity');
    assert.deepEqual(d.fixes.map(f => f.newText), ['Belta']);
    assert.deepEqual(flagged('Menurut kantor berita Belta, Lukashenko berterima kasih kepada Xi atas dukungan China.\n'), []);
  });
});
