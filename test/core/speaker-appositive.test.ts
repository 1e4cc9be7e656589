import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// A speaker named with a role set off by commas ("Daniel Hargreave, the chief executive of Elswick Terminals, said …")
// still speaks: words of thanks the passage gives to them, put in the mouth of someone named in the next sentence,
// are flagged (facts/attribution.ts speaksIn, read by checks/entity-swap.ts). Talks and negotiations are one thing.

const corpus = corpusOfLines({
  'deal.txt': [
    'The strike at Port Elswick ended on Saturday after union members voted to accept a two-year deal.',
    'Daniel Hargreave, the chief executive of Elswick Terminals, said the agreement was good for the port and thanked the labour board for its patience.',
    'The union\'s regional secretary, Maria Okafor, said the union had won what it could.',
    'Hargreave did not attend the final round of talks, held at the labour board.',
  ],
});
const flagged = flaggedBy(corpus);

describe('a speaker named with a role between commas', () => {
  it('flags the thanks given to the person named in the next sentence, with the speaker as the fix', () => {
    const [d, ...rest] = flagged('Maria Okafor thanked the labour board for its patience.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unknown-entity');
    assert.deepEqual(d.fixes.map(f => f.newText), ['Daniel Hargreave']);
  });

  it('passes the thanks given to the speaker', () => {
    assert.deepEqual(flagged('Daniel Hargreave thanked the labour board for its patience.\n'), []);
  });

  it('reads negotiations as talks: a paraphrase that only rewords the act is no warning', () => {
    assert.deepEqual(flagged('Hargreave skipped the final round of negotiations.\n'), []);
  });
});
