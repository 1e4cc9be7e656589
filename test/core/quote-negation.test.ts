import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// A quote cut right after the source's negation says the opposite of what was said, though every quoted word
// stands in the source in that order (checks/quote-negation.ts). A made-up corpus.

const flagged = flaggedBy(corpusOfLines({
  'kemlu.txt': ['“Perundingan ini tidak akan mudah,” kata Menteri Pertahanan Ingrid Dahl kepada wartawan.'],
  'harbour.txt': ['“The harbour will not close this winter,” said Mayor Anna Berg.'],
}));

describe('a quote that leaves out the negation before it', () => {
  it('is a misquote, with the source\'s words and the negation to put back', () => {
    const text = 'Dahl mengatakan perundingan itu “akan mudah”.\n';
    const [d, ...rest] = flagged(text);
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'quote-mismatch');
    assert.match(d.message, /“tidak akan mudah”/);
    const fix = d.fixes[0];
    assert.equal(text.slice(0, fix.start) + fix.newText + text.slice(fix.end), 'Dahl mengatakan perundingan itu “tidak akan mudah”.\n');
  });

  it('does the same in English', () => {
    const [d] = flagged('Berg said the harbour will “close this winter”.\n');
    assert.equal(d?.code, 'quote-mismatch');
    assert.match(d.message, /“not close this winter”/);
  });

  it('passes the quote when the draft keeps the negation, outside the marks or inside', () => {
    assert.deepEqual(flagged('Dahl mengatakan perundingan itu tidak “akan mudah”.\n'), []);
    assert.deepEqual(flagged('Dahl mengatakan, “Perundingan ini tidak akan mudah.”\n'), []);
    assert.deepEqual(flagged('Berg said the harbour will not “close this winter”.\n'), []);
  });
});
