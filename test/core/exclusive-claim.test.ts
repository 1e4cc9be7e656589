import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedIn } from './seed-corpus';

// A claim that gives something to one alone ("only", "alone", "hanya", "saja") where the passage joins another to it
// (checks/exclusive-claim.ts). Every word of the claim is in the passage: the exclusion is what it adds. A made-up
// corpus.

const corpus = corpusOfLines({
  'awards.txt': [
    'Katy Perry and Snoop Dogg performed the song at the Harbour Music Awards in June.',
    'The show was watched by four million people.',
  ],
  'festival.txt': [
    'Festival Kopi Nusantara dibuka oleh Gubernur Rina Mulyani dan Wali Kota Budi Santoso pada hari Sabtu.',
    'Menurut panitia, vokal daerah itu muncul dengan bunyi panjang dan pendek.',
    'Rombongan gubernur termasuk kepala dinas yang baru diangkat, Andi Pratama, dan Sari Wulandari, yang memimpin dinas pariwisata.',
  ],
});
const contradictions = (text: string) => flaggedIn(corpus, text + '\n').filter(d => d.code === 'contradiction').map(d => d.message);

describe('a claim that excludes what the passage joins to it', () => {
  it('is a contradiction, showing the passage\'s pair or list and the draft\'s exclusion', () => {
    assert.match(contradictions('Snoop Dogg alone performed the song at the Harbour Music Awards in June.').join(), /“Katy Perry and Snoop Dogg”; the draft says “Snoop Dogg alone”/);
    assert.match(contradictions('Festival Kopi Nusantara hanya dibuka oleh Gubernur Rina Mulyani pada hari Sabtu.').join(), /“Gubernur Rina Mulyani dan Wali Kota Budi Santoso”|“Rina Mulyani dan Wali Kota Budi Santoso”/);
    assert.match(contradictions('Menurut panitia, vokal daerah itu muncul dengan bunyi pendek saja.').join(), /“panjang dan pendek”; draf menyebut “pendek saja”/);
  });

  it('passes "baru saja" (just now), "tidak hanya" (not only) and an exclusion that names every member', () => {
    assert.deepEqual(contradictions('Kepala dinas Andi Pratama baru saja diangkat oleh gubernur.'), []);
    assert.deepEqual(contradictions('Festival Kopi Nusantara tidak hanya dibuka oleh Gubernur Rina Mulyani, tetapi juga oleh Wali Kota Budi Santoso.'), []);
    assert.deepEqual(contradictions('Only Katy Perry and Snoop Dogg performed the song at the Harbour Music Awards in June.'), []);
  });
});
