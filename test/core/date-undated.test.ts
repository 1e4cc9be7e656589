import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// A passage that states the claim but gives no year near it does not back the year the claim adds
// (checks/date-passages.ts undatedIn, read by checks/support-check.ts). The year the story gives elsewhere, far from
// the passage and for something else, is no backing either; a year said relative to the writing may be the claim's.

const corpus = corpusOfLines({
  'anggaran.txt': [
    'Kota Pesisir Barat mulai dibangun kembali setelah banjir besar pada 2019.',
    'Wali kota baru dilantik pada musim semi.',
    'Jalan lingkar utara selesai dikerjakan.',
    'Pasar ikan dipindahkan ke dermaga timur.',
    'Sekolah-sekolah dibuka kembali.',
    'Jembatan gantung diperbaiki oleh warga.',
    'Dewan kota menyetujui anggaran pelabuhan senilai 12 miliar rupiah bulan lalu.',
    'Anggaran itu akan dipakai untuk memperdalam alur kapal.',
  ],
  'festival.txt': [
    'Festival Layang-layang Pesisir digelar lagi tahun ini di pantai selatan.',
    'Panitia mendatangkan peserta dari empat kota.',
  ],
});
const flagged = flaggedBy(corpus);

describe('a year no passage near the statement gives', () => {
  it('flags the year, naming it as what the passage lacks', () => {
    const [d, ...rest] = flagged('Dewan kota menyetujui anggaran pelabuhan senilai 12 miliar rupiah pada tahun 2019.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unsupported-claim');
    assert.equal(d.severity, 'warning');
    assert.match(d.message, /“tahun 2019”/);
  });

  it('passes the claim without the year, and a year said relative to the writing', () => {
    assert.deepEqual(flagged('Dewan kota menyetujui anggaran pelabuhan senilai 12 miliar rupiah.\n'), []);
    assert.deepEqual(flagged('Festival Layang-layang Pesisir digelar di pantai selatan pada 2026.\n'), []);
  });
});
