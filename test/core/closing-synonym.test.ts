import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedIn } from './seed-corpus';

// "shut" for "closed" and "endorsed" for "approved": words news copy exchanges without changing what is claimed
// (lexicon/synonyms.ts). Made-up sources.

const corpus = corpusOfLines({
  'school.txt': [
    'Cedar Ridge Elementary School, which closed on February 26, will stay closed until March 24.',
    'Union members approved the agreement by 438 votes to 97 at the civic centre on Sunday.',
    ...fillerLines(10),
  ],
});
const flagged = (text: string) => flaggedIn(corpus, text + '\n');

describe('closing and approving said otherwise', () => {
  it('takes "shut" for "closed" and "endorsed" for "approved"', () => {
    assert.deepEqual(flagged('Cedar Ridge Elementary School was shut from February 26 until March 24.'), []);
    assert.deepEqual(flagged('Union members endorsed the agreement by 438 votes to 97 on Sunday.'), []);
  });
});
