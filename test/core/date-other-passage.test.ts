import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedBy } from './seed-corpus';

// A claim of two clauses whose best passage is about the first and dates nothing: the date of the second is held
// against another aligned passage that dates the same act of the same named thing (checks/date-check.ts).

const corpus = corpusOfLines({
  'dewan.txt': [
    'Sebelumnya musuh lama dengan hubungan yang penuh gejolak, Kota Utara dan Kota Selatan semakin dekat dalam beberapa tahun terakhir.',
    'Dewan Pesisir, yang terdiri dari Kota Utara, Kota Selatan dan tiga desa nelayan, didirikan pada tahun 2001 untuk mengelola pelabuhan bersama.',
  ],
});
const flagged = flaggedBy(corpus);

describe('a date of a clause another passage dates', () => {
  it('flags the year of an act the other passage dates otherwise, with that year as the fix', () => {
    const [d, ...rest] = flagged('Permusuhan lama berakhir ketika Kota Utara dan Kota Selatan mendirikan Dewan Pesisir pada tahun 2005.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'date-mismatch');
    assert.deepEqual(d.fixes.map(f => f.newText), ['tahun 2001']);
  });

  it('passes the year the passage gives, and a year of an act of something the claim does not name there', () => {
    assert.deepEqual(flagged('Permusuhan lama berakhir ketika Kota Utara dan Kota Selatan mendirikan Dewan Pesisir pada tahun 2001.\n'), []);
    assert.ok(!flagged('Permusuhan lama berakhir ketika Kota Utara dan Kota Selatan mendirikan dewan baru pada tahun 2005.\n').some(d => d.code === 'date-mismatch'));
  });
});

// The best passage dates another event (a summit in Tromsø in March, Oslo beside it); the passage that has the claim's
// words right before its date, in another story, dates it on another weekday.
const meetings = corpusOfLines({
  'rapat.txt': ['Pertemuan puncak menteri perikanan berlangsung di Tromsø pada bulan Maret.', 'Menteri Dahl kemudian terbang ke Oslo untuk rapat anggaran.'],
  'oslo.txt': ['Pada pertemuan puncak di Oslo pada hari Kamis, kedua menteri menegaskan kerja sama perikanan.', 'Nelayan menunggu hasilnya.'],
});

describe('a weekday another passage gives with the same words before it', () => {
  it('flags the weekday where the best passage dates something else', () => {
    const [d, ...rest] = flaggedBy(meetings)('Pertemuan puncak di Oslo berlangsung pada hari Rabu.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'date-mismatch');
    assert.deepEqual(d.fixes.map(f => f.newText), ['hari Kamis']);
  });

  it('passes the weekday the passage gives', () => {
    assert.deepEqual(flaggedBy(meetings)('Pertemuan puncak di Oslo berlangsung pada hari Kamis.\n'), []);
  });
});

// Two meetings of one person on two days: the date of the claim's meeting is the one its own words stand before.
const twoMeetings = corpusOfLines({
  'menteri.txt': [
    'Menteri Dahl dan Menteri Lund bertemu pada hari Kamis untuk membahas kuota ikan.',
    'Kementerian mengatakan Dahl juga akan bertemu dengan Menteri Holm pada hari Jumat.',
    'Pada tanggal 3 Mei, kuota baru diumumkan oleh kementerian perikanan pada tahun 2024.',
  ],
});

describe('the date a passage gives right after the claim\'s own words', () => {
  it('flags Thursday for the meeting the story has on Friday, though another meeting that day stands nearby', () => {
    const [d, ...rest] = flaggedBy(twoMeetings)('Dahl bertemu dengan Menteri Holm pada hari Kamis.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'date-mismatch');
    assert.deepEqual(d.fixes.map(f => f.newText), ['hari Jumat']);
    assert.deepEqual(flaggedBy(twoMeetings)('Dahl bertemu dengan Menteri Holm pada hari Jumat.\n'), []);
  });

  it('passes a date the passage gives elsewhere in the same sentence', () => {
    assert.ok(!flaggedBy(twoMeetings)('Kuota baru diumumkan oleh kementerian perikanan pada tanggal 3 Mei 2024.\n').some(d => d.code === 'date-mismatch'));
  });
});

// The claim names nothing right before its date: the best passage (the call, undated) and another that holds nearly
// all of the claim and dates its own words otherwise.
const calls = corpusOfLines({
  'pelabuhan.txt': [
    'Para wali kota berjanji memperdalam kerja sama pelabuhan ketika mereka mengadakan konferensi video bersama pada hari Jumat.',
    'Dalam panggilan video akhir tahun tahunan, yang diadakan pada bulan ke-11 proyek itu, wali kota Utara membahas anggaran.',
  ],
  'kapal.txt': ['Kapal nelayan berlabuh di dermaga timur setiap pagi.', 'Harga ikan naik menjelang musim hujan.', 'Gudang pendingin baru dibangun di dekat pasar.'],
});

describe('a date of a claim that names nothing before it', () => {
  it('flags the weekday where a passage with nearly all of the claim dates the same words otherwise', () => {
    const [d, ...rest] = flaggedBy(calls)('Konferensi video akhir tahun itu diadakan pada hari Senin.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'date-mismatch');
    assert.deepEqual(d.fixes.map(f => f.newText), ['hari Jumat']);
  });

  it('passes the weekday that passage gives, and a date of words it does not have before its date', () => {
    assert.deepEqual(flaggedBy(calls)('Konferensi video akhir tahun itu diadakan pada hari Jumat.\n'), []);
    assert.ok(!flaggedBy(calls)('Anggaran proyek itu dibahas dalam panggilan video pada hari Senin.\n').some(d => d.code === 'date-mismatch'));
  });
});

// A year right after a name labels an edition of it ("Piala Rantau 2015"): it dates that edition, not the first one
// the claim speaks of, which the best passage's story dates a few sentences before.
const editions = corpusOfLines({
  'rantau.txt': [
    'Piala Rantau yang pertama digelar di Gedung Olahraga Seruni, Palembang pada 24-29 Mei 1989.',
    'Pada kejuaraan tersebut, tim tuan rumah tampil sebagai juara setelah mengalahkan tim tamu.',
    'Itulah satu-satunya gelar Piala Rantau yang pernah diraih tim tuan rumah.',
    'Sejak tahun 1991, Piala Rantau digelar setiap dua tahun.',
  ],
  'semifinal.txt': ['Dua tahun lalu di Piala Rantau 2015, tim tuan rumah terhenti di babak semifinal setelah kalah 1-3.'],
  'filler.txt': fillerLines(30, 'id'),
});

describe('a year that labels an edition of a named event', () => {
  it('is not held against the year of another edition the claim speaks of', () => {
    assert.deepEqual(flaggedBy(editions)('Piala Rantau pertama digelar pada tahun 1989.\n'), []);
  });

  it('still flags a year the story gives otherwise, held against the story, not the other edition', () => {
    const [d, ...rest] = flaggedBy(editions)('Piala Rantau pertama digelar pada tahun 1990.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'date-mismatch');
    assert.doesNotMatch(d.message, /2015/);
  });
});

// The closest passage gives another date, but a passage found for the claim states the claim's date and its other
// figures in one sentence: it is the one about the claim (the claim's town misspelt, so it aligns less well).
const towns = corpusOfLines({
  'zahedan.txt': ['Zahedan merupakan kota yang terletak di sebelah timur Iran.', 'Penduduknya berjumlah 580.000 jiwa (2005).'],
  'sarilam.txt': ['Kota Sarilam terletak di pesisir.', 'Dengan memiliki jumlah penduduk sebanyak 244.625 jiwa (2001).'],
});

describe('a date another passage states with the claim\'s figures', () => {
  it('is no mismatch with the closest passage\'s date', () => {
    assert.ok(!flaggedBy(towns)('Zaheda memiliki penduduk berjumlah 580.000 jiwa pada tahun 2005.\n').some(d => d.code === 'date-mismatch'));
  });

  it('is still a mismatch where that passage\'s figures are not the claim\'s', () => {
    const [d] = flaggedBy(towns)('Zaheda memiliki penduduk berjumlah 250.000 jiwa pada tahun 2005.\n').filter(x => x.code === 'date-mismatch');
    assert.match(d?.message ?? '', /2001/);
  });
});
