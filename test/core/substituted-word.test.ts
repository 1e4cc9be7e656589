import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedIn } from './seed-corpus';

// People of one kind put where the passage has people of another, between the same words ("kehadiran tentara yang
// banyak" for "kehadiran polisi yang banyak"): the passage no longer backs the sentence, and the message names the
// word. A word of another kind swapped so ("latihan perang" for "permainan perang") is left as a paraphrase.

const corpus = corpusOfLines({
  'pelabuhan.txt': [
    'Keamanan diperketat di Tanjung Wangi dengan kehadiran polisi yang banyak di sekitar dermaga.',
    'Kedua kota mengadakan serangkaian permainan perang bersama di Selat Waringin.',
    'Pejabat pelabuhan dalam beberapa minggu terakhir telah menegur pengembang tentang timbunan pasir di pantai.',
  ],
  'banjir.txt': ['Ratusan tentara dikirim ke Waringin setelah banjir bulan lalu.', 'Latihan itu berlangsung dua hari.'],
});

describe('a word for people swapped for another', () => {
  it('is not backed by the passage that has the other, and the message names it', () => {
    const [d, ...rest] = flaggedIn(corpus, 'Keamanan diperketat di Tanjung Wangi dengan kehadiran tentara yang banyak di sekitar dermaga.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /“tentara”/);
  });

  it('does the same for a unit of time, and passes the same unit as the passage words it', () => {
    const [d] = flaggedIn(corpus, 'Pejabat pelabuhan dalam beberapa bulan terakhir telah menegur pengembang tentang timbunan pasir di pantai.\n');
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /“bulan”/);
    assert.deepEqual(flaggedIn(corpus, 'Pejabat pelabuhan dalam beberapa pekan terakhir telah menegur pengembang tentang timbunan pasir di pantai.\n'), []);
  });

  it('passes the passage\'s own word, and a swapped word that names no people', () => {
    assert.deepEqual(flaggedIn(corpus, 'Keamanan diperketat di Tanjung Wangi dengan kehadiran polisi yang banyak di sekitar dermaga.\n'), []);
    assert.deepEqual(flaggedIn(corpus, 'Kedua kota mengadakan serangkaian latihan perang bersama di Selat Waringin.\n'), []);
  });
});

// A span of time right before a name ("beberapa hari setelah Lars Berg …"), and a passage further down whose "hari"
// comes from the sentence beside it ("kunjungan kenegaraan dua hari"): it does not undo the swap the closer passage
// shows (checks/support-check.ts).
const landing = corpusOfLines({
  'kunjungan.txt': [
    'Wali Kota Ingrid Dahl tiba di Reykjavik untuk memulai kunjungan kenegaraan dua hari.',
    'Ini merupakan kunjungan pertama Dahl setelah kembali menjabat.',
    'Kunjungan itu menjadi tanda eratnya hubungan kedua kota di tengah sengketa kuota ikan.',
    'Pelabuhan Reykjavik dijaga ketat sepanjang pekan.',
    'Dahl mendarat di Reykjavik beberapa jam setelah Perdana Menteri Lars Berg mengumumkan penghentian semua kunjungan internasionalnya.',
  ],
  'pasar.txt': ['Harga ikan naik menjelang musim dingin.', 'Gudang pendingin baru dibangun di dekat dermaga.', 'Nelayan muda kembali ke desa.'],
});

describe('a unit of time swapped right before a name', () => {
  it('is not backed by the passage that has the other unit, nor by one whose unit stands beside it', () => {
    const [d, ...rest] = flaggedIn(landing, 'Dahl mendarat di Reykjavik beberapa hari setelah Lars Berg mengumumkan penghentian kunjungan internasionalnya.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /“hari”/);
  });

  it('passes the passage\'s own unit', () => {
    assert.deepEqual(flaggedIn(landing, 'Dahl mendarat di Reykjavik beberapa jam setelah Lars Berg mengumumkan penghentian kunjungan internasionalnya.\n'), []);
  });
});

// A counted span of time ("dua bulan sebelum …", "sebulan sebelum …") against the passage's counted span in another
// unit before the same words ("dua minggu sebelum …"), however each counts: the unit is the fact. A passage
// further down whose words come from the sentence beside it does not undo it (checks/support-check.ts).
const spans = corpusOfLines({
  'kunjungan.txt': [
    'Wali kota itu mengunjungi Dahl di Oslo pada awal Maret, dua minggu sebelum memerintahkan penutupan pelabuhan.',
    'Ia hanya sekali meninggalkan Norwegia sejak banjir, tetapi mengirim wakilnya ke Oslo dengan pesan untuk Dahl bulan ini.',
  ],
  'pasar.txt': ['Harga ikan naik menjelang musim dingin.', 'Gudang pendingin baru dibangun di dekat dermaga.'],
});

describe('a counted span of time in another unit', () => {
  it('is not backed by the passage with the other unit, whether counted by a figure, "se-" or "beberapa"', () => {
    for (const span of ['sebulan', 'beberapa bulan']) {
      const [d, ...rest] = flaggedIn(spans, `Wali kota itu mengunjungi Dahl di Oslo pada awal Maret, ${span} sebelum memerintahkan penutupan pelabuhan.\n`);
      assert.equal(rest.length, 0, span);
      assert.equal(d?.code, 'unsupported-claim', span);
    }
    // Counted by a figure, the span is a figure with its unit (figure-words.ts fits), held against the passage's.
    const [d, ...rest] = flaggedIn(spans, 'Wali kota itu mengunjungi Dahl di Oslo pada awal Maret, dua bulan sebelum memerintahkan penutupan pelabuhan.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'number-mismatch');
    assert.match(d.message, /“dua minggu”; draf menyebut “dua bulan”/);
  });

  it('passes the passage\'s unit, also said with its synonym', () => {
    for (const span of ['dua minggu', 'dua pekan']) {
      assert.deepEqual(flaggedIn(spans, `Wali kota itu mengunjungi Dahl di Oslo pada awal Maret, ${span} sebelum memerintahkan penutupan pelabuhan.\n`), [], span);
    }
  });
});
