import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedBy } from './seed-corpus';

// A name an Indonesian verb acts on ("… meminta PLN memastikan …"), after a locative ("dalam DPT"), a name whose thing
// the noun before it is ("status Budi"), or an acronym after a person ("BMKG") is not who a pronoun after it points
// back to:
// "ujarnya" after that sentence is its subject's (facts/attribution-roles.ts). A made-up corpus.

/** The findings against one made-up story of a town, its lines and filler after them. */
const story = (file: string, town: string, lines: string[]) => flaggedBy(corpusOfLines({ [file]: [...lines, ...fillerLines(6, 'id', town)] }));

describe('a name a verb acts on', () => {
  const flagged = story('listrik.txt', 'Sungai Lebar', [
    'Wali Kota Sungai Lebar, Hasanuddin Arif, meminta PLN memastikan kompensasi benar-benar diterima warga. “Potongan tagihan itu hak warga, jangan sampai ada yang terlewat,” ujarnya saat meninjau gardu darurat.',
    'Kepala puskesmas, Maya Ina, menyebut solar untuk genset hanya cukup hingga Selasa pagi.',
  ]);

  it('is not the speaker of the quote after it', () => {
    assert.deepEqual(flagged('“Potongan tagihan itu hak warga, jangan sampai ada yang terlewat,” tegas Hasanuddin Arif.\n'), []);
    const [d] = flagged('“Potongan tagihan itu hak warga, jangan sampai ada yang terlewat,” tegas Maya Ina.\n');
    assert.equal(d?.code, 'misattributed-quote');
    assert.match(d.message, /Hasanuddin Arif/);
  });

  it('is not the speaker after a sentence whose subject is a pronoun for the person named before', () => {
    const office = story('ojk.txt', 'Sendangrejo', [
      'Kepala kantor regional, Yudhistira Prakoso, mengingatkan masyarakat agar memeriksa izin sebelum berinvestasi. Ia menyebut DLMS hanya terdaftar sebagai perusahaan dagang. "Izin usaha dagang bukan izin untuk menghimpun dana masyarakat," ujarnya.',
    ]);
    assert.deepEqual(office('"Izin usaha dagang bukan izin untuk menghimpun dana masyarakat," tegas Yudhistira Prakoso.\n'), []);
  });

  it('is not the speaker after a sentence whose subject is a body or a noun', () => {
    const regency = story('desa.txt', 'Tanah Merah', [
      'Bupati Tanah Merah, Mulyadi Rahman, menegaskan kerugian dana desa akan dipulihkan. Selain uang yang telah disita kejaksaan, pemkab meminta Inspektorat menempuh tuntutan ganti rugi.',
      '"Uang itu hak warga. Sepeser pun harus kembali ke desa," kata dia.',
    ]);
    assert.deepEqual(regency('Bupati Tanah Merah Mulyadi Rahman menegaskan, "Uang itu hak warga. Sepeser pun harus kembali ke desa."\n'), []);
  });

  it('is not the speaker after a locative ("terdaftar dalam DPT")', () => {
    const committee = story('sengketa.txt', 'Tanah Merah', [
      'Ketua tim, Yusuf Hidayat, mengatakan tuntutan pemungutan suara ulang ditolak karena tidak cukup bukti. Dari 12 pemilih yang dipersoalkan, hanya tiga yang terbukti tidak terdaftar dalam DPT.',
      '“Pelanggarannya ada, tetapi jumlahnya tidak signifikan untuk membatalkan hasil,” ujarnya.',
    ]);
    assert.deepEqual(committee('Ketua tim, Yusuf Hidayat, menyatakan, “Pelanggarannya ada, tetapi jumlahnya tidak signifikan untuk membatalkan hasil.”\n'), []);
  });

  it('is not an acronym named after the person who speaks ("… Rinaldi Prasetyo, mengatakan …. BMKG telah …")', () => {
    const station = story('rob.txt', 'Batuwangi', [
      'Kepala Stasiun Maritim Batuwangi, Rinaldi Prasetyo, mengatakan rob dipicu pasang maksimum air laut. BMKG telah mengeluarkan peringatan dini sejak Senin.',
      '“Potensi rob masih akan terjadi hingga 4 Februari,” ujarnya.',
    ]);
    assert.deepEqual(station('Rinaldi Prasetyo mengingatkan, “Potensi rob masih akan terjadi hingga 4 Februari.”\n'), []);
  });
});

describe('a name whose thing a noun before it is', () => {
  const flagged = story('kayu.txt', 'Talang Rimbo', [
    'Kepala Desa Talang Rimbo, Budi Santoso, diperiksa penyidik sebagai saksi pada Senin.',
    'Kapolres Sungai Talang, AKBP Joko Pranoto, mengatakan penyidik menemukan transfer uang ke rekening pribadi Budi.',
    'Meski demikian, Joko tidak menutup kemungkinan status Budi berubah. “Kalau alat bukti cukup, siapa pun bisa kami tetapkan sebagai tersangka,” tegasnya.',
  ]);
  const quote = '“Kalau alat bukti cukup, siapa pun bisa kami tetapkan sebagai tersangka.”';

  it('is not the speaker after the sentence whose subject is named before it', () => {
    assert.deepEqual(flagged(`AKBP Joko Pranoto menegaskan, ${quote}\n`).map(d => d.code), []);
    const [d] = flagged(`Budi Santoso menegaskan, ${quote}\n`);
    assert.equal(d?.code, 'misattributed-quote');
    assert.match(d.message, /Joko/);
  });
});

