import * as assert from 'node:assert/strict';
import { findQuotes } from '../../server/src/core/quotes';

const quotes = (t: string, hard = true) => findQuotes(t, hard).map(q => q.text);

describe('quote spans', () => {
  it('finds curly and straight double quotes', () => {
    assert.deepEqual(quotes('Putin memuji "tingkat kemitraan" dan “tanpa batas” itu.'), ['tingkat kemitraan', 'tanpa batas']);
  });

  it('finds single-mark headline quotes but not apostrophes', () => {
    assert.deepEqual(quotes('Xi Sambut ‘Teman Lama’ Putin di Jum’at pagi'), ['Teman Lama']);
  });

  it('recovers a quote whose opening mark is missing from the paragraph start', () => {
    const t = 'Upaya untuk menciptakan dunia unipolar tidak dapat diterima,” kata Putin.';
    assert.deepEqual(quotes(t), ['Upaya untuk menciptakan dunia unipolar tidak dapat diterima,']);
  });

  it('starts a recovered quote after the reporting verb', () => {
    const t = 'Juru bicara Ned Price mengatakan China dan Rusia berbagi visi. dekade.”';
    assert.deepEqual(quotes(t), ['China dan Rusia berbagi visi. dekade.']);
  });

  it('runs an unclosed quote to the end of its paragraph only', () => {
    assert.deepEqual(quotes('Ia berkata “kami akan datang\nBaris lain.'), ['kami akan datang']);
  });

  it('gives offsets of the quoted words and the marks', () => {
    const t = 'kata “tanpa batas” itu';
    const [q] = findQuotes(t, true);
    assert.equal(t.slice(q.start, q.end), 'tanpa batas');
    assert.equal(t[q.open], '“');
    assert.equal(t[q.close], '”');
  });
});
