import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedBy, messagesOf } from './seed-corpus';
import { markHolders, marksHeld, marksOf } from '../../server/src/core/index/claim-marks';
import { analyzeDraft } from '../../server/src/core/checks/check';

// An archive's near-copies of one sentence, differing only in a figure or a negation (claim-marks.ts): they score
// alike or the shorter higher, and the one a claim quotes must be among those kept and put first.

/** Forty weekly reports, each stating the week's price in the same words, the price rising week by week. */
const weeks = Array.from({ length: 40 }, (_, i) => i + 1);
const priceOf = (week: number) => `${(12_000 + 35 * week).toLocaleString('de-DE')}`;
const reports = corpusOfLines(Object.fromEntries(weeks.map(w => [`pekan-${String(w).padStart(2, '0')}.txt`, [
  ...fillerLines(3, 'id', `Kota ${w}`),
  `Harga beras medium di Pasar Induk Cipinang naik menjadi Rp ${priceOf(w)} per kilogram pada pekan ini.`,
]])));

const weeklyEnglish = corpusOfLines(Object.fromEntries(weeks.map(w => [`week-${String(w).padStart(2, '0')}.txt`, [
  ...fillerLines(3, 'en', `Town ${w}`),
  `The ferry from Kirkwall to Lerwick carried ${400 + 7 * w} passengers on its Saturday crossing.`,
]])));

describe('near-copies of a sentence that differ only in a figure', () => {
  it('pass a claim that quotes the last of forty word for word', () => {
    const flagged = flaggedBy(reports);
    assert.deepEqual(flagged(`Harga beras medium di Pasar Induk Cipinang naik menjadi Rp ${priceOf(40)} per kilogram pada pekan ini.\n`), []);
    assert.deepEqual(flagged(`Harga beras medium di Pasar Induk Cipinang naik menjadi Rp ${priceOf(33)} per kilogram pada pekan ini.\n`), []);
    assert.deepEqual(flaggedBy(weeklyEnglish)(`The ferry from Kirkwall to Lerwick carried ${400 + 7 * 38} passengers on its Saturday crossing.\n`), []);
  });

  it('still flag a figure that no copy states, naming one copy\'s figure', () => {
    const [m, ...rest] = messagesOf(reports, 'number-mismatch')('Harga beras medium di Pasar Induk Cipinang naik menjadi Rp 99.000 per kilogram pada pekan ini.');
    assert.equal(rest.length, 0);
    assert.match(m ?? '', /Rp ?12\.\d{3}/);
    assert.equal(messagesOf(weeklyEnglish, 'number-mismatch')('The ferry from Kirkwall to Lerwick carried 401 passengers on its Saturday crossing.').length, 1);
  });
});

describe('a near-copy that also states the claim\'s date', () => {
  // Shorter copies score higher in retrieval (BM25 favours short sentences) and state as many of the claim's words.
  const shorter = ['Ia menjabat', 'Ia pernah menjabat', 'Ia juga menjabat', 'Ia lalu menjabat', 'Ia kini menjabat', 'Ia masih menjabat', 'Ia tidak menjabat'];
  const austria = corpusOfLines(Object.fromEntries([...shorter.map(s => `${s} sebagai ketua Partai Rakyat Austria.`), 'Ia sudah menjabat sebagai ketua Partai Rakyat Austria pada tahun 2005.']
    .map((line, i) => [`profil-${i}.txt`, [...fillerLines(3, 'id', `Kota ${i}`), line]])));

  it('is the evidence, so the date is found', () => {
    assert.deepEqual(flaggedBy(austria)('Ia sudah menjabat sebagai ketua Partai Rakyat Austria pada tahun 2005.\n'), []);
    assert.equal(flaggedBy(austria)('Ia sudah menjabat sebagai ketua Partai Rakyat Austria pada tahun 2009.\n').length, 1);
  });
});

describe('a near-copy that states the claim\'s figure in the claim\'s words', () => {
  // Thirty shorter near-copies, more than retrieval keeps, one of them with the claim's figure.
  const figures = [...Array.from({ length: 30 }, (_, i) => `sebesar $${610 + 3 * i} juta`), 'lebih dari $637 juta'];
  const profits = corpusOfLines(Object.fromEntries(figures.map((figure, i) => [`laba-${String(i).padStart(2, '0')}.txt`, [
    ...fillerLines(3, 'id', `Kota ${i}`), `Bank Nusantara memperoleh laba ${figure} pada kuartal keempat 2010.`,
  ]])));

  it('is the evidence before a shorter one with the same figure in other words', () => {
    assert.deepEqual(flaggedBy(profits)('Bank Nusantara memperoleh laba lebih dari $637 juta pada kuartal keempat 2010.\n'), []);
    assert.deepEqual(flaggedBy(profits)('Bank Nusantara memperoleh laba sebesar $637 juta pada kuartal keempat 2010.\n'), []);
  });
});

describe('a near-copy that keeps the claim\'s negation', () => {
  // Six shorter ones that do not deny, each with a slip in one "bahasa" (the others still give the word).
  const linguists = corpusOfLines(Object.fromEntries([
    ...['', 'ar', 'ni', 'tya', 'no', 'ku'].map(slip => `Ada ahli bahasa${slip} yang menganggap bahwa bahasa Alas dan bahasa Kluet adalah dua bahasa yang sama.`),
    'Tidak ada ahli bahasa yang menganggap bahwa bahasa Alas dan bahasa Kluet adalah dua bahasa yang sama.',
  ].map((line, i) => [`bahasa-${i}.txt`, [...fillerLines(3, 'id', `Kota ${i}`), line]])));

  it('is the evidence before a shorter one that does not deny', () => {
    assert.deepEqual(flaggedBy(linguists)('Tidak ada ahli bahasa yang menganggap bahwa bahasa Alas dan bahasa Kluet adalah dua bahasa yang sama.\n'), []);
    assert.deepEqual(flaggedBy(linguists)('Ada ahli bahasa yang menganggap bahwa bahasa Alas dan bahasa Kluet adalah dua bahasa yang sama.\n'), []);
  });
});

describe('candidates beyond those kept, read for the claim\'s marks', () => {
  const scores = Float64Array.from({ length: 80 }, (_, c) => 10 - c * 0.1);
  const top = Array.from({ length: 25 }, (_, c) => c);

  it('add the best-scoring that state more of them than any kept one, reading none below half the best score', () => {
    const read: number[] = [];
    const held = (c: number) => { if (c >= 25) read.push(c); return c === 31 || c === 33 || c === 60 ? 1 : 0; };
    assert.deepEqual(markHolders(80, scores, top, 25, held, 1).extra, [31, 33]);
    assert.ok(read.every(c => scores[c] >= 5) && read.length > 0);
  });

  it('add none when a kept one states them all, or when every candidate was kept', () => {
    assert.deepEqual(markHolders(80, scores, top, 25, c => (c === 3 || c === 31 ? 1 : 0), 1).extra, []);
    assert.equal(markHolders(25, scores, top, 30, () => 0, 1).lowest, -Infinity);
  });
});

describe('the marks a sentence states', () => {
  const sentence = (text: string) => analyzeDraft(reports, text, 'plaintext').sentences[0];
  const ref = { doc: 39, sentence: 3 };
  const held = (text: string) => marksHeld(reports, ref, marksOf(sentence(text)));

  it('are its tokens with a digit and its negations, each once, with the words either side', () => {
    assert.deepEqual(marksOf(sentence('Pada 12 Mei, harga naik 12 persen menjadi Rp 13.400 dari US$2.')), [
      { text: '12', before: 'pada', after: 'mei' }, { text: '13.400', before: 'rp', after: 'dari' }, { text: '2', before: 'us' },
    ]);
    assert.deepEqual(marksOf(sentence('Tidak ada yang datang, dan harga tidak naik.')), [{ text: 'tidak', after: 'ada' }]);
  });

  it('are stated by a source sentence as whole figures, one for each word beside them that is the claim\'s', () => {
    // The source: "Harga beras medium … naik menjadi Rp 13.400 per kilogram pada pekan ini."
    assert.equal(held(`Harga beras naik menjadi Rp ${priceOf(40)} per kilogram.`), 2);
    assert.equal(held(`Beras dijual Rp ${priceOf(40)} di pasar.`), 1);
    assert.equal(held(`Harganya ${priceOf(40)} per kilogram.`), 1);
    // "13.400" holds neither "13" nor "400", and "3.400" is not in it either.
    assert.equal(held('Rp 13 dan Rp 400, lalu Rp 3.400 per kilogram.'), 0);
    // The same figure for another thing: neither word beside it is the source's.
    assert.equal(held(`Sebanyak ${priceOf(40)} orang datang.`), 0);
  });
});
