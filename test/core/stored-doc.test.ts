import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/index/corpus';
import { analyzeText } from '../../server/src/core/facts/analyze';
import { decodeDoc, encodeDoc, renumberStrings, someWordForm, wordCount } from '../../server/src/core/index/stored-doc';

// A document's analysis as the index keeps it: a word keeps its stem and flags, and takes its form from its token,
// except a part of a hyphenated token ("non-blok", "Xi-Putin"), whose form is kept apart. Decoding must give back
// exactly what analysis made, and the forms read from the arrays must be the words' own.

const TEXT = [
  'Indonesia menganut politik luar negeri bebas aktif dan non-blok, kata Menteri Luar Negeri Retno Marsudi.',
  'Pertemuan Xi-Putin di Moskwa membahas kerja sama anti-terorisme serta perdagangan senilai US$240 miliar.',
  '"Kami tidak akan mundur," ujar Sergei Lavrov kepada wartawan pada 21 Maret 2023.',
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

  it('keeps two ints per word, and forms apart only for parts of hyphenated tokens', () => {
    assert.equal(wordCount(doc), words.length);
    assert.equal(doc.words.length, 2 * words.length);
    const parts = facts.sentences.flatMap(s => s.words.filter(w => w.norm !== s.tokens[w.token].norm));
    assert.ok(parts.length >= 4, `parts of hyphenated tokens: ${parts.map(w => w.norm).join(' ')}`);
    assert.equal(doc.wordForms?.length, 2 * parts.length);
  });

  it('reads every word form from the arrays, in word order, and stops when asked', () => {
    const forms: string[] = [];
    assert.equal(someWordForm(doc, f => { forms.push(strings[f]); }), false);
    assert.deepEqual(forms, words.map(w => w.norm));
    let seen = 0;
    assert.equal(someWordForm(doc, f => ++seen === 3 || strings[f] === 'never'), true);
    assert.equal(seen, 3);
  });

  it('keeps its forms when its strings are numbered again (as a thread\'s are)', () => {
    const copy = { ...doc, tokens: doc.tokens.slice(), words: doc.words.slice(), wordForms: doc.wordForms?.slice() };
    const order = strings.map((_, i) => i).reverse(), renumbered = order.map(i => strings[i]);
    const map = new Int32Array(strings.length);
    order.forEach((old, now) => { map[old] = now; });
    renumberStrings(copy, map);
    assert.deepEqual(decodeDoc(copy, TEXT, renumbered), facts);
  });
});
