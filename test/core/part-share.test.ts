import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';
import { shareOtherwiseWritten } from '../../server/src/core/facts/part-share';

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

  it('holds a fraction where the sources give the share as a percentage, and the other way round', () => {
    const shares = flaggedBy(corpusOfLines({
      'valley.txt': ['Around 40 percent of the valley\'s apples are still on the trees, the growers said.', 'A quarter of the orchards have no pickers.'],
    }));
    assert.deepEqual(shares('About two-fifths of the valley\'s apples are still on the trees.\n'), []);
    assert.deepEqual(shares('Some 25 percent of the orchards have no pickers.\n'), []);
    const share = (value: number, kind: 'cardinal' | 'percent') => ({ start: 0, end: 1, text: String(value), kind, value });
    assert.equal(shareOtherwiseWritten(share(0.6, 'cardinal'), undefined, [{ n: share(40, 'percent') }]), false);
    assert.equal(shareOtherwiseWritten(share(0.4, 'cardinal'), undefined, [{ n: share(40, 'percent') }]), true);
    assert.equal(shareOtherwiseWritten(share(30, 'percent'), undefined, [{ n: share(0.25, 'cardinal') }]), false);
  });

  it('holds a fraction of a whole behind a possessor ("two-thirds of Greyfield\'s 180 staff"), and reads no name in it', () => {
    const staff = flaggedBy(corpusOfLines({
      'plant.txt': ['Greyfield employs 180 people at the site in Cradlow.', 'The plant employs 120 permanent staff and 60 seasonal packers.'],
    }));
    assert.deepEqual(staff('Two-thirds of Greyfield\'s 180 staff are permanent.\n'), []);
  });

  it('is not weighed against counts of another thing', () => {
    assert.deepEqual(numbers('The businesses had lost about a quarter of their income.\n'), []);
  });
});
