import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedIn } from './seed-corpus';

// Sides named by the compass rule each other out, as adjectives too: "the western bank" where the passage says
// "the eastern bank" (lexicon/antonyms.ts). A made-up corpus.

const corpus = corpusOfLines({
  'bakery.txt': [
    'Sandra Kell, who runs a bakery on the eastern bank of the river, said her takings had fallen by half.',
    'Pedestrians may still cross on a footway on the western side of the bridge.',
  ],
});
const codes = (text: string) => flaggedIn(corpus, text + '\n').map(d => d.code);

describe('sides of the compass', () => {
  it('flags the opposite side given to what the passage places', () => {
    assert.deepEqual(codes('Sandra Kell runs a bakery on the western bank of the river.'), ['contradiction']);
    assert.deepEqual(codes('Pedestrians may still cross on a footway on the northern side of the bridge.'), ['contradiction']);
  });

  it('passes the side the passage gives', () => {
    assert.deepEqual(codes('Sandra Kell runs a bakery on the eastern bank of the river.'), []);
  });
});
