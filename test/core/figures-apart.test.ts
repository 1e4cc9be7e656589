import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedIn } from './seed-corpus';

// Figures a story gives apart from the words that seem to hold them. A rise told over two sentences is not
// contradicted by a later fall at other figures (contradiction-check.ts outweighed); a figure a mark ends ("sekarang
// cuma seperempat," ujarnya) counts no thing after the mark (figure-words.ts thingAfter); a figure the claim denies
// ("bukan satu kilo") is the number check's, not a contradiction (contradiction-check.ts). Made-up sources.

const corpus = corpusOfLines({
  'naik.txt': [
    'Harga cabai rawit di Pasar Induk Lubuk Jaya melonjak menjadi Rp 120.000 per kilogram pada Rabu.',
    'Sepekan sebelumnya, harga cabai rawit masih sekitar Rp 65.000 per kilogram.',
    '"Biasanya orang beli satu kilo, sekarang cuma seperempat," ujar seorang pedagang.',
    ...fillerLines(8, 'id', 'Lubuk Jaya'),
  ],
  'turun.txt': [
    'Harga cabai rawit di Pasar Induk Lubuk Jaya turun menjadi Rp 90.000 per kilogram dua pekan kemudian.',
    ...fillerLines(8, 'id', 'Lubuk Jaya'),
  ],
});
const codes = (text: string) => flaggedIn(corpus, text + '\n').map(f => f.code);

describe('figures a story gives apart', () => {
  it('passes a rise told over two sentences, though the story later tells a fall', () => {
    assert.deepEqual(codes('Dalam sepekan, harga cabai rawit di Pasar Induk Lubuk Jaya naik dari sekitar Rp 65.000 menjadi Rp 120.000 per kilogram.'), []);
  });

  it('still contradicts a rise at the figures of the fall', () => {
    assert.ok(codes('Harga cabai rawit di Pasar Induk Lubuk Jaya naik menjadi Rp 90.000 per kilogram dua pekan kemudian.').includes('contradiction'));
  });

  it('calls no figure of a quote that a mark ends a mismatch, nor a denied figure a contradiction', () => {
    const found = codes('Seorang pedagang mengatakan pembeli sekarang cuma membeli seperempat kilo, bukan satu kilo seperti biasanya.');
    assert.ok(!found.includes('number-mismatch') && !found.includes('contradiction'), found.join());
  });
});
