import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedBy } from './seed-corpus';

// A person's name made of two known people's names ("Celia Halvorsen" where the sources have Fire Commissioner Idris
// Halvorsen and Governor Celia Arrandt): every word is known, yet it names no one (checks/mixed-person.ts).

const flagged = flaggedBy(corpusOfLines({
  'fire.txt': [
    'Fire Commissioner Idris Halvorsen said the fire was now 60 percent contained.',
    'Governor Celia Arrandt announced 12 million dollars in emergency funds for evacuated families.',
    'Tomas Beaulieu spent the night at the school.',
    'His sister, Marta Beaulieu, arrived on Tuesday.',
    ...fillerLines(8),
  ],
}));
const names = (text: string) => flagged(text + '\n').filter(d => d.code === 'unknown-entity');

describe('a person\'s name made of two known people\'s names', () => {
  it('is unknown, with the surname\'s owner as the fix', () => {
    const [d, ...rest] = names('Fire Commissioner Celia Halvorsen said the fire was now 60 percent contained.');
    assert.equal(rest.length, 0);
    assert.match(d?.message ?? '', /“Celia Halvorsen”.*“Idris Halvorsen”.*“Celia Arrandt”/);
    assert.deepEqual(d.fixes.map(f => f.newText), ['Idris Halvorsen']);
  });

  it('passes the names as the sources give them, and a surname two people share', () => {
    assert.deepEqual(names('Fire Commissioner Idris Halvorsen said the fire was now 60 percent contained.'), []);
    assert.deepEqual(names('Halvorsen said the fire was now 60 percent contained.'), []);
    assert.deepEqual(names('Celia Beaulieu spent the night at the school.'), []);
  });
});
