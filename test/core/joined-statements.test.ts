import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedBy } from './seed-corpus';

// A sentence that joins two statements about one subject, each of which the sources state in a sentence of its own
// paragraphs apart (checks/joined-statements.ts): it passes when both pass as sentences of their own. Made-up sources.

const flagged = flaggedBy(corpusOfLines({
  'residents.txt': [
    'Greyline employs about 650 people at the refinery, some 400 of whom live in Marrowby.',
    'The company said it would keep paying its staff full wages until the end of June.',
    ...fillerLines(6, 'en', 'Marrowby'),
    'Greyline said it plans to restart the refinery on September 1, once repairs to the unit are finished.',
  ],
  'other.txt': [...fillerLines(12, 'en', 'Port Callen'), 'Tomasz Rudd, who runs a fish shop on Harbour Street, said his takings had fallen by a third.'],
}));
const codes = (text: string) => flagged(text + '\n').map(d => d.code);

describe('two statements joined in one sentence', () => {
  it('passes when the sources state each in a sentence of its own', () => {
    assert.deepEqual(codes('Greyline plans to restart the refinery on September 1 and has promised to keep paying its staff full wages until the end of June.'), []);
  });

  it('is flagged when one of them is not what the sources say', () => {
    assert.equal(codes('Greyline plans to restart the refinery on September 1 and has promised to keep paying its staff full wages until the end of December.').length, 1);
    assert.equal(codes('Greyline plans to restart the refinery on September 1 and has promised to open a fish shop on Harbour Street.').length, 1);
  });
});
