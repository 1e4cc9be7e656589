import * as assert from 'node:assert/strict';
import { fixtureCorpus, flaggedBy } from './seed-corpus';

// Where the closest passage puts the claim's thing at another place, a later passage backs the claim only if it
// states, in its own sentence, both the claim's place and the thing the claim puts there (checks/place-from-afar.ts
// placedElsewhereHere). On the trader-murder fixture: the nephew "ditangkap di sebuah rumah kos di Desa Cempaka,
// Kecamatan Talang Rejo"; the lead names "Desa Sukamaju, Kecamatan Karangsari" for the victim's shop.

const flagged = flaggedBy(fixtureCorpus('pembunuhan-pedagang'));
const codes = (text: string) => flagged(text + '\n').map(d => d.code);

describe('a place a later passage names for another thing', () => {
  it('does not back the claim\'s thing put there', () => {
    assert.deepEqual(codes('Fajar Nugroho ditangkap di sebuah rumah kos di Desa Sukamaju, Kecamatan Karangsari.'), ['unsupported-claim']);
  });

  it('leaves the place the story gives the thing to pass', () => {
    assert.deepEqual(codes('Fajar Nugroho ditangkap di sebuah rumah kos di Desa Cempaka, Kecamatan Talang Rejo.'), []);
  });
});
