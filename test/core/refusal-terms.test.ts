import * as assert from 'node:assert/strict';
import { fixtureCorpus, flaggedBy } from './seed-corpus';

// A verb of refusing ("refused to provide", "enggan mengutuk") says what "not" says: a passage that denies the act
// otherwise ("ruled out extra government funding") need not have the verb (index/support.ts claimTerms). The
// polarity checks still read it: agreeing where the passage refuses is flagged. On the hospital fixture.

const flagged = flaggedBy(fixtureCorpus('hospital'));

describe('a verb of refusing in a claim', () => {
  it('is not a word the passage must have', () => {
    assert.deepEqual(flagged('Health Minister Helen Ashdown refused to provide extra government money to end the dispute.\n'), []);
  });

  it('leaves the act it denies to be weighed: agreeing to it is still flagged', () => {
    assert.equal(flagged('Health Minister Helen Ashdown agreed to provide extra government money to end the dispute.\n').length, 1);
  });
});
