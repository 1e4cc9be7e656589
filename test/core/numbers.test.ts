import * as assert from 'node:assert/strict';
import { extractDates } from '../../server/src/core/facts/dates';
import { extractQuantities, isLikelyYear } from '../../server/src/core/facts/numbers';
import type { Quantity } from '../../server/src/core/types';

/** The quantities as [surface, kind, value, currency?] rows, which is what a reviewer compares by eye. */
function rows(text: string, lang: 'id' | 'en'): Array<[string, string, number, string?]> {
  return extractQuantities(text, lang).map((q: Quantity) =>
    q.currency === undefined ? [q.text, q.kind, q.value] : [q.text, q.kind, q.value, q.currency]);
}

describe('extractQuantities — Indonesian news', () => {
  it('reads dollar amounts with a scale word as money in USD', () => {
    assert.deepEqual(rows('Peningkatan perdagangan Tiongkok dengan Rusia, yang berjumlah $240 miliar pada tahun lalu', 'id'),
      [['$240 miliar', 'money', 240e9, 'USD']]);
    assert.deepEqual(rows('bantuan militer tambahan senilai US$2 miliar untuk Ukraina, menyusul paket bantuan ' +
      'US$61 miliar yang disetujui oleh Kongres AS bulan lalu', 'id'),
      [['US$2 miliar', 'money', 2e9, 'USD'], ['US$61 miliar', 'money', 61e9, 'USD']]);
  });

  it('gives offsets that point at the number in the original text', () => {
    const text = 'yang berjumlah $240 miliar pada tahun lalu';
    const [q] = extractQuantities(text, 'id');
    assert.equal(text.slice(q.start, q.end), '$240 miliar');
  });

  it('reads percentages so "70 persen" and "40 persen" can be told apart', () => {
    assert.deepEqual(rows('sekitar 70 persen peralatan mesin dan 90 persen mikroelektronika', 'id'),
      [['70 persen', 'percent', 70], ['90 persen', 'percent', 90]]);
    assert.deepEqual(rows('inflasi naik 2,5% dan suku bunga tujuh puluh persen', 'id'),
      [['2,5%', 'percent', 2.5], ['tujuh puluh persen', 'percent', 70]]);
  });

  it('reads rupiah and other currencies before or after the number', () => {
    assert.deepEqual(rows('Harga naik dari Rp5.000 menjadi Rp 5 juta, setara USD 5 juta atau €3.', 'id'), [
      ['Rp5.000', 'money', 5000, 'IDR'], ['Rp 5 juta', 'money', 5e6, 'IDR'], ['USD 5 juta', 'money', 5e6, 'USD'],
      ['€3', 'money', 3, 'EUR'],
    ]);
    assert.deepEqual(rows('Investasi 5 miliar dolar AS, 30 miliar yuan dan 2 triliun rubel.', 'id'), [
      ['5 miliar dolar AS', 'money', 5e9, 'USD'], ['30 miliar yuan', 'money', 30e9, 'CNY'],
      ['2 triliun rubel', 'money', 2e12, 'RUB'],
    ]);
  });

  it('uses Indonesian separators: dot for thousands, comma for decimals', () => {
    assert.deepEqual(rows('Sebanyak 1.500 tentara, 1.500,5 ton gandum dan 2,5 juta pengungsi.', 'id'),
      [['1.500', 'cardinal', 1500], ['1.500,5', 'cardinal', 1500.5], ['2,5 juta', 'cardinal', 2.5e6]]);
  });

  it('reads numbers written in words, including the counts of the corpus sentences', () => {
    assert.deepEqual(rows('peringatan tujuh puluh lima tahun berdirinya hubungan diplomatik', 'id'),
      [['tujuh puluh lima', 'cardinal', 75]]);
    assert.deepEqual(rows('Kunjungan kenegaraan Putin selama dua hari', 'id'), [['dua', 'cardinal', 2]]);
    assert.deepEqual(rows('delapan tahun terakhir', 'id'), [['delapan', 'cardinal', 8]]);
    assert.deepEqual(rows('mundur dari bagian empat provinsi', 'id'), [['empat', 'cardinal', 4]]);
    assert.deepEqual(rows('Dua ratus lima puluh ribu orang mengungsi, seratus dua puluh tewas dan sebelas hilang.', 'id'),
      [['Dua ratus lima puluh ribu', 'cardinal', 250000], ['seratus dua puluh', 'cardinal', 120],
        ['sebelas', 'cardinal', 11]]);
    assert.deepEqual(rows('setengah juta warga dan satu setengah tahun', 'id'),
      [['setengah juta', 'cardinal', 5e5], ['satu setengah', 'cardinal', 1.5]]);
  });

  it('skips "satu" in idioms and "se-" words that are not numbers', () => {
    assert.deepEqual(rows('kedua belah pihak tidak akan meninggalkan satu sama lain dalam waktu dekat', 'id'), []);
    assert.deepEqual(rows('ke salah satu sekutu paling kuatnya, seorang profesor dan sebuah kapal', 'id'), []);
    assert.deepEqual(rows('satu-satunya jalan adalah satu per satu', 'id'), []);
  });

  it('reads fractions: "sepertiga", "dua pertiga", "separuh"', () => {
    assert.deepEqual(rows('sepertiga sistem itu, dua pertiga ekspor dan separuh penduduk', 'id'),
      [['sepertiga', 'cardinal', 0.333333333333333], ['dua pertiga', 'cardinal', 0.666666666666667], ['separuh', 'cardinal', 0.5]]);
  });

  it('reads ranks: "ke-11", "keempat", "yang kedua", "ketiga kalinya"', () => {
    assert.deepEqual(rows('yang diadakan pada bulan ke-11 invasi besar-besaran Rusia', 'id'),
      [['ke-11', 'ordinal', 11]]);
    assert.deepEqual(rows('Ini adalah pertemuan langsung keempat antara Xi dan Putin sejak invasi dan kunjungan ' +
      'Putin yang kedua kali ke Beijing', 'id'), [['keempat', 'ordinal', 4], ['kedua', 'ordinal', 2]]);
    assert.deepEqual(rows('pemboman besar-besaran terhadap Ukraina untuk ketiga kalinya dalam 4 hari', 'id'),
      [['ketiga', 'ordinal', 3], ['4', 'cardinal', 4]]);
  });

  it('does not read "kedua" meaning "both" as a number', () => {
    assert.deepEqual(rows('kedua pemimpin menegaskan kembali kemitraan', 'id'), []);
    assert.deepEqual(rows('“Kedua belah pihak ingin menunjukkan,” katanya tentang kedua negara.', 'id'), []);
    assert.deepEqual(rows('konvergensi kepentingan kedua negara, yang diresmikan kedua pemimpin', 'id'), []);
    assert.deepEqual(rows('proposal yang mempertimbangkan posisi kedua belah pihak', 'id'), []);
    assert.deepEqual(rows('Keempat negara itu bertemu untuk kedua kalinya.', 'id'), [['kedua', 'ordinal', 2]]);
  });

  it('keeps "kedua" as a rank after a sequence noun or inside a name, even before a noun', () => {
    assert.deepEqual(rows('pada periode kedua pemerintahan Jokowi, hari ketiga perundingan', 'id'),
      [['kedua', 'ordinal', 2], ['ketiga', 'ordinal', 3]]);
    assert.deepEqual(rows('sejak Perang Dunia Kedua berakhir', 'id'), [['Kedua', 'ordinal', 2]]);
  });

  it('tells the ordinal "bulan ke 11" from the preposition in "ke 11 negara"', () => {
    assert.deepEqual(rows('Ia terbang ke 11 negara pada bulan ke 11 perang.', 'id'),
      [['11', 'cardinal', 11], ['ke 11', 'ordinal', 11]]);
  });

  it('leaves years and day numbers to the date extractor', () => {
    assert.deepEqual(rows('invasi skala penuh pada Februari 2022', 'id'), []);
    assert.deepEqual(rows('didirikan pada tahun 2001, dan sejak 2012 dipimpin Xi', 'id'), []);
    assert.deepEqual(rows('Pada Kamis, 16 Mei 2024, dan pada 14-16 Juni', 'id'), []);
    assert.deepEqual(rows('Sekitar 2000 tentara tewas pada 2000.', 'id'), [['2000', 'cardinal', 2000]]);
  });

  it('ignores numbers inside codes, clock times and fractions', () => {
    assert.deepEqual(rows('Vaksin COVID-19, jet F-16 dan KTT G20 dimulai pukul 03:07 atau pukul 10.30 WIB.', 'id'), []);
    assert.deepEqual(rows('jaringan 4G tersedia 24/7 sejak tahun 1990-an', 'id'), []);
  });

  it('reads a number with a leading zero as a number of a thing, not a count', () => {
    assert.deepEqual(rows('kapal KM Citra Bahari 08 membawa 21 ekor kakatua', 'id'), [['21', 'cardinal', 21]]);
  });

  it('carries the unit of a range to both ends', () => {
    assert.deepEqual(rows('antara 70-80 persen dan $2-3 miliar', 'id'), [
      ['70', 'percent', 70], ['80 persen', 'percent', 80], ['$2', 'money', 2e9, 'USD'], ['3 miliar', 'money', 3e9, 'USD'],
    ]);
  });

  it('returns sorted, non-overlapping spans', () => {
    const qs = extractQuantities('Rp 5 juta, 70 persen, ke-11, dua hari, US$2 miliar, keempat kalinya', 'id');
    assert.equal(qs.length, 6);
    for (let n = 1; n < qs.length; n++) assert.ok(qs[n - 1].end <= qs[n].start);
  });
});

describe('extractQuantities — English fractions', () => {
  it('reads "two thirds" and "a quarter of" as fractions, not as two or one, and "a third time" as no fraction', () => {
    assert.deepEqual(rows('two thirds of the budget and a quarter of the staff', 'en'),
      [['two thirds', 'cardinal', 0.666666666666667], ['a quarter', 'cardinal', 0.25]]);
    assert.deepEqual(rows('the council voted for a third time', 'en').filter(r => r[2] < 1), []);
  });

  it('reads fifths and tenths as fractions too: "two-fifths", "a tenth of", "dua perlima", "seperlima"', () => {
    assert.deepEqual(rows('about two-fifths of the apples and a tenth of the budget', 'en'),
      [['two-fifths', 'cardinal', 0.4], ['a tenth', 'cardinal', 0.1]]);
    assert.deepEqual(rows('dua perlima apel dan seperlima warga', 'id'), [['dua perlima', 'cardinal', 0.4], ['seperlima', 'cardinal', 0.2]]);
    assert.deepEqual(rows('he won for a fifth time', 'en').filter(r => r[2] < 1), []);
  });

  it('reads "8 ribuan" as a rough 8,000, and "ribuan" alone as a magnitude', () => {
    assert.deepEqual(rows('sudah ada 8 ribuan retweet dan ribuan komentar', 'id'), [['8 ribuan', 'cardinal', 8000], ['ribuan', 'magnitude', 1000]]);
  });

  it('reads an hour of the clock in words as no count, and leaves counts beside "to" and "jam" alone', () => {
    for (const text of ['raised the alarm at a quarter past two', 'ended at half past seven', "met at two o'clock", 'left at ten to six in the morning']) {
      assert.deepEqual(rows(text, 'en'), [], text);
    }
    for (const text of ['api padam pukul dua siang', 'mereka tiba jam tiga', 'rapat dimulai pukul setengah tiga']) assert.deepEqual(rows(text, 'id'), [], text);
    assert.deepEqual(rows('cut from ten to six buses', 'en').map(r => r[2]), [10, 6]);
    assert.deepEqual(rows('selama tiga jam', 'id').map(r => r[2]), [3]);
  });

  it('reads "four and a half" as one figure, as "empat setengah" is read', () => {
    assert.deepEqual(rows('the fire burned for four and a half hours with fourteen engines', 'en'),
      [['four and a half', 'cardinal', 4.5], ['fourteen', 'cardinal', 14]]);
    assert.deepEqual(rows('four and twenty blackbirds', 'en').map(r => r[2]), [4, 20]);
  });
});

describe('extractQuantities — English news', () => {
  it('reads money, scale abbreviations and percent', () => {
    assert.deepEqual(rows("China's trade with Russia reached $240 billion, up 26.3% on the year; £5m and €3bn.", 'en'), [
      ['$240 billion', 'money', 240e9, 'USD'], ['26.3%', 'percent', 26.3], ['£5m', 'money', 5e6, 'GBP'],
      ['€3bn', 'money', 3e9, 'EUR'],
    ]);
    assert.deepEqual(rows('about 70 percent of machine tools and 90 per cent of microelectronics', 'en'),
      [['70 percent', 'percent', 70], ['90 per cent', 'percent', 90]]);
    // A difference of percentages, read as one ("3 percentage points more than").
    assert.deepEqual(rows('support rose 3 percentage points in May', 'en'), [['3 percentage points', 'percent', 3]]);
    assert.deepEqual(rows('dukungan naik 2 poin persentase', 'id'), [['2 poin persentase', 'percent', 2]]);
  });

  it('uses English separators: comma for thousands, dot for decimals', () => {
    assert.deepEqual(rows('About 1,500 troops, 1,500.5 tons and 2.5 million people', 'en'),
      [['1,500', 'cardinal', 1500], ['1,500.5', 'cardinal', 1500.5], ['2.5 million', 'cardinal', 2.5e6]]);
  });

  it('reads number words, hyphenated compounds and ordinals', () => {
    assert.deepEqual(rows('twenty-five people died on the one hundred and twenty-first day of a three-day siege', 'en'), [
      ['twenty-five', 'cardinal', 25], ['one hundred and twenty-first', 'ordinal', 121], ['three', 'cardinal', 3],
    ]);
    assert.deepEqual(rows('the fourth meeting, the 11th round and his 3rd visit', 'en'),
      [['fourth', 'ordinal', 4], ['11th', 'ordinal', 11], ['3rd', 'ordinal', 3]]);
  });

  it('skips "one" used as a pronoun and years', () => {
    assert.deepEqual(rows('one of them said no one expected it in 2019, and they blamed one another', 'en'), []);
    assert.deepEqual(rows('In 2019 the company hired 2000 workers.', 'en'), [['2000', 'cardinal', 2000]]);
  });

  it('skips "first" that says when before a participle, and keeps the rank', () => {
    assert.deepEqual(rows('Eleven were hurt, four more than first reported, as first thought.', 'en'), [['Eleven', 'cardinal', 11], ['four', 'cardinal', 4]]);
    assert.deepEqual(rows('It was the first meeting since the war.', 'en'), [['first', 'ordinal', 1]]);
  });
});

describe('isLikelyYear', () => {
  const at = (text: string, year: string): boolean => {
    const start = text.indexOf(year);
    return isLikelyYear(text, start, start + year.length);
  };

  it('accepts cued and bare years, rejects counts and amounts', () => {
    assert.equal(at('sejak ia menjadi sekretaris jenderal pada 2012', '2012'), true);
    assert.equal(at('berdiri tahun 1800', '1800'), true);
    assert.equal(at('Laporan 2023 menyebutkan', '2023'), true);
    assert.equal(at('sekitar 2000 orang', '2000'), false);
    assert.equal(at('senilai 2022 juta', '2022'), false);
    assert.equal(at('Rp2022', '2022'), false);
    assert.equal(at('1.2022', '2022'), false);
    assert.equal(at('tahun 1990-an', '1990'), false);
  });
});

describe('extractQuantities — orders of magnitude', () => {
  it('reads "ratusan", "puluhan ribu" and "thousands" as magnitudes of their own kind', () => {
    const q = extractQuantities('Ratusan tentara dan puluhan ribu warga, thousands of people.', 'id');
    assert.deepEqual(q.map(x => [x.text, x.kind, x.value]), [
      ['Ratusan', 'magnitude', 100], ['puluhan ribu', 'magnitude', 1e4], ['thousands', 'magnitude', 1e3],
    ]);
  });

  it('reads no figure or date into words that objects carry by default ("constructor")', () => {
    const text = 'The constructor hired 5 workers in constructor 2023; the Constructor said constructor dollars.';
    assert.deepEqual(extractQuantities(text, 'en').map(q => q.text), ['5']);
    assert.deepEqual(extractDates(text, 'en').map(d => d.text), ['2023']);
  });
});
