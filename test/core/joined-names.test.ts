import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/index/corpus';

// Two names the capitals run together ("di kota kuno Jalur Sutra Samarkand" in the seeds): where the sources write
// each part on its own, one of them a place or an organisation, the registry takes the run as the two names,
// and the noun in front describes the last one, the first saying where it is. Other names than the seeds'.

function corpus(...texts: string[]): Corpus {
  return Corpus.build(texts.map((text, i) => ({ uri: `${i}.txt`, label: `${i}.txt`, format: 'plaintext' as const, text })));
}

describe('names run together', () => {
  it('splits a run into two names the sources write apart, and gives the description to the last', () => {
    const c = corpus('Para pedagang menempuh Jalur Rempah selama berabad-abad.\n\nKapal dagang tiba di Tidore pada bulan Mei.\n\n' +
      'Perayaan itu digelar di kota tua Jalur Rempah Tidore pekan lalu.');
    const tidore = c.registry.lookup('tidore');
    assert.equal(tidore?.kind, 'place');
    assert.equal(tidore?.mentions.length, 2);
    assert.deepEqual(tidore?.roles.map(r => r.text), ['kota tua Jalur Rempah']);
    assert.equal(c.registry.lookup('jalur rempah')?.mentions.length, 2);
  });

  it('keeps a run whole when its parts are not both written alone, or neither is a place or organisation', () => {
    const alone = corpus('Kapal dagang tiba di Tidore pada bulan Mei.\n\nPerayaan itu digelar di kota tua Jalur Rempah Tidore pekan lalu.');
    assert.ok(alone.registry.lookup('jalur rempah tidore'));
    assert.equal(alone.registry.lookup('tidore')?.mentions.length, 1);
  });
});
