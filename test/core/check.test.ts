import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/index/corpus';
import { checkDraft } from '../../server/src/core/checks/check';
import { seedCorpus } from './seed-corpus';

// Claims in, findings out: one behaviour per check, on the seed corpus.

const corpus = seedCorpus();

const codes = (text: string) => checkDraft(corpus, text, 'markdown').map(d => d.code);
const only = (text: string) => {
  const d = checkDraft(corpus, text, 'markdown');
  assert.equal(d.length, 1, JSON.stringify(d.map(x => [x.code, x.message])));
  return d[0];
};

describe('checks on the seed corpus', () => {
  it('passes verbatim and paraphrased sentences the sources support', () => {
    assert.deepEqual(codes('Ini merupakan kunjungan pertama Putin setelah kembali menjabat.'), []);
    assert.deepEqual(codes('Rusia semakin bergantung secara ekonomi pada Tiongkok.'), []);
    assert.deepEqual(codes('Putin bertemu dengan para pemimpin Kyrgyzstan dan Turkmenistan.'), []);
    // The source says "dua minggu sebelum memerintahkan invasi": a week is "pekan" or "minggu".
    assert.deepEqual(codes('Putin bertemu Xi Jinping di Beijing pada awal Februari, dua pekan sebelum invasi ke Ukraina.'), []);
    // "pertemuan tatap muka terakhir mereka pada bulan September": meeting in person is meeting "langsung".
    assert.deepEqual(codes('Xi Jinping dan Putin terakhir bertemu langsung pada bulan September sebelum panggilan video itu.'), []);
  });

  it('flags a changed percentage with the source figure and a fix', () => {
    const d = only('China menyediakan sekitar 40 persen peralatan mesin yang diimpor Rusia.');
    assert.equal(d.code, 'number-mismatch');
    assert.equal(d.fixes[0].newText, '70 persen');
    assert.equal(d.evidence[0].label, '004_b5881bf3274fa01a.txt');
  });

  it('flags a changed amount of money', () => {
    assert.deepEqual(codes('Kongres AS menyetujui paket bantuan senilai US$16 miliar untuk Ukraina.'), ['number-mismatch']);
  });

  it('flags a changed ordinal', () => {
    assert.deepEqual(codes('Konferensi video itu diadakan pada bulan ke-9 invasi Rusia ke Ukraina.'), ['number-mismatch']);
  });

  it('flags a changed weekday and month', () => {
    assert.deepEqual(codes('Xi dijadwalkan bertemu dengan Erdogan pada hari Senin.'), ['date-mismatch']);
    assert.deepEqual(codes('Putin mengunjungi Xi di Beijing pada awal Maret, dua minggu sebelum memerintahkan invasi ke Ukraina.'), ['date-mismatch']);
  });

  it('flags people, places and outlets no source mentions', () => {
    const d = only('Dalam wawancara dengan BBC, Zelensky memperingatkan bahwa Rusia dapat melancarkan perangnya ke Eropa.');
    assert.equal(d.code, 'unknown-entity');
    assert.match(d.message, /BBC/);
    assert.match(d.message, /CBS News/);
  });

  it('flags a known person given a role the sources do not give', () => {
    const d = only('Qin Gang dipromosikan menjadi perdana menteri.');
    assert.equal(d.code, 'unknown-entity');
    assert.match(d.message, /menteri luar negeri/);
  });

  it('takes a title for the verb a source states it with ("kepala" for "yang memimpin")', () => {
    // The sources: "Yuriy Borisov, yang memimpin badan antariksa Rusia Roscosmos".
    const found = checkDraft(corpus, 'Rombongan Putin di Beijing juga mencakup Yuriy Borisov, kepala badan antariksa Roscosmos.', 'markdown');
    assert.ok(!found.some(d => d.code === 'unknown-entity'), found.map(d => d.message).join(' | '));
  });

  it('flags another country for a title the sources give with its country, and lists only the full role', () => {
    // The sources: "Presiden Alexander Lukashenko dari Belarusia"; the bare title is no licence for any country.
    const d = checkDraft(corpus, 'Presiden Kazakhstan Alexander Lukashenko juga hadir di KTT SCO.', 'markdown').find(x => x.code === 'unknown-entity');
    assert.ok(d, 'no role finding');
    assert.match(d.message, /dari Belarusia/);
    assert.doesNotMatch(d.message, /“Presiden”/);
    assert.deepEqual(codes('Presiden Belarusia Alexander Lukashenko juga hadir di KTT SCO.').filter(c => c === 'unknown-entity'), []);
  });

  it('flags a quote no source contains, and a changed quote with the source wording', () => {
    assert.deepEqual(codes('“Kami tidak akan pernah bernegosiasi dengan Kyiv,” kata Putin.'), ['quote-not-found']);
    const d = only('Blinken menuduh China menjadi “pemasok tunggal” perang Moskow.');
    assert.equal(d.code, 'quote-mismatch');
    assert.equal(d.fixes[0].newText, 'kontributor utama');
  });

  it('flags a near quote with one word changed and offers the exact words, keeping the punctuation', () => {
    const text = '“Kami sangat menghargai posisi yang seimbang dari sahabat China kami,” kata Putin.';
    const d = only(text);
    assert.equal(d.code, 'quote-mismatch');
    const fix = d.fixes[0];
    const fixed = text.slice(0, fix.start) + fix.newText + text.slice(fix.end);
    assert.equal(fixed, '“Kami sangat menghargai posisi yang seimbang dari teman-teman China kami,” kata Putin.');
  });

  it('flags a quote put in the wrong mouth and names the speaker', () => {
    const d = only('“Sanksi dan gangguan pasti akan gagal,” kata Putin.');
    assert.equal(d.code, 'misattributed-quote');
    assert.match(d.message, /Xi Jinping/);
    assert.deepEqual(codes('“Sanksi dan gangguan pasti akan gagal,” kata Xi.'), []);
  });

  it('flags a negated fact as a contradiction', () => {
    assert.deepEqual(codes('Xi mengatakan bahwa Tiongkok dan Rusia akan berpegang pada posisi konfrontasi.'), ['contradiction']);
    assert.deepEqual(codes('Beijing dan Moskow sepakat untuk menghentikan latihan militer bersama.'), ['contradiction']);
  });

  it('flags an opposite predicate in the sentence that states the claim, though a neighbour of it aligns better', () => {
    // "… paket bantuan US$61 miliar yang disetujui oleh Kongres AS" stands beside "Tetapi bantuan Amerika mungkin
    // tidak mencapai Ukraina …", which its neighbours lift above it.
    const d = only('Kongres AS menolak paket bantuan US$61 miliar untuk Ukraina.');
    assert.equal(d.code, 'contradiction');
    assert.match(d.message, /“disetujui”; draf menyebut “menolak”/);
  });

  it('flags a sentence no source supports', () => {
    assert.deepEqual(codes('China dan Rusia akan bekerja sama dalam pengembangan energi fusi nuklir.'), ['unsupported-claim']);
  });

  it('skips headings, code and front matter in Markdown drafts', () => {
    assert.deepEqual(codes('---\ntitle: Kongres AS menyetujui US$16 miliar\n---\n# Presiden Mesir Abdel Fattah el-Sisi\n\n```\nQin Gang dipromosikan menjadi perdana menteri.\n```\n'), []);
  });

  it('reports nothing against an empty corpus', () => {
    assert.deepEqual(checkDraft(Corpus.empty(), 'Presiden Mesir hadir.', 'markdown'), []);
  });
});
