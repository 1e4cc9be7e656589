import * as assert from 'node:assert/strict';
import { corpusOfLines, fixedSpans, flaggedIn } from './seed-corpus';

// A count of time ago against the passage's bare one ("dua pekan lalu" for "pekan lalu", "three weeks ago" for "last
// week") is a number mismatch: the passage's time is one unit back. The fix writes the passage's words for the count.

const corpus = corpusOfLines({
  'banjir.txt': ['Gubernur Waringin kembali dari kunjungan pertamanya ke Jakarta dalam dua tahun pekan lalu.', 'Jembatan itu dibuka kembali.'],
  'ferry.txt': ['The mayor returned from her first visit to the capital last week.', 'The bridge reopened on Monday.'],
});

describe('a count of time ago against a bare one', () => {
  it('flags "dua pekan lalu" against "pekan lalu", with the passage\'s words as the fix', () => {
    const text = 'Gubernur Waringin kembali dari kunjungan pertamanya ke Jakarta dalam dua tahun dua pekan lalu.\n';
    const [d, ...rest] = flaggedIn(corpus, text);
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'number-mismatch');
    assert.deepEqual(fixedSpans(text, d), [['dua pekan lalu', 'pekan lalu']]);
  });

  it('flags "three weeks ago" against "last week"', () => {
    assert.equal(flaggedIn(corpus, 'The mayor returned from her first visit to the capital three weeks ago.\n')[0]?.code, 'number-mismatch');
  });

  it('passes the time as the passage gives it', () => {
    assert.deepEqual(flaggedIn(corpus, 'Gubernur Waringin kembali dari kunjungan pertamanya ke Jakarta dalam dua tahun pekan lalu.\n'), []);
    assert.deepEqual(flaggedIn(corpus, 'The mayor returned from her first visit to the capital last week.\n'), []);
  });
});
