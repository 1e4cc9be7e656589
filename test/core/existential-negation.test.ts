import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedBy, sentenceAlone } from './seed-corpus';
import { isNegated } from '../../server/src/core/facts/negation';

// "Ada" (there is) is a function word, left out of the words compared, except as its clause's predicate at the
// clause's end, where a negation on one side only turns the sentence round (checks/contradiction-check.ts).

const flagged = flaggedBy(corpusOfLines({
  'pelabuhan.txt': [
    'Gubernur Lars Lund mengatakan peluang kerja sama antara kedua pelabuhan itu akan selalu ada.',
    'Lund juga membangun dermaga baru di Tanjung Wangi.',
  ],
}));

describe('"ada" as the predicate of its clause', () => {
  it('is a contradiction when negated against the passage', () => {
    const [d] = flagged('Lund mengatakan peluang kerja sama antara kedua pelabuhan itu tidak akan pernah ada.\n');
    assert.equal(d?.code, 'contradiction');
    assert.match(d.message, /draf menyebut “tidak akan pernah ada”/);
  });

  it('passes with the passage\'s polarity', () => {
    assert.deepEqual(flagged('Lund mengatakan peluang kerja sama antara kedua pelabuhan itu akan selalu ada.\n'), []);
  });
});

// A copula ("merupakan", "adalah") is a function word too; against a passage's negated "menjadi" with the same
// complement it is the predicate the negation turns round, where the complement alone keeps its polarity elsewhere in
// the passage ("… negara anggota").
const members = flaggedBy(corpusOfLines({
  'serikat.txt': [
    'Republik Vardania belum menjadi anggota dalam Serikat Pelabuhan Utara, meskipun memiliki hubungan dagang dengan mayoritas negara anggota.',
    'Berkunjung ke Benteng Vardania tidak akan menjadi pengalaman yang biasa-biasa saja.',
  ],
}));

describe('a copula against a negated "menjadi"', () => {
  it('is a contradiction with the same complement', () => {
    for (const claim of ['Vardania merupakan anggota Serikat Pelabuhan Utara.', 'Vardania adalah anggota Serikat Pelabuhan Utara.']) {
      const [d] = members(claim + '\n');
      assert.equal(d?.code, 'contradiction', claim);
      assert.match(d.message, /sumber menyebut “belum menjadi”/);
    }
  });

  it('is none against a claim that denies the complement as the passage does, its noun used plainly later on', () => {
    assert.ok(!members('Vardania bukan anggota Serikat Pelabuhan Utara.\n').some(d => d.code === 'contradiction'));
  });

  it('is a contradiction where the claim gives the complement the passage\'s negation reaches', () => {
    const [d] = members('Berkunjung ke Benteng Vardania akan menjadi pengalaman yang biasa-biasa saja.\n');
    assert.equal(d?.code, 'contradiction');
  });

  it('is none with another complement', () => {
    assert.ok(!members('Berkunjung ke Benteng Vardania adalah kegiatan yang biasa-biasa saja.\n').some(d => d.code === 'contradiction'));
  });
});

// "Cukup" (enough) as its clause's predicate is compared as "ada" is; "jauh dari cukup" (far from enough) denies it,
// where "jauh dari kota" only says how far.
const sanitation = flaggedBy(corpusOfLines({
  'pengungsian.txt': [
    'Menurut Fransiska Wula, sarana sanitasi di pengungsian masih jauh dari cukup.',
    'Posko kesehatan itu berdiri jauh dari kota.',
  ],
}));

describe('"cukup" as the predicate of its clause', () => {
  it('is a contradiction against "jauh dari cukup"', () => {
    const [d] = sanitation('Fransiska Wula mengatakan sarana sanitasi di pengungsian sudah cukup.\n');
    assert.equal(d?.code, 'contradiction');
    assert.match(d.message, /sumber menyebut “jauh dari cukup”/);
  });

  it('passes with the passage\'s polarity, and reads no denial in a distance', () => {
    assert.deepEqual(sanitation('Fransiska Wula mengatakan sarana sanitasi di pengungsian belum cukup.\n').map(d => d.code), []);
    const negated = (text: string, norm: string) => { const s = sentenceAlone(text); return isNegated(s.tokens, s.words.find(w => w.norm === norm)!); };
    assert.equal(negated('Sarana sanitasi masih jauh dari cukup.', 'cukup'), true);
    assert.equal(negated('Posko kesehatan itu berdiri jauh dari kota.', 'kota'), false);
  });
});

// "Tidak ada X yang V" (no X did V) denies the relative clause's predicate, as English "no X was V-ed" does; so do
// "tidak satupun X yang" and "tak seorang pun yang". Only the predicate: the rest of the clause is not denied.
const layoffs = flaggedBy(corpusOfLines({
  'pabrik.txt': [
    'Manajer personalia perusahaan, Agus Setiadi, mengatakan tidak ada pekerja yang diputus hubungan kerjanya setelah kebakaran.',
    'Sebanyak 450 pekerja dipindahkan sementara ke pabrik kedua perusahaan di Karangsela.',
  ],
}));

describe('"tidak ada … yang" before a relative clause', () => {
  it('is a contradiction of a claim that states the clause\'s act', () => {
    const [d] = layoffs('Perusahaan memutus hubungan kerja pekerja setelah kebakaran.\n');
    assert.equal(d?.code, 'contradiction');
    assert.match(d.message, /sumber menyebut “tidak ada pekerja yang diputus”/);
  });

  it('passes a claim that denies the act as the passage does', () => {
    assert.deepEqual(layoffs('Agus Setiadi mengatakan tidak ada pekerja yang diputus hubungan kerjanya setelah kebakaran.\n').map(d => d.code), []);
  });

  it('denies the predicate after "satupun" and "seorang pun" too, and not the words after the predicate', () => {
    const negated = (text: string, norm: string) => { const s = sentenceAlone(text); return isNegated(s.tokens, s.words.find(w => w.norm === norm)!); };
    assert.equal(negated('Pada akhirnya tidak satupun negara yang melakukan pemboikotan.', 'melakukan'), true);
    assert.equal(negated('Tak seorang pun yang terluka dalam kejadian itu.', 'terluka'), true);
    assert.equal(negated('Tidak ada pekerja yang diputus hubungan kerjanya.', 'hubungan'), false);
    assert.equal(negated('Ada pekerja yang diputus hubungan kerjanya.', 'diputus'), false);
  });
});

// "Tidak ada" before a noun denies the noun, as English "no" does: "tidak ada laporan kasus kolera" (no report).
const cholera = flaggedBy(corpusOfLines({
  'pengungsi.txt': [
    'Dinas Kesehatan melaporkan 230 kasus diare di antara pengungsi selama sepekan terakhir.',
    'Hingga Jumat, tidak ada laporan kasus kolera di posko pengungsian Kecamatan Pauh.',
    ...fillerLines(6, 'id', 'Pauh'),
  ],
}));

describe('"tidak ada" before a noun', () => {
  it('denies the noun: a claim that states it is a contradiction', () => {
    const [d] = cholera('Hingga Jumat, laporan kasus kolera datang dari posko pengungsian Kecamatan Pauh.\n');
    assert.equal(d?.code, 'contradiction');
    assert.match(d.message, /sumber menyebut “tidak ada laporan”/);
  });

  it('passes the claim that denies it too, and reads "tidak satupun" alike', () => {
    assert.deepEqual(cholera('Hingga Jumat, tidak ada laporan kasus kolera di posko pengungsian Kecamatan Pauh.\n'), []);
    const negated = (text: string, norm: string) => { const s = sentenceAlone(text); return isNegated(s.tokens, s.words.find(w => w.norm === norm)!); };
    assert.equal(negated('Tidak satupun negara melakukan pemboikotan.', 'negara'), true);
    assert.equal(negated('Ada laporan kasus kolera.', 'laporan'), false);
  });
});
