import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, fixtureCorpus, flaggedBy } from './seed-corpus';

// An event moved to another address the story names (checks/moved-place.ts): the address "Desa …, Kecamatan …" is
// one slot, so a passage that states the rest with another address of its kind after the same word gives the
// finding, with the passage's address as the fix. Made-up sources.

const flagged = flaggedBy(corpusOfLines({
  'sipir.txt': [
    'Petugas Satresnarkoba membuntuti seorang sipir sejak ia berangkat dari rumahnya di Desa Sukaraya, Kecamatan Renggas Hilir.',
    'Sipir itu ditangkap di gerbang lapas dengan membawa 312 gram sabu.',
    ...fillerLines(6, 'id', 'Kuala Renggas'),
  ],
  'kurir.txt': [
    'Polisi menangkap seorang kurir di sebuah kebun sawit di Desa Lubuk Pinang, Kecamatan Renggas Hulu, Rabu (15/4/2026).',
    'Dari rumah kurir itu, polisi menemukan tambahan 175 gram sabu.',
  ],
}));
const places = (text: string) => flagged(text).filter(d => d.code === 'unknown-entity').map(d => d.fixes.map(f => f.newText).join());

describe('an event moved to another address the story names', () => {
  it("is flagged, with the passage's address as the fix", () => {
    assert.deepEqual(places('Petugas Satresnarkoba membuntuti sipir itu sejak ia berangkat dari rumahnya di Desa Lubuk Pinang, Kecamatan Renggas Hulu.\n'),
      ['Desa Sukaraya, Kecamatan Renggas Hilir']);
  });

  it('passes at the address the passage gives', () => {
    assert.deepEqual(places('Petugas Satresnarkoba membuntuti sipir itu sejak ia berangkat dari rumahnya di Desa Sukaraya, Kecamatan Renggas Hilir.\n'), []);
  });

  it('names only the level that moved where the passage has the other', () => {
    const site = flaggedBy(corpusOfLines({
      'proyek.txt': [
        'Sebuah crane di lokasi pembangunan hotel di Jalan Raya Lerep, Desa Wringinsari, Kecamatan Lerep Timur, roboh pada Senin siang.',
        'Salah satu korban adalah Agus Setiawan, warga Desa Tegalrejo, Kecamatan Lerep Timur.',
        ...fillerLines(6, 'id', 'Batu Kenanga'),
      ],
    }));
    const moved = site('Sebuah crane roboh di lokasi pembangunan hotel di Desa Tegalrejo, Kecamatan Lerep Timur, pada Senin siang.\n').filter(d => d.code === 'unknown-entity');
    assert.deepEqual(moved.map(d => d.fixes.map(f => f.newText).join()), ['Desa Wringinsari']);
  });

  it('is flagged where the passage names the claim\'s subject another way', () => {
    // The cooperative fixture: "Perempuan berusia 38 tahun itu diringkus di sebuah rumah kontrakan di Desa Sidomakmur,
    // Kecamatan Lebakjaya"; the story names Tanjungrejo and Mekarwangi for the cooperative.
    const arrest = flaggedBy(fixtureCorpus('penggelapan-koperasi'))('Polisi meringkus Dewi Anggraeni di sebuah rumah kontrakan di Desa Tanjungrejo, Kecamatan Mekarwangi.\n');
    assert.deepEqual(arrest.filter(d => d.code === 'unknown-entity').map(d => d.fixes.map(f => f.newText).join()), ['Desa Sidomakmur, Kecamatan Lebakjaya']);
  });

  it('leaves a place of another kind, which may hold the passage\'s', () => {
    assert.deepEqual(places('Petugas Satresnarkoba membuntuti sipir itu sejak ia berangkat dari rumahnya di Kecamatan Renggas Hilir.\n'), []);
  });
});
