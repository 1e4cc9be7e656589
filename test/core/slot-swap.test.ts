import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedIn } from './seed-corpus';

// Two parties of the claim traded between the places a long passage gives them (checks/slot-swap.ts): right after
// the same verb the passage has the other party. A made-up corpus, so the rule carries each case.

const corpus = corpusOfLines({
  'ikan.txt': [
    'Laporan itu menuduh Norwegia memasok sekitar 70 persen ikan beku yang diimpor Islandia, termasuk ikan kod.',
    'Menteri Ingrid Dahl bertemu Erik Lund di Oslo pada hari Senin.',
    'Para nelayan khawatir harga ikan akan turun.',
  ],
  'sanksi.txt': ['Sanksi itu telah membuat Rusia semakin bergantung pada China, yang kini memasok sebagian besar mesin bagi Moskow.'],
});

const found = (text: string) => flaggedIn(corpus, text + '\n');

describe('two parties traded between the places a passage gives them', () => {
  it('flags the claim, showing the verb with the party the passage gives it', () => {
    const d = found('Islandia memasok sekitar 70 persen ikan beku yang diimpor Norwegia.');
    assert.deepEqual(d.map(x => x.code), ['contradiction']);
    assert.match(d[0].message, /sumber menyebut “diimpor Islandia”; draf menyebut “diimpor Norwegia”/);
  });

  it('passes the parties where the passage has them, and a verb whose sides may trade places', () => {
    assert.deepEqual(found('Norwegia memasok sekitar 70 persen ikan beku yang diimpor Islandia.'), []);
    assert.deepEqual(found('Erik Lund bertemu Ingrid Dahl di Oslo pada hari Senin.'), []);
  });

  it('passes a claim that another source states with its sides as the claim has them', () => {
    // The same report filed again with the sides the other way round: the sources differ, the claim quotes one.
    const both = corpusOfLines({
      'ikan.txt': ['Laporan itu menuduh Norwegia memasok sekitar 70 persen ikan beku yang diimpor Islandia, termasuk ikan kod.'],
      'ikan-lagi.txt': ['Islandia memasok sekitar 70 persen ikan beku yang diimpor Norwegia, termasuk ikan kod.'],
    });
    assert.deepEqual(flaggedIn(both, 'Islandia memasok sekitar 70 persen ikan beku yang diimpor Norwegia.\n'), []);
  });

  it('still flags the claim where the other passage has both parties after the verb', () => {
    const finals = corpusOfLines({
      'juara.txt': ['Pada kejuaraan itu, Islandia tampil sebagai juara dengan mengalahkan Norwegia dengan skor 3-2.'],
      'piala.txt': ['Piala Nordik 2016 dimenangkan oleh Denmark setelah mengalahkan Islandia di final, sedangkan Piala Baltik dimenangkan oleh Swedia setelah mengalahkan Norwegia.'],
    });
    assert.deepEqual(flaggedIn(finals, 'Norwegia mengalahkan Islandia.\n').map(d => d.code), ['contradiction']);
  });

  it('takes a capital for its country: one party, not two', () => {
    assert.deepEqual(found('Sanksi terhadap Rusia itu telah membuat Moskow semakin bergantung pada China.').filter(d => d.code === 'contradiction'), []);
  });
});
