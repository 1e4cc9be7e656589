import * as assert from 'node:assert/strict';
import { tokenize, wordParts } from '../../server/src/core/text/tokens';
import { normalizeForMatch, normWord } from '../../server/src/core/text/normalize';

describe('tokens and normalisation', () => {
  it('keeps hyphenated words, ordinals and grouped numbers whole', () => {
    const t = tokenize('non-konfrontasi pada bulan ke-11, senilai 1.500,5 dan Rusia-Ukraina');
    assert.deepEqual(t.filter(x => x.kind !== 'punct').map(x => x.text), ['non-konfrontasi', 'pada', 'bulan', 'ke-11', 'senilai', '1.500,5', 'dan', 'Rusia-Ukraina']);
    assert.equal(t.find(x => x.text === '1.500,5')?.kind, 'number');
  });

  it('marks capitalised words and gives offsets into the text', () => {
    const text = 'kata Xi Jinping.';
    const t = tokenize(text);
    assert.deepEqual(t.map(x => x.cap), [false, true, true, false]);
    for (const x of t) assert.equal(text.slice(x.start, x.end), x.text);
  });

  it('splits the English possessive off a word, keeping inner apostrophes', () => {
    const t = tokenize("Port Calder's harbour and the union’s head, Jum'at");
    assert.deepEqual(t.map(x => `${x.text}:${x.kind}`), ['Port:word', 'Calder:word', "'s:punct", 'harbour:word', 'and:word',
      'the:word', 'union:word', '’s:punct', 'head:word', ',:punct', "Jum'at:word"]);
  });

  it('splits compounds but not reduplication', () => {
    assert.deepEqual(wordParts('rusia-ukraina'), ['rusia', 'ukraina']);
    assert.deepEqual(wordParts('negara-negara'), ['negara']);
  });

  it('folds quotes, dashes and case, mapping back to original offsets', () => {
    const original = '“Tanpa Batas” – kata…';
    const n = normalizeForMatch(original);
    assert.equal(n.text, '"tanpa batas" - kata...');
    const i = n.text.indexOf('batas');
    assert.equal(original.slice(n.map[i], n.map[i + 5]), 'Batas');
    assert.equal(normWord('Jum’at'), "jum'at");
  });

  it('applies NFKC so full-width and ligature forms match', () => {
    assert.equal(normWord('ＮＡＴＯ'), 'nato');
    assert.equal(normWord('ﬁnal'), 'final');
  });
});
