import * as assert from 'node:assert/strict';
import { findQuotes } from '../../server/src/core/facts/quotes';
import { findPassage } from '../../server/src/core/index/quote-search';
import { seedCorpus } from './seed-corpus';

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

  it('reads Swedish and Finnish quotes that open with the closing mark', () => {
    const t = '”Kami siap”, kata Putin. ”Kami juga”, kata Xi. Ia menjawab »tidak ada« lalu pergi.';
    const qs = findQuotes(t, true);
    assert.deepEqual(qs.map(q => q.text), ['Kami siap', 'Kami juga', 'tidak ada']);
    assert.deepEqual(qs.map(q => t[q.open] + t[q.close]), ['””', '””', '»«']);
  });

  it('still reads a closing mark after words or punctuation as a closer whose opener was lost', () => {
    assert.deepEqual(quotes('Kami siap,” kata Putin.'), ['Kami siap,']);
    assert.deepEqual(quotes('Kami siap” kata Putin.'), ['Kami siap']);
  });

  it('starts each of several quotes that lost their openers after the previous one and its attribution', () => {
    const t = '“Kami siap,” kata Putin. Kami akan menang,” tambahnya. Lalu ia berkata bahwa perang belum usai.”';
    assert.deepEqual(quotes(t), ['Kami siap,', 'Kami akan menang,', 'perang belum usai.']);
  });

  it('gives quotes in order and never overlapping, however the marks are lost', () => {
    const t = 'Satu,” kata A. “Dua” dan ‘tiga’, ujar B. Empat.” Lima,” kata C. ”Enam” lalu “tujuh';
    const qs = findQuotes(t, true);
    assert.ok(qs.length >= 5, JSON.stringify(qs.map(q => q.text)));
    qs.forEach((q, i) => assert.ok(i === 0 || qs[i - 1].end <= q.start, `quote ${i} overlaps the one before`));
  });

  it('finds a quote of well over sixty words, and tells a word dropped anywhere in it, seams included', () => {
    const corpus = seedCorpus();
    const words = corpus.docs[0].text.slice(600, 1600).replace(/^\S*\s/, '').replace(/\s\S*$/, '').split(/\s+/);
    assert.ok(words.length > 120);
    const best = (quote: string) => findPassage(corpus, quote)[0];
    assert.equal(best(words.join(' '))?.exact, true);
    for (let k = 30; k < words.length; k += 5) {
      const m = best([...words.slice(0, k), ...words.slice(k + 1)].join(' '));
      assert.ok(m && !m.exact && m.score > 0.95, `word ${k} dropped`);
    }
  });
});
