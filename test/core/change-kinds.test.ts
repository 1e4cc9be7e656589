import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedBy } from './seed-corpus';

// A change denied denies every kind of change ("tidak berubah" against "dinaikkan", "did not change" against
// "rose"); a change stated, or a kind denied, denies nothing (checks/change-kinds.ts).

const tariffs = flaggedBy(corpusOfLines({
  'tarif.txt': [
    'PDAM Tirta Sela melayani 92.350 pelanggan, sebagian besar rumah tangga.',
    'Tarif untuk pelanggan sosial, seperti rumah ibadah dan panti asuhan, tidak berubah.',
    ...fillerLines(6, 'id', 'Karangsela'),
  ],
}));

const fares = flaggedBy(corpusOfLines({
  'fares.txt': [
    'Tram fares in Wrenford did not change in January, the transport authority said.',
    'Parking charges in the city centre went up by ten percent.',
    ...fillerLines(6, 'en', 'Wrenford'),
  ],
}));

describe('a kind of change against a change denied', () => {
  it('is a contradiction in Indonesian, whichever kind', () => {
    for (const claim of ['Tarif untuk rumah ibadah dan panti asuhan dinaikkan.', 'Tarif untuk pelanggan sosial, seperti rumah ibadah dan panti asuhan, turun.']) {
      const [d] = tariffs(claim + '\n');
      assert.equal(d?.code, 'contradiction', claim);
      assert.match(d.message, /sumber menyebut “tidak berubah”/);
    }
  });

  it('is a contradiction in English', () => {
    const [d] = fares('Tram fares in Wrenford rose in January, the transport authority said.\n');
    assert.equal(d?.code, 'contradiction');
    assert.match(d.message, /did not change/);
  });

  it('is none for a kind denied, which leaves another possible, nor for the same words', () => {
    assert.ok(!tariffs('Tarif untuk pelanggan sosial tidak naik.\n').some(d => d.code === 'contradiction'));
    assert.deepEqual(tariffs('Tarif untuk pelanggan sosial, seperti rumah ibadah dan panti asuhan, tidak berubah.\n'), []);
    assert.ok(!fares('Tram fares in Wrenford did not rise in January, the transport authority said.\n').some(d => d.code === 'contradiction'));
  });
});
