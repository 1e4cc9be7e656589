import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// "Against" after a verb of taking a side ("voted against") is the opposing (facts/taking-sides.ts). A made-up
// corpus, so the rule carries the case.

const corpus = corpusOfLines({
  'council.txt': [
    'The Harwick town council approved the new harbour budget on Tuesday by seven votes to two.',
    'Councillor Ana Ruiz voted against the budget.',
    'Mayor Gloria Teller said the budget would pay for a new sea wall.',
    'A report by the harbour office advises against dredging in the spring.',
  ],
});
const flagged = flaggedBy(corpus);

describe('against, after a verb of taking a side', () => {
  it('is read as opposing', () => {
    assert.deepEqual(flagged('Ruiz opposed the budget.\n'), []);
  });
});
