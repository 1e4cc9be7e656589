import * as assert from 'node:assert/strict';
import { fixtureCorpus, flaggedBy } from './seed-corpus';

// A quote the draft gives to a person's full name is theirs where the story quotes them by the first words of it
// (checks/quote-check.ts mayBeOnePerson): the shrimp-pond fixture names "Bupati Pasir Rambai, Ahmad Fauzan Lubis" and
// quotes "Ahmad Fauzan". Another person of the story given the words is still flagged.

const flagged = flaggedBy(fixtureCorpus('tambak-udang'));
const quote = '"Kami tidak anti-investasi, tetapi investasi tidak boleh mengorbankan nelayan dan lingkungan."';

describe('a quote given to the full name of the one a story quotes short', () => {
  it('is theirs', () => {
    assert.deepEqual(flagged(`Bupati Pasir Rambai, Ahmad Fauzan Lubis, mengatakan, ${quote}\n`).map(d => d.code), []);
  });

  it('is another\'s when given to someone else of the story', () => {
    assert.deepEqual(flagged(`Rusdi Hamzah mengatakan, ${quote}\n`).map(d => d.code), ['misattributed-quote']);
  });
});
