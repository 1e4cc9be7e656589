import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedBy, sentenceAlone } from './seed-corpus';

// "Bupati Batu Lintang, Hendra Wiratmaja, …": the name a title runs into is what the office is of, and the person
// after the comma holds it (facts/title-apposition.ts).

const names = (text: string) => sentenceAlone(text).names.map(n => `${n.text}|${n.kind}|${n.role?.text ?? ''}`);

describe('a title, what it is of, a comma and its holder', () => {
  it('reads the name after the title as a place and gives the person the title', () => {
    assert.deepEqual(names('Bupati Batu Lintang, Hendra Wiratmaja, menetapkan status tanggap darurat.'),
      ['Batu Lintang|place|', 'Hendra Wiratmaja|person|Bupati Batu Lintang']);
  });

  it('gives the person the title of a body too, and leaves a list of people as it is', () => {
    assert.deepEqual(names('Kepala Disdag Bukit Sungkai, Rosmawati Lubis, menyebut sekitar 70 pedagang.'),
      ['Disdag Bukit Sungkai|organization|', 'Rosmawati Lubis|person|Kepala Disdag Bukit Sungkai']);
    assert.deepEqual(names('Presiden Joko Widodo, Prabowo Subianto, dan Ganjar Pranowo hadir di sana.').map(n => n.split('|').slice(0, 2).join('|')),
      ['Joko Widodo|person', 'Prabowo Subianto|person', 'Ganjar Pranowo|person']);
  });

  it('reads a one-word holder that a verb follows as the person, where the tagger read it as a place', () => {
    assert.deepEqual(names('Kepala Desa Pasir Jambu, Sutrisno, menuturkan warganya sempat memukul kentongan.'),
      ['Desa Pasir Jambu|organization|', 'Sutrisno|person|Kepala Desa Pasir Jambu']);
  });

  const flagged = flaggedBy(corpusOfLines({
    'banjir.txt': [
      'Kepala Pelaksana BPBD Batu Lintang, Rusdi Hamzah, mengatakan air Sungai Kalimuning meluap sekitar pukul 02.30 WIB.',
      '"Ketinggian air di beberapa titik mencapai dua setengah meter," kata Rusdi di posko darurat Muara Dalam.',
      'Kepala Dinas Sosial Batu Lintang, Fitri Handayani, mengatakan bantuan belum merata.',
      'Bupati Batu Lintang, Hendra Wiratmaja, meminta warga yang tinggal di bantaran sungai tetap waspada.',
      'Kepala Desa Pasir Jambu, Sutrisno, menuturkan warganya hanya punya waktu beberapa menit untuk menyelamatkan diri.',
      'Kapolres Batu Lintang, AKBP Dedi Kurniawan, mengatakan polisi sudah memeriksa lima saksi.',
      ...fillerLines(6, 'id', 'Muara Dalam'),
    ],
  }));

  it('takes the holder, not the place, for the speaker of a quote', () => {
    assert.deepEqual(flagged('Kepala Pelaksana BPBD Batu Lintang, Rusdi Hamzah, mengatakan, "Ketinggian air di beberapa titik mencapai dua setengah meter."\n'), []);
  });

  it('reads the speaker after a verb of saying past a short title, a place and a comma', () => {
    const [d] = flagged('"Ketinggian air di beberapa titik mencapai dua setengah meter," ujar Kapolres Batu Lintang, AKBP Dedi Kurniawan.\n');
    assert.equal(d?.code, 'misattributed-quote');
    assert.match(d.message, /diucapkan Rusdi Hamzah; draf menyebut Dedi Kurniawan/);
  });

  it('flags an act the sources give another, said of a person named after their title', () => {
    const [d] = flagged('Kepala Desa Pasir Jambu, Sutrisno, meminta warga yang tinggal di bantaran sungai tetap waspada.\n');
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /Sutrisno “meminta”/);
    assert.deepEqual(flagged('Bupati Batu Lintang, Hendra Wiratmaja, meminta warga yang tinggal di bantaran sungai tetap waspada.\n'), []);
  });

  it('flags an office the sources give the person\'s colleague', () => {
    const [d] = flagged('Kepala Pelaksana BPBD Batu Lintang, Fitri Handayani, mengatakan bantuan belum merata.\n');
    assert.equal(d?.code, 'unknown-entity');
    assert.match(d.message, /Dinas Sosial Batu Lintang/);
  });

  it('reads a local title kept inside the name, and a rank before the holder', () => {
    assert.deepEqual(names('Camat Sungai Lebar, Hasanuddin Arif, mengatakan hal itu.'),
      ['Sungai Lebar|place|', 'Hasanuddin Arif|person|Camat Sungai Lebar']);
    const flaggedHere = flaggedBy(corpusOfLines({
      'pasar.txt': [
        'Kapolsek Sungai Lebar, AKP Yohanes Dapa, mengatakan pihaknya telah memasang garis polisi. "Penyebab kebakaran masih kami selidiki," katanya.',
        'Jam belajar dipersingkat menjadi pukul 07.30 hingga 11.00 Wita. "Kami minta bantuan konselor," ujarnya.',
        'Kepala sekolah, Maria Ina, mengatakan jam belajar dipersingkat karena tenda panas.',
        ...fillerLines(6, 'id', 'Sungai Lebar'),
      ],
    }));
    assert.deepEqual(flaggedHere('Kapolsek Sungai Lebar, AKP Yohanes Dapa, menegaskan, "Penyebab kebakaran masih kami selidiki."\n'), []);
  });

  it('gives the title to a holder written with a degree before the name', () => {
    assert.deepEqual(names('Direktur RSUD Lubuk Seranai, dr. Maya Kusumawati, menyebut solar hanya cukup hingga Selasa.'),
      ['Lubuk Seranai|place|', 'Maya Kusumawati|person|Direktur RSUD Lubuk Seranai']);
  });

  it('takes the holder written with a degree for the speaker of a quote', () => {
    const health = flaggedBy(corpusOfLines({
      'campak.txt': [
        'Kepala Dinas Kesehatan Sungai Lebar, dr. Maria Ina Kelen, meminta orang tua tidak takut. “Efek demam ringan itu wajar dan hilang dalam satu sampai dua hari,” ujarnya.',
        ...fillerLines(6, 'id', 'Sungai Lebar'),
      ],
    }));
    assert.deepEqual(health('Kepala Dinas Kesehatan Sungai Lebar, dr. Maria Ina Kelen, menegaskan, “Efek demam ringan itu wajar dan hilang dalam satu sampai dua hari.”\n'), []);
  });

  it('reads no time zone after a time as a speaker', () => {
    assert.deepEqual(names('Jam belajar dipersingkat menjadi pukul 07.30 hingga 11.00 Wita.'), []);
  });
});
