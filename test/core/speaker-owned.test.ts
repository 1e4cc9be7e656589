import * as assert from 'node:assert/strict';
import { fixtureCorpus, flaggedBy } from './seed-corpus';

// A name after "milik" (owned by) is the owner of what acts, not the subject of the verb after it: in "Papan nama …
// di depan gudang milik Haryono menyebut …" the sign says it, not Haryono (facts/attribution.ts speaksIn). On the
// fireworks fixture, where a village head reports what the sign says and Haryono owns the warehouse.

const flagged = flaggedBy(fixtureCorpus('ledakan-gudang'));
const codes = (text: string) => flagged(text + '\n').map(d => d.code);

describe('a name after "milik" before a verb of saying', () => {
  it('is no speaker the passage must name', () => {
    assert.deepEqual(codes('Papan nama yang terpasang di depan gudang milik Haryono menyebut bangunan tersebut sebagai tempat penyimpanan pakan ternak.'), []);
  });

  it('leaves the owner named as the subject a speaker the sources must give it to', () => {
    assert.deepEqual(codes('Haryono menyebut bangunan tersebut sebagai tempat penyimpanan pakan ternak.'), ['unsupported-claim']);
  });
});
