import * as assert from 'node:assert/strict';
import { corpusOfLines, fixedSpans, fixtureCorpus, flaggedIn } from './seed-corpus';

// A member of a closed class (a round, a unit, a medal, a kin relation) put where the passage has another member, in
// the same words: the sentence is otherwise the passage's, yet it states another fact. The finding names the word
// and offers the passage's member as the fix. The same member under another name, or a word outside the classes
// swapped so, is a paraphrase.

const corpus = corpusOfLines({
  'bulu-tangkis.txt': [
    'Pasangan Fajar dan Rian lolos ke babak semifinal Kejuaraan Asia setelah menang dua gim langsung.',
    'Rata-rata harga cabai rawit di pasar induk mencapai Rp80.000 per kilogram pada pekan lalu.',
    'Ayah korban mengatakan anaknya belum pulang sejak Jumat malam.',
    'Atlet muda itu meraih medali perak di nomor lari 400 meter putri.',
  ],
  'cuaca.txt': ['Hujan deras mengguyur kota sepanjang sore.', 'Sejumlah jalan tergenang setinggi lutut orang dewasa.'],
  'election.txt': [
    'Nadia Oakhurst came third with 3,905 votes, and the independent candidate Colin Marbury finished fourth with 1,146.',
    'The council will count postal votes on Monday.',
  ],
});

describe('a member of a closed class swapped for another', () => {
  it('is not backed by the passage, and the fix puts back the passage\'s member', () => {
    for (const [draft, word, theirs] of [
      ['Pasangan Fajar dan Rian lolos ke babak final Kejuaraan Asia setelah menang dua gim langsung.', 'final', 'semifinal'],
      ['Rata-rata harga cabai rawit di pasar induk mencapai Rp80.000 per gram pada pekan lalu.', 'gram', 'kilogram'],
      ['Ibu korban mengatakan anaknya belum pulang sejak Jumat malam.', 'Ibu', 'Ayah'],
      ['Atlet muda itu meraih medali emas di nomor lari 400 meter putri.', 'emas', 'perak'],
    ]) {
      const text = `${draft}\n`;
      const [d, ...rest] = flaggedIn(corpus, text);
      assert.equal(rest.length, 0, draft);
      assert.equal(d?.code, 'unsupported-claim', draft);
      assert.match(d.message, new RegExp(`“${word}”`), draft);
      assert.deepEqual(fixedSpans(text, d), [[word, theirs]], draft);
    }
  });

  it('is not backed either by a passage further down that names neither member (a headline over the story)', () => {
    const crash = corpusOfLines({
      'kecelakaan.txt': [
        'Sepekan Beroperasi, Tol Lembah Sari Catat Kecelakaan Pertama',
        'Sebuah minibus menabrak pembatas jalan di kilometer 31 tol Lembah Sari pada Jumat dini hari.',
        'Tiga penumpang mengalami luka ringan.',
      ],
      'cuaca.txt': ['Hujan deras mengguyur kota sepanjang sore.', 'Sejumlah jalan tergenang setinggi lutut orang dewasa.'],
    });
    const text = 'Sebuah truk menabrak pembatas jalan di kilometer 31 tol Lembah Sari pada Jumat dini hari.\n';
    const [d] = flaggedIn(crash, text);
    assert.equal(d?.code, 'unsupported-claim');
    assert.deepEqual(fixedSpans(text, d), [['truk', 'minibus']]);
  });

  it('passes the passage\'s member under another name, and a word outside the classes', () => {
    assert.deepEqual(flaggedIn(corpus, 'Rata-rata harga cabai rawit di pasar induk mencapai Rp80.000 per kg pada pekan lalu.\n'), []);
    assert.deepEqual(flaggedIn(corpus, 'The independent candidate Colin Marbury finished last with 1,146 votes.\n'), []);
  });

  it('is flagged where the passage names what the member carried only in the sentence before', () => {
    const eruption = fixtureCorpus('gunung');
    const text = 'Warga tiga desa di zona bahaya diangkut ke Kota Tuyo menggunakan bus milik TNI dan Polri.\n';
    const [d, ...rest] = flaggedIn(eruption, text);
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unsupported-claim');
    assert.deepEqual(fixedSpans(text, d), [['bus', 'truk']]);
    assert.deepEqual(flaggedIn(eruption, text.replace('bus', 'truk')), []);
  });
});
