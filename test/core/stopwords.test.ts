import * as assert from 'node:assert/strict';
import {
  isEnglishStopword, isIndonesianStopword, NEGATION_WORDS_EN, NEGATION_WORDS_ID,
} from '../../server/src/core/text/stopwords';

const contentWords = (sentence: string, isStop: (w: string) => boolean): string[] =>
  sentence.toLowerCase().split(/[^\p{L}']+/u).filter(w => w && !isStop(w));

describe('stopwords', () => {
  it('leaves the content words of an Indonesian news sentence', () => {
    const sentence = 'Presiden Rusia itu telah bertemu dengan para pemimpin negara yang sedang berperang di Ukraina';
    assert.deepEqual(contentWords(sentence, isIndonesianStopword),
      ['presiden', 'rusia', 'bertemu', 'pemimpin', 'negara', 'berperang', 'ukraina']);
  });

  it('leaves the content words of an English news sentence', () => {
    const sentence = 'The president said that he would not meet the leaders of the countries at war in Ukraine';
    assert.deepEqual(contentWords(sentence, isEnglishStopword),
      ['president', 'said', 'meet', 'leaders', 'countries', 'war', 'ukraine']);
  });

  it('keeps speech verbs, which attribution depends on', () => {
    for (const w of ['kata', 'ujar', 'mengatakan', 'menurutnya']) assert.equal(isIndonesianStopword(w), false, w);
    for (const w of ['said', 'says', 'told']) assert.equal(isEnglishStopword(w), false, w);
  });

  it('treats "according" (to) as a function word, as Indonesian "menurut" is: it frames a source, says nothing of it', () => {
    assert.ok(isEnglishStopword('according'));
    assert.ok(isIndonesianStopword('menurut'));
  });

  it('treats "soal" (about) and "asalkan" (provided that) as function words, as "tentang" and "jika" are', () => {
    for (const w of ['soal', 'asalkan', 'tentang', 'jika']) assert.ok(isIndonesianStopword(w), w);
  });

  it('treats aspect and modal words as stopwords for weighting', () => {
    for (const w of ['sudah', 'telah', 'akan', 'masih', 'belum', 'pernah', 'juga']) assert.ok(isIndonesianStopword(w), w);
    for (const w of ['will', 'would', 'has', 'been', 'also']) assert.ok(isEnglishStopword(w), w);
  });

  it('exports negators separately so a checker can find "tidak mengutuk" and "did not condemn"', () => {
    const idNegators = 'Tiongkok tidak mengutuk invasi itu dan belum memberi bantuan tanpa syarat'
      .toLowerCase().split(' ').filter(w => NEGATION_WORDS_ID.has(w));
    assert.deepEqual(idNegators, ['tidak', 'belum', 'tanpa']);
    const enNegators = "China did n't condemn the invasion and never offered aid without conditions"
      .split(' ').filter(w => NEGATION_WORDS_EN.has(w));
    assert.deepEqual(enNegators, ["n't", 'never', 'without']);
    for (const w of ['tak', 'bukan', 'jangan', 'tiada']) assert.ok(NEGATION_WORDS_ID.has(w), w);
    for (const w of ['not', 'no', 'neither', 'nor', "didn't"]) assert.ok(NEGATION_WORDS_EN.has(w), w);
  });

  it('does not count negators of one language as the other', () => {
    assert.equal(NEGATION_WORDS_ID.has('not'), false);
    assert.equal(NEGATION_WORDS_EN.has('tidak'), false);
    assert.equal(isIndonesianStopword('the'), false);
    assert.equal(isEnglishStopword('yang'), false);
  });
});
