import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/index/corpus';
import { corpusOfLines, fixtureCorpus, flaggedIn } from './seed-corpus';

// An act that undoes what the passage reports ("membatalkan", "postponed") where the passage has it go ahead:
// checks/undoing-act.ts. Made-up corpora, so the rule carries each case.

const indonesian = corpusOfLines({
  'tanggul.txt': [
    'Dewan Kota Waringin menyetujui rencana tanggul laut sepanjang dua kilometer pada rapat hari Senin.',
    'Wali kota Lestari Wibowo meresmikan jembatan baru di pesisir utara sehari kemudian.',
    'Para nelayan Waringin khawatir tanggul akan menutup jalur perahu mereka.',
    'Rapat anggaran tahun depan ditunda hingga Maret karena banjir.',
    'Pada hari Rabu, Lestari Wibowo mengumumkan akan menghentikan semua proyek reklamasi di teluk Waringin.',
    'Pelabuhan baru itu dibuka untuk kapal nelayan.',
    'Di Jakarta, Lestari Wibowo memperingatkan pengembang untuk berhenti “menimbun pantai Waringin”, dan menuduh pengembang menjadi “perusak utama” pantai Waringin.',
  ],
});

const english = corpusOfLines({
  'wall.txt': [
    'The Waringin council approved the two-kilometre sea wall plan at its meeting on Monday.',
    'Fishermen fear the wall will close their boat channels.',
    'Construction of the wall is due to start in the spring.',
    'On Monday the builder said it had suspended two senior managers and hired a law firm to review its contracts with the council.',
    'Shares in the builder fell 6 percent.',
    'Local schools will close early on Friday.',
    'The builder offered the fishermen a compensation fund of $3 million, which the fishermen turned down last month.',
  ],
});

const flagged = (corpus: Corpus, text: string) => flaggedIn(corpus, text + '\n');

describe('an act that undoes what the passage reports', () => {
  it('flags the act, naming it, where the passage has the thing go ahead', () => {
    const found = flagged(indonesian, 'Wali kota Lestari Wibowo membatalkan peresmian jembatan baru di pesisir utara.');
    assert.deepEqual(found.map(d => d.code), ['unsupported-claim']);
    assert.match(found[0].message, /“membatalkan/);
    assert.deepEqual(flagged(english, 'The Waringin council postponed the two-kilometre sea wall plan at its meeting on Monday.').map(d => d.code), ['unsupported-claim']);
  });

  it('flags the other way round: a verb of its own where the passage undoes the same thing', () => {
    const found = flagged(indonesian, 'Lestari Wibowo mengumumkan akan menambah proyek reklamasi di teluk Waringin.');
    assert.deepEqual(found.map(d => d.code), ['unsupported-claim']);
    assert.match(found[0].message, /“menambah”/);
  });

  it('takes no verb of saying or calling for the act undone', () => {
    assert.deepEqual(flagged(indonesian, 'Pengembang disebut Lestari Wibowo sebagai perusak utama pantai Waringin.'), []);
  });

  it('flags a cut where the passage has the thing go on, but not "kurang" as "less"', () => {
    const found = flagged(indonesian, 'Dewan Kota Waringin mengurangi rencana tanggul laut sepanjang dua kilometer pada rapat hari Senin.');
    assert.deepEqual(found.map(d => d.code), ['unsupported-claim']);
    assert.match(found[0].message, /“mengurangi”/);
    assert.deepEqual(flagged(indonesian, 'Para nelayan Waringin khawatir tanggul akan menutup jalur perahu mereka yang kurang lebar.').map(d => d.message).filter(m => /“kurang”/.test(m)), []);
  });

  it('flags the act where the passage undoes something else', () => {
    assert.deepEqual(flagged(english, 'The builder cancelled its contracts with the council on Monday.').map(d => d.code), ['unsupported-claim']);
  });

  it('takes "bertolak" (to set off) for a trip, not a refusal', () => {
    const trip = corpusOfLines({ 'kunjungan.txt': [
      'Selain bertemu dengan Dahl di Oslo, Jonsson juga diharapkan mengunjungi Tromsø, kota pelabuhan di utara Norwegia, di mana dia akan menghadiri forum perikanan.',
      'Harga ikan di pelabuhan itu naik tajam sepanjang musim dingin.',
    ] });
    assert.deepEqual(flagged(trip, 'Selain menemui Dahl di Oslo, Jonsson juga diharapkan bertolak ke Tromsø, kota pelabuhan di utara Norwegia, untuk menghadiri forum perikanan.'), []);
  });

  it('passes the act where the passage undoes the thing itself, in its words or a phrasal verb', () => {
    assert.deepEqual(flagged(indonesian, 'Rapat anggaran tahun depan ditunda karena banjir.'), []);
    assert.deepEqual(flagged(english, 'The fishermen rejected a compensation fund of $3 million offered by the builder.'), []);
  });
});

describe('a stop the claim reports', () => {
  // The landfill fixture: "Operasi pencarian korban sendiri resmi ditutup pada Sabtu (18/4/2026) setelah jenazah
  // Karta (51), korban terakhir, ditemukan sekitar 20 meter dari bekas gubuknya."
  const landfill = fixtureCorpus('longsor-sampah');

  it('is stated by a passage that ends the thing ("ditutup")', () => {
    assert.deepEqual(flagged(landfill, 'Operasi pencarian resmi dihentikan pada Sabtu (18/4/2026) setelah jenazah Karta, korban terakhir, ditemukan kira-kira 20 meter dari bekas gubuknya.'), []);
  });

  it('is still flagged where the passage goes on with the thing', () => {
    assert.equal(flagged(indonesian, 'Dewan Kota Waringin menghentikan rencana tanggul laut sepanjang dua kilometer pada rapat hari Senin.').length, 1);
  });
});

