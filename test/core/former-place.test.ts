import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// A place the passage gives with what it once was between the locative and its name ("di bekas Soviet Latvia",
// "in former Yugoslavia") stands where the claim's place stands: another country put there is a swap, with the
// passage's as the fix, and the name of what it once was ("Soviet") is no rival of its own (checks/place-slots.ts).
// "KTT" is the passage's "pertemuan puncak" (lexicon/synonyms.ts), so the rest of the claim is stated. A made-up
// corpus.

const corpus = corpusOfLines({
  'ktt.txt': [
    'Duduk berhadapan di meja panjang, kedua wali kota bertemu di sela-sela pertemuan puncak Liga Pelabuhan Baltik (LPB) di bekas Soviet Latvia.',
    'Pertemuan itu adalah yang pertama sejak banjir besar.',
    'LPB terdiri dari kota-kota pelabuhan di Estonia, Latvia, Lituania dan Polandia.',
    'Para wali kota menghadiri KTT itu setiap tahun.',
  ],
  'kapal.txt': ['Kapal feri baru berlayar dari Gdansk ke Riga setiap pekan.', 'Tiketnya dijual di pelabuhan.'],
});
const flagged = flaggedBy(corpus);

describe('a place given as what it once was', () => {
  it('is the place another country is put in place of, with it as the fix', () => {
    const [d, ...rest] = flagged('Kedua wali kota bertemu di sela-sela KTT LPB di Estonia.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unknown-entity');
    assert.deepEqual(d.fixes.map(f => f.newText), ['Latvia']);
  });

  it('passes the passage\'s own place', () => {
    assert.deepEqual(flagged('Kedua wali kota bertemu di sela-sela KTT LPB di Latvia.\n'), []);
  });
});
