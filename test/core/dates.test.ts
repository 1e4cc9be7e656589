import * as assert from 'node:assert/strict';
import { extractDates } from '../../server/src/core/facts/dates';
import type { DateMention } from '../../server/src/core/types';

/** Each mention without its offsets: the surface text plus the fields a checker compares. */
function mentions(text: string, lang: 'id' | 'en'): Array<Omit<DateMention, 'start' | 'end'>> {
  return extractDates(text, lang).map(({ start: _s, end: _e, ...rest }) => rest);
}

describe('extractDates — Indonesian news', () => {
  it('reads years after "tahun", "pada", "sejak" and after a month', () => {
    assert.deepEqual(mentions('didirikan pada tahun 2001', 'id'), [{ text: 'tahun 2001', year: 2001 }]);
    assert.deepEqual(mentions('sejak ia menjadi sekretaris jenderal Partai Komunis China pada 2012', 'id'),
      [{ text: '2012', year: 2012 }]);
    assert.deepEqual(mentions('invasi skala penuh pada Februari 2022', 'id'),
      [{ text: 'Februari 2022', month: 2, year: 2022 }]);
    assert.deepEqual(mentions('Pada bulan Oktober 2019, ia melaporkan', 'id'),
      [{ text: 'bulan Oktober 2019', month: 10, year: 2019 }]);
  });

  it('points its offsets at the mention in the original text', () => {
    const text = 'invasi skala penuh pada Februari 2022';
    const [d] = extractDates(text, 'id');
    assert.equal(text.slice(d.start, d.end), 'Februari 2022');
  });

  it('reads weekdays with "hari" and a time of day in the same mention', () => {
    assert.deepEqual(mentions('Xi juga akan bertemu dengan Erdogan pada hari Jumat', 'id'),
      [{ text: 'hari Jumat', weekday: 5 }]);
    assert.deepEqual(mentions('dalam pernyataan publik mereka pada Kamis sore', 'id'),
      [{ text: 'Kamis sore', weekday: 4 }]);
    assert.deepEqual(mentions('Zelensky pada Rabu mengumumkan', 'id'), [{ text: 'Rabu', weekday: 3 }]);
    assert.deepEqual(mentions('kata Kremlin Selasa.', 'id'), [{ text: 'Selasa', weekday: 2 }]);
  });

  it('reads "Minggu" as Sunday only where it cannot mean "week"', () => {
    assert.deepEqual(mentions('dua minggu sebelum invasi, dalam beberapa minggu terakhir', 'id'), []);
    assert.deepEqual(mentions('Minggu lalu Putin tiba. Ia pulang pada Minggu, hari Minggu pagi.', 'id'),
      [{ text: 'Minggu', weekday: 7 }, { text: 'hari Minggu pagi', weekday: 7 }]);
  });

  it('reads the early/mid/late part of a month or year', () => {
    assert.deepEqual(mentions('pasukan bertahan sampai awal Juli', 'id'), [{ text: 'awal Juli', part: 'early', month: 7 }]);
    assert.deepEqual(mentions('pada awal Februari untuk Olimpiade Musim Dingin', 'id'),
      [{ text: 'awal Februari', part: 'early', month: 2 }]);
    assert.deepEqual(mentions('pada akhir tahun 2023 dan pertengahan Mei 2024', 'id'), [
      { text: 'akhir tahun 2023', part: 'late', year: 2023 },
      { text: 'pertengahan Mei 2024', part: 'mid', month: 5, year: 2024 },
    ]);
    assert.deepEqual(mentions('berlibur pada akhir pekan', 'id'), []);
  });

  it('reads seasons but not event names that contain one', () => {
    assert.deepEqual(mentions('Xi diperkirakan akan bertemu Putin di Rusia pada musim semi', 'id'),
      [{ text: 'musim semi', season: 'spring' }]);
    assert.deepEqual(mentions('serangan pada awal musim dingin 2022', 'id'),
      [{ text: 'awal musim dingin 2022', part: 'early', season: 'winter', year: 2022 }]);
    assert.deepEqual(mentions('ia datang untuk Olimpiade Musim Dingin', 'id'), []);
  });

  it('merges a weekday with the full date after it', () => {
    assert.deepEqual(mentions('Putin tiba pada Kamis, 16 Mei 2024, di Beijing', 'id'),
      [{ text: 'Kamis, 16 Mei 2024', weekday: 4, day: 16, month: 5, year: 2024 }]);
    assert.deepEqual(mentions('kata juru bicara Kremlin, Kamis (16/5).', 'id'),
      [{ text: 'Kamis (16/5)', weekday: 4, day: 16, month: 5 }]);
  });

  it('reads day-month dates, numeric dates day-first, and ignores other slashes', () => {
    assert.deepEqual(mentions('Proklamasi 17 Agustus 1945 dan tenggat 17/08/2024', 'id'), [
      { text: '17 Agustus 1945', day: 17, month: 8, year: 1945 },
      { text: '17/08/2024', day: 17, month: 8, year: 2024 },
    ]);
    assert.deepEqual(mentions('layanan 24/7 untuk 11 negara', 'id'), []);
  });

  it('needs a number beside month abbreviations that are also names', () => {
    assert.deepEqual(mentions('Jan Egeland berkata bahwa Des datang', 'id'), []);
    assert.deepEqual(mentions('laporan 5 Jan 2024 dan Sept. 2023', 'id'), [
      { text: '5 Jan 2024', day: 5, month: 1, year: 2024 },
      { text: 'Sept. 2023', month: 9, year: 2023 },
    ]);
  });

  it('does not take counts for years or dates', () => {
    assert.deepEqual(mentions('merayakan 75 tahun hubungan diplomatik dan sekitar 2000 orang', 'id'), []);
    assert.deepEqual(mentions('pada bulan ke-11 invasi', 'id'), []);
  });

  it('does not take a decade or an era for one year of it: a decade is read as a decade', () => {
    assert.deepEqual(mentions('Album itu diluncurkan di era 2000 dan laris sejak dekade 1990-an.', 'id'), [{ text: '1990-an', decade: 1990 }]);
    assert.deepEqual(mentions('The port grew in the decade 1990 and again in 2004.', 'en'), [{ text: '2004', year: 2004 }]);
    assert.deepEqual(mentions('Pelabuhan itu dibangun tahun 1994.', 'id'), [{ text: 'tahun 1994', year: 1994 }]);
  });
});

describe('extractDates — English news', () => {
  it('reads month-first dates with a weekday before them', () => {
    assert.deepEqual(mentions('On Monday, May 13, 2024, Putin arrived in Beijing.', 'en'),
      [{ text: 'Monday, May 13, 2024', weekday: 1, month: 5, day: 13, year: 2024 }]);
  });

  it('reads "May" as a month only with a date cue', () => {
    assert.deepEqual(mentions('Theresa May said the vote in May 2019 was lost.', 'en'),
      [{ text: 'May 2019', month: 5, year: 2019 }]);
  });

  it('reads parts, seasons and numeric dates', () => {
    assert.deepEqual(mentions('in early July, by mid-July and until the end of June', 'en'), [
      { text: 'early July', part: 'early', month: 7 },
      { text: 'mid-July', part: 'mid', month: 7 },
      { text: 'end of June', part: 'late', month: 6 },
    ]);
    assert.deepEqual(mentions('talks in the spring of 2023, the Winter Olympics and 05/17/2024', 'en'), [
      { text: 'spring of 2023', season: 'spring', year: 2023 },
      { text: '05/17/2024', day: 17, month: 5, year: 2024 },
    ]);
  });
});
