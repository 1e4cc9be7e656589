import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// "Mengandalkan" and "bergantung pada" both say relying on (lexicon/synonyms.ts): a paraphrase with one is checked
// against the passage with the other, so a country swapped into it is found. A made-up corpus.

const corpus = corpusOfLines({
  'pabrik.txt': [
    'Pabrik baterai di Kota Waringin bergantung pada perusahaan Korea Selatan untuk mengimpor mesin pengolah nikel.',
    'Pabrik itu dibuka tahun lalu.',
  ],
  'kopi.txt': ['Kopi dari Waringin dijual ke India dan Jepang.'],
});
const flagged = flaggedBy(corpus);

describe('relying on, said two ways', () => {
  it('passes "mengandalkan" for "bergantung pada"', () => {
    assert.deepEqual(flagged('Pabrik baterai di Kota Waringin mengandalkan perusahaan Korea Selatan untuk mengimpor mesin pengolah nikel.\n'), []);
  });

  it('finds another country put in the passage\'s place, with the passage\'s as the fix', () => {
    const [d, ...rest] = flagged('Pabrik baterai di Kota Waringin mengandalkan perusahaan India untuk mengimpor mesin pengolah nikel.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unknown-entity');
    assert.deepEqual(d.fixes.map(f => f.newText), ['Korea Selatan']);
  });
});
