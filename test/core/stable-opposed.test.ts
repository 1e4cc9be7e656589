import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedIn } from './seed-corpus';

// A price that held steady did not move: "relatif stabil" against "melonjak", "remained stable" against "soared"
// (lexicon/antonyms.ts). Made-up sources.

const corpus = corpusOfLines({
  'pasar.txt': [
    'Sementara harga bawang merah relatif stabil di kisaran Rp 38.000 per kilogram.',
    'Harga cabai rawit melonjak menjadi Rp 120.000 per kilogram.',
    ...fillerLines(10, 'id', 'Lubuk Jaya'),
  ],
  'market.txt': [
    'The price of wheat remained stable at about $240 a tonne, traders said.',
    ...fillerLines(10, 'en', 'Dunmore'),
  ],
});
const codes = (text: string) => flaggedIn(corpus, text + '\n').map(f => f.code);

describe('a price that held steady', () => {
  it('contradicts a claim that it surged', () => {
    assert.deepEqual(codes('Harga bawang merah melonjak.'), ['contradiction']);
    assert.deepEqual(codes('The price of wheat soared, traders said.'), ['contradiction']);
  });

  it('passes a claim that it held', () => {
    assert.deepEqual(codes('Harga bawang merah tetap stabil.'), []);
    assert.deepEqual(codes('Traders said the price of wheat stayed stable.'), []);
  });
});
