import * as assert from 'node:assert/strict';
import { flaggedBy, seedCorpus } from './seed-corpus';

// Once a passage says the claim in another's mouth, a passage further down backs it only by stating a good part of
// it in its own sentence: one that gathers the words and the speaker's name from the sentences around it does not
// (checks/support-check.ts). The seed articles: the Ukrainian leader's warning that Russia could carry its war
// "ke Eropa dan Amerika Serikat", and two paragraphs up a sentence on the partners' tensions "dengan Amerika Serikat
// dan Eropa" between Xi's name and Russia's offensive.

const flagged = flaggedBy(seedCorpus());

describe('a statement given to another, passed on a passage that says little of it', () => {
  it('is flagged as not the speaker\'s, with the name', () => {
    const [d, ...rest] = flagged('Xi mengatakan Rusia dapat melancarkan perangnya langsung ke Eropa dan Amerika Serikat.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /Xi Jinping/);
  });

  it('passes in the mouth of the one who said it', () => {
    assert.deepEqual(flagged('Zelensky memperingatkan bahwa Rusia dapat melancarkan perangnya langsung ke Eropa dan Amerika Serikat.\n'), []);
  });
});
