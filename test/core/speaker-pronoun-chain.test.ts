import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedIn } from './seed-corpus';

// A statement a story gives by a pronoun after a quotation given the same way ("… Helen Marsh-Iqbal told reporters …
// “We are not ruling anything out,” she said. She said the captain had tested negative …") is that speaker's: the
// pronoun points back to whom the quotation before it is given (checks/speaker-near.ts). A made-up story.

const corpus = corpusOfLines({
  'inquiry.txt': [
    'The authority\'s chief inspector, Helen Marsh-Iqbal, told reporters the inquiry would examine the ferry\'s route, crew hours and weather. "We are not ruling anything out," she said. She said the captain had tested negative for alcohol and there was no sign of engine failure.',
    'Owen Halloran, chief executive of the ferry company, said the company would cooperate.',
  ],
  'filler.txt': fillerLines(30),
});
const flagged = (text: string) => flaggedIn(corpus, text + '\n');

describe('a pronoun after a quotation', () => {
  it('gives the statement to whom the quotation before it is given', () => {
    assert.deepEqual(flagged('Chief inspector Helen Marsh-Iqbal, who said the inquiry was ruling nothing out, told reporters the captain had tested negative for alcohol.'), []);
    assert.deepEqual(flagged('Helen Marsh-Iqbal said the captain had tested negative for alcohol.'), []);
  });

  it('gives it to no one else', () => {
    assert.equal(flagged('Owen Halloran said the captain had tested negative for alcohol.')[0]?.code, 'unsupported-claim');
  });
});
