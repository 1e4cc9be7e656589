import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// A capital the passage's story names only for another moment: the story of a summit in Bergen, whose talks are
// "pada hari Jumat", puts an earlier meeting "pada awal Februari … di Wina". Talks "di Wina pada hari Jumat" are
// put where no source puts them then; undated, they may be of any moment, and are left alone
// (checks/place-slots.ts, placedInStory). A made-up corpus.

const corpus = corpusOfLines({
  'ktt.txt': [
    'Para wali kota bertemu pada hari Kamis di sela-sela pertemuan puncak Liga Pelabuhan di Bergen.',
    'Itu adalah pertemuan pertama mereka sejak Dahl melihat Lund pada awal Februari untuk Festival Musim Dingin di Wina.',
    'Liga Pelabuhan didirikan pada tahun 2001 untuk bersaing dengan pelabuhan besar.',
    'Para anggota liga akan hadir, serta Wali Kota Gdansk.',
    'Dahl juga akan mengadakan pembicaraan dengan Lund dan Gubernur Tomas Berg pada hari Jumat.',
    'Keamanan diperketat di Bergen dengan kehadiran polisi yang banyak.',
  ],
  'kapal.txt': ['Kapal feri baru berlayar dari Gdansk ke Riga setiap pekan.', 'Tiketnya dijual di pelabuhan.'],
});
const flagged = flaggedBy(corpus);
const talks = 'Dahl juga akan mengadakan pembicaraan dengan Lund dan Tomas Berg';

describe('a capital the story names only for another moment', () => {
  it('is where no source puts the dated event', () => {
    const [d, ...rest] = flagged(`${talks} di Wina pada hari Jumat.\n`);
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unknown-entity');
    assert.match(d.message, /Wina/);
  });

  it('leaves the story\'s own place, and an undated event, alone', () => {
    assert.deepEqual(flagged(`${talks} di Bergen pada hari Jumat.\n`), []);
    assert.deepEqual(flagged(`${talks} di Wina.\n`), []);
  });
});
