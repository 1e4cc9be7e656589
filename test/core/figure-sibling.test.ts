import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// A claim's figure held against the sentence where its other figure stands as written (figure-siblings.ts siblingOf):
// "by 86 percent on a turnout of 81 percent" is the vote's "68 percent in favour on a turnout of 81 percent", not
// the pay rise of the sentence before.

const corpus = corpusOfLines({
  'deal.txt': [
    'The strike at the port ended on Saturday after union members voted to accept a deal that raises pay by 5 percent.',
    'The vote was 68 percent in favour on a turnout of 81 percent.',
    'Work resumed at all six berths on Sunday.',
  ],
  'weather.txt': ['Heavy rain closed the coast road for most of the week.'],
});
const flagged = flaggedBy(corpus);
const numberFixes = (text: string) => flagged(text).filter(d => d.code === 'number-mismatch').flatMap(d => d.fixes.map(f => f.newText));

describe('a figure beside another the sources give as written', () => {
  it('is held against the figure of that sentence', () => {
    assert.deepEqual(numberFixes('Union members approved the deal by 86 percent on a turnout of 81 percent.\n'), ['68 percent']);
  });

  it('passes the figures as the sentence gives them', () => {
    assert.deepEqual(numberFixes('Union members approved the deal by 68 percent on a turnout of 81 percent.\n'), []);
  });
});
