import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, messagesOf } from './seed-corpus';

// A date that ends a span the passage starts ("by Wednesday" against "Since Sunday night") is no other date for the
// same thing (date-check.ts, otherEnds). Made-up sources.

const corpus = corpusOfLines({
  'repairs.txt': [
    ...fillerLines(6),
    'Since Sunday night the water company has lowered the Tarnley reservoir from 97 percent of capacity to 81 percent by releasing water through the outlet.',
    ...fillerLines(6),
  ],
});
const dates = messagesOf(corpus, 'date-mismatch');

describe('a date at the other end of the span a passage dates', () => {
  it('is no mismatch', () => {
    assert.deepEqual(dates('The water company had lowered the Tarnley reservoir from 97 to 81 percent of capacity by Wednesday, releasing water through the outlet.'), []);
  });

  it('is one where both dates start the span', () => {
    assert.match(dates('Since Monday night the water company has lowered the Tarnley reservoir from 97 to 81 percent of capacity by releasing water through the outlet.')[0] ?? '', /“Sunday night”; the draft says “Monday night”/);
  });
});
