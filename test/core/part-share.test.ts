import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// A share written as a fraction or a percentage where the sources give the two counts it sums up ("41 of the 63
// businesses"): the share they make holds, another is a number mismatch with the counts as evidence and the share
// they make as the fix (facts/part-share.ts). A made-up corpus.

const flagged = flaggedBy(corpusOfLines({
  'survey.txt': [
    'A survey by the chamber of commerce found that 41 of the 63 businesses that responded had lost more than a quarter of their income.',
    'Nine said they had cut staff hours.',
  ],
  'pasar.txt': ['Dinas perdagangan mencatat 30 dari 120 pedagang di pasar itu menutup kiosnya selama renovasi.'],
}));
const numbers = (text: string) => flagged(text).filter(d => d.code === 'number-mismatch');

describe('a share of counts the sources give', () => {
  it('holds as a fraction or a percentage near the counts, and within the claim\'s own hedge', () => {
    assert.deepEqual(flagged('Two-thirds of the businesses that responded to the survey had lost more than a quarter of their income.\n'), []);
    assert.deepEqual(flagged('About 65 percent of the businesses that responded to the survey had lost more than a quarter of their income.\n'), []);
    assert.deepEqual(flagged('Nearly 70 percent of the businesses that responded to the survey had lost more than a quarter of their income.\n'), []);
    assert.deepEqual(flagged('Seperempat pedagang di pasar itu menutup kiosnya selama renovasi.\n'), []);
  });

  it('is a number mismatch when the counts make another share, the counts as evidence', () => {
    const [d] = numbers('Ninety percent of the businesses that responded to the survey had lost more than a quarter of their income.\n');
    assert.match(d?.message ?? '', /The source says “41 of the 63”; the draft says “Ninety percent”/);
    assert.deepEqual(d.fixes.map(f => f.newText), ['65 percent']);
    const [t] = numbers('A third of the businesses that responded to the survey had lost more than a quarter of their income.\n');
    assert.match(t?.message ?? '', /“41 of the 63”/);
    const [i] = numbers('Sebanyak 60 persen dari pedagang di pasar itu menutup kiosnya selama renovasi.\n');
    assert.deepEqual(i?.fixes.map(f => f.newText), ['25 persen']);
  });

  it('is not weighed against counts of another thing', () => {
    assert.deepEqual(numbers('The businesses had lost about a quarter of their income.\n'), []);
  });
});
