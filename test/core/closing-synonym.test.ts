import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedIn } from './seed-corpus';

// "shut" for "closed", "endorsed" for "approved" and "grown" for "risen": words news copy exchanges without changing what is claimed
// (lexicon/synonyms.ts). Made-up sources.

const corpus = corpusOfLines({
  'school.txt': [
    'Cedar Ridge Elementary School, which closed on February 26, will stay closed until March 24.',
    'Union members approved the agreement by 438 votes to 97 at the civic centre on Sunday.',
    'The club said the capacity of Holloway Lane, 11,500, was no longer enough.',
    'Season-ticket holders have risen from 6,200 to 9,800 in three seasons.',
    ...fillerLines(10),
  ],
});
const flagged = (text: string) => flaggedIn(corpus, text + '\n');

describe('closing, approving and rising said otherwise', () => {
  it('takes "shut" for "closed" and "endorsed" for "approved"', () => {
    assert.deepEqual(flagged('Cedar Ridge Elementary School was shut from February 26 until March 24.'), []);
    assert.deepEqual(flagged('Union members endorsed the agreement by 438 votes to 97 on Sunday.'), []);
  });

  it('takes "grown" for "risen" in a sentence that joins two statements', () => {
    assert.deepEqual(flagged("The club's ground holds 11,500 fans, and season-ticket holders have grown to 9,800 in three seasons."), []);
  });
});
