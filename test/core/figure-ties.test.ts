import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedBy, messagesOf } from './seed-corpus';
import { figuresHeld, figuresOf } from '../../server/src/core/index/figure-ties';
import { analyzeDraft } from '../../server/src/core/checks/check';

// An archive's near-copies of one sentence, differing only in a figure (figure-ties.ts): more of them than
// retrieval keeps score alike, and the one a claim quotes must be among those kept.

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

describe('the figures a sentence states', () => {
  const sentence = (text: string) => analyzeDraft(reports, text, 'plaintext').sentences[0];

  it('are its tokens with a digit, each once', () => {
    assert.deepEqual(figuresOf(sentence('Pada 12 Mei, harga naik 12 persen menjadi Rp 13.400 dari US$2.')), ['12', '13.400', '2']);
  });

  it('are held by a source sentence only as whole figures', () => {
    const ref = { doc: 39, sentence: 3 };
    assert.equal(figuresHeld(reports, ref, [priceOf(40)]), 1);
    // "13.400" holds neither "13" nor "400", and "3.400" is not in it either.
    assert.equal(figuresHeld(reports, ref, ['13', '400', '3.400', '13.4']), 0);
    assert.equal(figuresHeld(reports, ref, [priceOf(40), priceOf(39)]), 1);
  });
});
