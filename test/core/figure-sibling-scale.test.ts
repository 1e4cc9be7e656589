import * as assert from 'node:assert/strict';
import { corpusOfLines } from './seed-corpus';
import { checkDraft } from '../../server/src/core/checks/check';

// A sentence of hundreds of figures (a pasted table, found by the fuzzer: an 8 KB draft took 4.6-6.9 s) is checked in
// time proportional to its figures: each figure looked for the others' in the sentences nearby, every other figure
// asked again about each, a cube of their number. Where a sentence gives so many, none is a sibling of another
// (figure-siblings.ts heldNearby); the budget is far below what the old reading took (1.1 s for these 401 figures).

describe('a sentence of hundreds of figures', () => {
  const corpus = corpusOfLines({
    'vote.txt': [
      'The strike ended on Saturday after members voted to accept a deal that raises pay by 5 percent.',
      'The vote was 68 percent in favour on a turnout of 81 percent.',
      'About 12 percent of members did not vote, and 3 percent of ballots were spoilt.',
      // Sentences of figures around the passage: the context every figure of the claim is looked for in.
      ...Array.from({ length: 8 }, (_, k) => `In ward ${k + 1} members voted ${Array.from({ length: 12 }, (_, i) => `${k * 12 + i + 1} percent`).join(', ')} in favour.`),
    ],
  });
  const table = `Members voted ${Array.from({ length: 400 }, (_, i) => `${i + 100} percent`).join(', ')} on a turnout of 81 percent.\n`;

  it('is checked in time proportional to them', () => {
    checkDraft(corpus, 'The vote was 68 percent in favour.\n', 'markdown');
    const started = process.hrtime.bigint();
    const found = checkDraft(corpus, table, 'markdown');
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    assert.ok(found.length > 0);
    assert.ok(ms < 500, `${ms.toFixed(0)} ms for 401 figures`);
  });
});
