import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/index/corpus';
import { analyzeText } from '../../server/src/core/facts/analyze';
import { renumberStrings, someWordForm, tokenCount, tokenEnd, tokenForm, wordCount } from '../../server/src/core/index/stored-doc';
import { decodeDoc, encodeDoc, sentenceOutlines } from '../../server/src/core/index/stored-doc-codec';

// A document's analysis as the index keeps it: a token its start and, in one int, its form, length, kind and
// capital (a token of 31 characters or more has its length kept apart); a word its stem and flags, taking its form
// from its token, except a part of a hyphenated token ("non-blok", "Xi-Putin"), whose form is kept apart. Decoding
// must give back exactly what analysis made, and what is read from the arrays must be the analysis's own.

const TEXT = [
  'Indonesia menganut politik luar negeri bebas aktif dan non-blok, kata Menteri Luar Negeri Retno Marsudi.',
  'Pertemuan Xi-Putin di Moskwa membahas kerja sama anti-terorisme serta perdagangan senilai US$240 miliar.',
  '"Kami tidak akan mundur," ujar Sergei Lavrov kepada wartawan pada 21 Maret 2023.',
  'Ia menolak kebijakan Antidisestablishmentarianisme-nya dan gerakan pemberantasankorupsiterorganisirnasional.',
].join('\n\n');

describe('a stored document', () => {
  const corpus = Corpus.build([{ uri: 'a', label: 'a.txt', format: 'plaintext', text: TEXT }]);
  const facts = analyzeText(TEXT, { format: 'plaintext', keepHeadings: true }, corpus.ctx);
  const strings: string[] = [], ids = new Map<string, number>();
  const id = (s: string) => ids.get(s) ?? (ids.set(s, strings.push(s) - 1), strings.length - 1);
  const doc = encodeDoc(facts, id);
  const words = facts.sentences.flatMap(s => s.words);

  it('decodes to exactly the analysis it was made from', () => {
    assert.deepEqual(decodeDoc(doc, TEXT, strings), facts);
  });

  it('outlines each sentence as the analysis has it: span, text, word count, headline, figures and dates', () => {
    const outlines = sentenceOutlines(doc, TEXT);
    assert.deepEqual(outlines, facts.sentences.map(s => ({ index: s.index, start: s.start, end: s.end, text: s.text, words: s.words.length, headline: s.headline, quantities: s.quantities, dates: s.dates })));
    assert.ok(outlines.some(o => o.quantities.length) && outlines.some(o => o.dates.length), 'figures and dates are read');
  });

  it('keeps two ints per word, and forms apart only for parts of hyphenated tokens', () => {
    assert.equal(wordCount(doc), words.length);
    assert.equal(doc.words.length, 2 * words.length);
    const parts = facts.sentences.flatMap(s => s.words.filter(w => w.norm !== s.tokens[w.token].norm));
    assert.ok(parts.length >= 4, `parts of hyphenated tokens: ${parts.map(w => w.norm).join(' ')}`);
    assert.equal(doc.wordForms?.length, 2 * parts.length);
  });

  it('keeps two ints per token, the lengths of long tokens apart, and reads each token\'s end and form', () => {
    const tokens = facts.sentences.flatMap(s => s.tokens);
    assert.equal(tokenCount(doc.tokens), tokens.length);
    assert.equal(doc.tokens.length, 2 * tokens.length);
    const long = tokens.filter(t => t.end - t.start >= 31);
    assert.equal(long.length, 2, long.map(t => t.text).join(' '));
    assert.equal(doc.longTokens?.length, 4);
    tokens.forEach((t, slot) => {
      assert.equal(tokenEnd(doc, slot), t.end);
      assert.equal(strings[tokenForm(doc.tokens, slot)], t.norm);
    });
  });

  it('reads every word form from the arrays, in word order, and stops when asked', () => {
    const forms: string[] = [];
    assert.equal(someWordForm(doc, f => { forms.push(strings[f]); }), false);
    assert.deepEqual(forms, words.map(w => w.norm));
    let seen = 0;
    assert.equal(someWordForm(doc, f => ++seen === 3 || strings[f] === 'never'), true);
    assert.equal(seen, 3);
  });

  it('keeps its forms when its strings are numbered again (as a thread\'s are), also past 2^23', () => {
    const copy = { ...doc, tokens: doc.tokens.slice(), words: doc.words.slice(), wordForms: doc.wordForms?.slice() };
    // Ids past 2^23 fill the sign bit of a token's second int: each must still read back.
    const map = new Int32Array(strings.length), renumbered: string[] = [];
    strings.forEach((str, old) => { const now = 2 ** 23 + (strings.length - 1 - old) * 3; map[old] = now; renumbered[now] = str; });
    renumberStrings(copy, map);
    assert.deepEqual(decodeDoc(copy, TEXT, renumbered), facts);
  });
});
