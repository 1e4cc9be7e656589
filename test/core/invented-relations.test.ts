import * as assert from 'node:assert/strict';
import { checkDraft } from '../../server/src/core/checks/check';
import { seedCorpus } from './seed-corpus';

// Relations the seed articles never state, built from their own names and words: each has a passage close enough
// to fall in the weak-support band (support probability from 0.25 to the threshold), so only the rule that a claim
// word standing elsewhere in the sources keeps the finding strong (checks/weak-support.ts) keeps them warnings.

const INVENTED = [
  // China and Russia, cooperation, nuclear energy: all in the seeds, never together, and "fusi" stands elsewhere.
  'China dan Rusia akan bekerja sama dalam pengembangan energi fusi nuklir.',
  // Putin and Xi, a pledge, nuclear power, Ukraine: no passage has Putin promise Xi anything of the kind.
  'Putin berjanji kepada Xi untuk membangun pembangkit listrik tenaga nuklir di Ukraina.',
  // Raisi and Putin, troops, Kharkiv: the offensive on Kharkiv is Russia's alone.
  'Raisi dan Putin sepakat mengirim pasukan ke Kharkiv.',
];

describe('invented relations between real names', () => {
  for (const claim of INVENTED) {
    it(`stays a warning: ${claim}`, () => {
      const found = checkDraft(seedCorpus(), claim + '\n', 'markdown');
      assert.ok(found.some(d => d.severity === 'warning' || d.severity === 'error'), JSON.stringify(found.map(d => [d.code, d.severity])));
    });
  }
});
