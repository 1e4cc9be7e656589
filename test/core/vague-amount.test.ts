import * as assert from 'node:assert/strict';
import { corpusOfLines, fixedSpans, fixtureCorpus, flaggedBy, flaggedIn } from './seed-corpus';

// A figure where the passage gives only a vague amount of the same thing ("sekitar 90 persen ekspor" for "sebagian
// besar ekspor", "70 percent of the budget" for "most of the budget") is the writer's own: a number mismatch that
// shows the source's words, and a fix that puts them in place of the figure and its hedge. A lower bound ("setidaknya
// tiga") may hold of a vague amount and passes, and a passage that states little of the claim counts something else.

const corpus = corpusOfLines({
  'ekspor.txt': [
    'Pulau Waringin telah mengalihkan sebagian besar ekspor kopinya ke Tanjung Wangi sejak badai.',
    'Sejumlah nelayan Waringin pindah ke Tanjung Wangi, Selat Baru dan Pulau Kecil.',
  ],
  'budget.txt': ['The council spent most of the harbour budget on the new ferry terminal.'],
});

describe('a figure for a vague amount', () => {
  it('is a number mismatch showing the source\'s words, with them as the fix for the hedged figure', () => {
    const text = 'Pulau Waringin telah mengalihkan sekitar 90 persen ekspor kopinya ke Tanjung Wangi sejak badai.\n';
    const [d, ...rest] = flaggedIn(corpus, text);
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'number-mismatch');
    assert.match(d.message, /“sebagian besar”.*“sekitar 90 persen”/);
    assert.deepEqual(fixedSpans(text, d), [['sekitar 90 persen', 'sebagian besar']]);
  });

  it('reads a fraction as a figure too', () => {
    const [d] = flaggedIn(corpus, 'Pulau Waringin telah mengalihkan sepertiga ekspor kopinya ke Tanjung Wangi sejak badai.\n');
    assert.equal(d?.code, 'number-mismatch');
    assert.match(d.message, /“sebagian besar”.*“sepertiga”/);
  });

  it('reads English "most of the"', () => {
    const text = 'The council spent 70 percent of the harbour budget on the new ferry terminal.\n';
    const [d] = flaggedIn(corpus, text);
    assert.equal(d?.code, 'number-mismatch');
    assert.deepEqual(fixedSpans(text, d), [['70 percent', 'most']]);
  });

  it('passes the vague amount itself and a lower bound', () => {
    assert.deepEqual(flaggedIn(corpus, 'Pulau Waringin telah mengalihkan sebagian besar ekspor kopinya ke Tanjung Wangi sejak badai.\n'), []);
    assert.ok(!flaggedIn(corpus, 'Setidaknya tiga nelayan Waringin pindah ke Tanjung Wangi, Selat Baru dan Pulau Kecil.\n').some(d => d.code === 'number-mismatch'));
  });
});

// A span of time counted where the passage gives the same thing a span without a figure ("penundaan dua tahun"
// against "penundaan berbulan-bulan"), even with another span counted in the sentence beside it ("Banjir dua tahun
// …"): the figure is the writer's own, and the fix is the source's words.
const delays = corpusOfLines({
  'dermaga.txt': [
    'Banjir dua tahun telah merusak dermaga lama.',
    'Nelayan masih menunggu perahu baru dari pemerintah setelah penundaan berbulan-bulan.',
  ],
  'kopi.txt': ['Kopi dari Waringin dijual ke India dan Jepang.'],
});

describe('a span of time counted where the passage has none', () => {
  it('is a number mismatch, with the source\'s span as the fix', () => {
    const [d, ...rest] = flaggedBy(delays)('Nelayan masih menunggu perahu baru dari pemerintah setelah penundaan dua tahun.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'number-mismatch');
    assert.deepEqual(d.fixes.map(f => f.newText), ['berbulan-bulan']);
  });

  it('passes the passage\'s own words', () => {
    assert.deepEqual(flaggedBy(delays)('Nelayan masih menunggu perahu baru dari pemerintah setelah penundaan berbulan-bulan.\n'), []);
  });

  it('is no mismatch against a vague amount in a passage that states little of the claim', () => {
    // The cooperative fixture: "Koperasi yang berdiri sejak 2009 itu memiliki 1.150 anggota" points back to the
    // cooperative; the closest passage is a quote in which a lawyer says his client was "diancam sejumlah orang".
    const koperasi = flaggedBy(fixtureCorpus('penggelapan-koperasi'));
    const codes = koperasi('KSP Tunas Makmur, yang didirikan pada 2009, beranggotakan 1.150 orang.\n').map(d => d.code);
    assert.ok(!codes.includes('number-mismatch'), codes.join());
  });
});

