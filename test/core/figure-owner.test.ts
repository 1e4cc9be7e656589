import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines } from './seed-corpus';
import { checkDraft } from '../../server/src/core/checks/check';

// A figure the story gives to one person, given in the claim to another it gives a figure of its own
// (checks/figure-owner.ts). Made-up sources.

const corpus = corpusOfLines({
  'result.txt': [
    'Eleanor Brackwell received 14,212 votes, ahead of Unity Party candidate Gareth Pellowe on 11,874.',
    'Nadia Oakhurst of the Green Commonwealth came third with 3,905 votes, and independent candidate Colin Marbury finished fourth with 1,146.',
    ...fillerLines(10),
  ],
});
const numbers = (text: string) => checkDraft(corpus, text + '\n', 'markdown').filter(d => d.code === 'number-mismatch').map(d => d.message);

describe('a figure given to another person', () => {
  it('is a mismatch, with the figure the story gives that person', () => {
    const [m, ...rest] = numbers('Independent candidate Colin Marbury finished fourth with 3,905 votes.');
    assert.equal(rest.length, 0);
    assert.match(m ?? '', /“1,146”; the draft says “3,905”/);
  });

  it('passes each figure given to its own person, and a figure the claim links to its person otherwise', () => {
    assert.deepEqual(numbers('Independent candidate Colin Marbury finished fourth with 1,146 votes.'), []);
    assert.deepEqual(numbers('Nadia Oakhurst came third with 3,905 votes.'), []);
    assert.deepEqual(numbers('Colin Marbury said 3,905 voters had backed Nadia Oakhurst.'), []);
  });
});
