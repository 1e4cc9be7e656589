import * as assert from 'node:assert/strict';
import { described } from './described';

// A description stated later in the sentence, in its predicate: the name opens the sentence, a parenthesis may
// follow, then a copula ("merupakan", "is") or a verb of founding and "sebagai"/"as". Text in, "name:
// description (kind)" out; names and words other than the seeds'.

describe('descriptions in the predicate', () => {
  it('reads "X – … – didirikan pada tahun 1989 sebagai badan …" past the parenthesis between dashes', () => {
    const got = described('APEC – terdiri dari Jepang, Chile dan Kanada – didirikan pada tahun 1989 sebagai badan kerja sama ekonomi, dagang dan investasi.');
    assert.ok(got.includes('APEC: badan kerja sama ekonomi (organization)'), got.join('; '));
  });

  it('reads a copula in Indonesian and English', () => {
    const id = described('Pulau Sebatik merupakan pulau kecil di perbatasan Kalimantan.');
    assert.ok(id.some(d => /^(?:Pulau )?Sebatik: pulau kecil di perbatasan Kalimantan \(place\)$/.test(d)), id.join('; '));
    const en = described('Elena Marsh, elected in 2019, is a retired teacher.');
    assert.ok(en.includes('Elena Marsh: retired teacher (person)'), en.join('; '));
  });

  it('reads nothing when the name does not open the sentence or the predicate is no description', () => {
    assert.deepEqual(described('Menurut Kaltara, ini merupakan provinsi termuda.').filter(d => d.startsWith('Kaltara')), []);
    assert.deepEqual(described('APEC didirikan pada tahun 1989 di Canberra.').filter(d => d.startsWith('APEC')), []);
    assert.deepEqual(described('Hana Pertiwi adalah yang terakhir datang.').filter(d => d.startsWith('Hana')), []);
  });
});
