import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, fixtureCorpus, flaggedBy } from './seed-corpus';

// A dateline gives the day a story was filed ("BATU LINTANG, Rabu (11/3/2026) - …"). Where its sentence dates the
// event otherwise ("…, Selasa (10/3/2026)"), the dateline's day is no date of the event; where a headline states the
// claim best, the lead after it dates the event (checks/date-check.ts). Made-up sources.

describe("a dateline's day", () => {
  const flagged = flaggedBy(corpusOfLines({
    'sidang.txt': [
      'BATU LINTANG, Rabu (11/3/2026) - Mantan bendahara desa, Rina Kartika (41), menjalani sidang perdana perkara korupsi di Pengadilan Negeri Batu Lintang, Selasa (10/3/2026).',
      'Jaksa mendakwa Rina merugikan keuangan negara sebesar Rp 300 juta.',
      ...fillerLines(6, 'id', 'Batu Lintang'),
    ],
  }));
  const codes = (text: string) => flagged(text + '\n').map(d => d.code);

  it('is no date of an event its sentence dates otherwise', () => {
    assert.deepEqual(codes('Rina Kartika menjalani sidang perdana perkara korupsi di Pengadilan Negeri Batu Lintang pada Rabu (11/3/2026).'), ['date-mismatch']);
  });

  it("dates a headline's event by the lead after it", () => {
    const fire = flaggedBy(corpusOfLines({
      'kebakaran.txt': [
        'Kebakaran Landa RSUD Sekar Wangi Batu Lintang, Dua Pasien Lansia Meninggal',
        'BATU LINTANG, Minggu (8/2/2026) - Kebakaran melanda Gedung Melati RSUD Sekar Wangi, Kota Batu Lintang, Minggu dini hari.',
        ...fillerLines(6, 'id', 'Batu Lintang'),
      ],
    }));
    const said = (text: string) => fire(text + '\n').map(d => d.code);
    assert.deepEqual(said('Kebakaran yang menewaskan dua pasien lansia di RSUD Sekar Wangi terjadi pada Senin (9/2/2026) dini hari.'), ['date-mismatch']);
    assert.deepEqual(said('Kebakaran yang menewaskan dua pasien lansia di RSUD Sekar Wangi terjadi pada Minggu (8/2/2026) dini hari.'), []);
  });

  it('dates by the lead an event its best passage tells without its day (a claim of the set on this fixture)', () => {
    const brawl = flaggedBy(fixtureCorpus('tawuran'));
    const said = (text: string) => brawl(text + '\n').map(d => d.code);
    assert.deepEqual(said('Tawuran yang menewaskan RF terjadi pada Selasa (20/1/2026) sore, tidak lama setelah jam pulang sekolah.'), ['date-mismatch']);
    assert.deepEqual(said('Tawuran yang menewaskan RF terjadi pada Senin (19/1/2026) sore, tidak lama setelah jam pulang sekolah.'), []);
  });

  it("leaves a year of the story's history to its own passage (a claim of the set on this fixture)", () => {
    const school = flaggedBy(fixtureCorpus('sekolah-roboh'));
    assert.ok(!school('Sekolah yang berdiri sejak 1982 itu mempunyai 186 murid yang belajar di enam ruang kelas.\n').some(d => d.code === 'date-mismatch'));
  });

  it("is no passage's only date of what it tells", () => {
    const decree = flaggedBy(corpusOfLines({
      'darurat.txt': [
        'TIRTA JAYA, Selasa (11/8/2026) - Bupati Tirta Jaya Ratna Sulistyowati menetapkan status tanggap darurat krisis air bersih selama 30 hari. Surat keputusan penetapan status itu ditandatangani pada Senin (10/8/2026) di Pendopo Kabupaten Tirta Jaya.',
        ...fillerLines(6, 'id', 'Tirta Jaya'),
      ],
    }));
    assert.ok(!decree('Bupati Ratna Sulistyowati menandatangani surat keputusan status tanggap darurat krisis air bersih di Pendopo Kabupaten Tirta Jaya pada Senin (10/8/2026).\n').some(d => d.code === 'date-mismatch'));
  });

  it("nor is the end of a span after it (a claim of the set on this fixture)", () => {
    const rice = flaggedBy(fixtureCorpus('harga-beras'));
    assert.ok(!rice('Dalam rapat koordinasi pada Kamis, 29 Januari 2026, Gubernur Bambang Surya Atmaja memutuskan operasi pasar beras murah diperpanjang sampai akhir Februari 2026.\n').some(d => d.code === 'date-mismatch'));
  });

  it('leaves the event on its own date', () => {
    assert.deepEqual(codes('Rina Kartika menjalani sidang perdana perkara korupsi di Pengadilan Negeri Batu Lintang pada Selasa (10/3/2026).'), []);
  });
});
