import * as assert from 'node:assert/strict';
import { creditOf, evidenceNote, headerLines, shownDate } from '../../server/src/core/features/source-credit';

// A source's headline, byline and date in the one form the view's header, the Sources rows and evidence give
// them: the day of a date, the parts that are known, a headline the text opens with not repeated in the header.

describe('a source\'s credit', () => {
  it('cites the day of an ISO date or time, and any other date as given', () => {
    assert.equal(shownDate('2024-03-05T14:20:00+07:00'), '2024-03-05');
    assert.equal(shownDate('2024-03-12'), '2024-03-12');
    assert.equal(shownDate(' 5 March\n2024 '), '5 March 2024');
    assert.equal(shownDate(''), undefined);
    assert.equal(shownDate(undefined), undefined);
  });

  it('gives the headline, then the byline and day in brackets, with whichever are known', () => {
    const full = { headline: 'Banjir merendam 1.200 rumah', byline: 'Rina Wulandari', date: '2024-03-05T14:20:00+07:00' };
    assert.equal(creditOf(full), '“Banjir merendam 1.200 rumah” (Rina Wulandari, 2024-03-05)');
    assert.equal(creditOf({ headline: 'Banjir' }), '“Banjir”');
    assert.equal(creditOf({ byline: 'Lena Holm', date: '2024-03-12T09:30:00Z' }), 'Lena Holm, 2024-03-12');
    assert.equal(creditOf({}), undefined);
    assert.equal(creditOf(undefined), undefined);
    // A long headline is cut at a word; its lines are one.
    const long = creditOf({ headline: `${'Pemerintah daerah menambah anggaran '.repeat(4)}\nbanjir` });
    assert.ok(long && long.length <= 82 && long.endsWith('…”'), long);
    assert.ok(!long.includes('\n'));
  });

  it('puts the credit before the source\'s words, or gives the words alone', () => {
    assert.equal(evidenceNote('1.200', { headline: 'Banjir', byline: 'Rina Wulandari' }), 'per “Banjir” (Rina Wulandari): 1.200');
    assert.equal(evidenceNote('1.200', undefined), '1.200');
    assert.equal(evidenceNote('1.200', {}), '1.200');
  });

  it('heads the view with the byline and day, and the headline only when the text does not open with it', () => {
    const meta = { headline: 'Interview with the harbour director', byline: 'Lena Holm', date: '2024-03-12T09:30:00Z' };
    assert.deepEqual(headerLines(meta, 'Interview with the harbour director\n\nRecorded at the port office.\n'), ['By: Lena Holm', 'Date: 2024-03-12']);
    assert.deepEqual(headerLines(meta, 'Recorded at the port office.\n'), ['Title: Interview with the harbour director', 'By: Lena Holm', 'Date: 2024-03-12']);
    // A first paragraph that only begins with the headline's words is not the headline.
    assert.equal(headerLines({ headline: 'Harbour' }, 'Harbour workers struck for four days.\n')[0], 'Title: Harbour');
    assert.deepEqual(headerLines({}, 'Text.\n'), []);
    assert.deepEqual(headerLines(undefined, 'Text.\n'), []);
  });
});
