import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, fixtureCorpus, messagesOf } from './seed-corpus';

// A date that ends a span the passage starts ("by Wednesday" against "Since Sunday night") is no other date for the
// same thing (date-check.ts, otherEnds); nor is a date the claim's other date gives the same words (date-passages.ts
// sameWordsDate). Made-up sources and one fixture.

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

describe('a date of the claim\'s own words that its other date gives', () => {
  // The water-main fixture: the regent summons the director "pada Rabu (8/4/2026) malam" and gives him until Sunday.
  const water = messagesOf(fixtureCorpus('pipa-pdam-pecah'), 'date-mismatch');

  it('is no rival of the claim\'s later date', () => {
    assert.deepEqual(water('Pada Rabu (8/4/2026) malam, Bupati Ratna Kusumawardani memanggil Hendra Wiratmaja ke Pendopo Kabupaten dan memberinya tenggat hingga Minggu (12/4/2026) untuk memulihkan aliran air.'), []);
  });

  it('is still the rival of a changed date given alone', () => {
    assert.equal(water('Pada Selasa (7/4/2026) malam, Bupati Ratna Kusumawardani memanggil Hendra Wiratmaja ke Pendopo Kabupaten.').length, 1);
  });
});

