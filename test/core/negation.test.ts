import * as assert from 'node:assert/strict';
import { sentenceAlone } from './seed-corpus';
import { analyzeText, collectVocabulary, makeContext } from '../../server/src/core/facts/analyze';
import { isNegated, countNegations } from '../../server/src/core/facts/negation';

// A sentence in, which of its words stand under a negation out.

function negatedWords(text: string): string[] {
  const s = sentenceAlone(text);
  return s.words.filter(w => !w.stop && isNegated(s.tokens, w)).map(w => w.norm);
}

describe('negation scope', () => {
  it('reaches over bridging words such as "pernah" and "untuk"', () => {
    assert.deepEqual(negatedWords('Beijing tidak pernah mengutuk invasi itu.'), ['mengutuk']);
    assert.deepEqual(negatedWords('The ministry has not yet received the report.'), ['received']);
    // "saling" (each other) stands between them as "akan" does.
    assert.ok(negatedWords('Kedua negara tidak akan saling meninggalkan.').includes('meninggalkan'));
  });

  it('reaches over the agent of an object-focus verb ("tidak saya lakukan")', () => {
    assert.deepEqual(negatedWords('Itulah yang tidak saya lakukan.'), ['lakukan']);
    assert.deepEqual(negatedWords('Laporan itu belum kami terima.'), ['terima']);
  });

  it('reads a denying verb before an act as a negation', () => {
    assert.deepEqual(negatedWords('Rencana itu gagal menyerukan penarikan pasukan.'), ['menyerukan']);
    assert.deepEqual(negatedWords('Beijing menolak untuk mengutuk invasi itu.'), ['mengutuk']);
    assert.deepEqual(negatedWords('The minister refused to condemn the attack.'), ['condemn']);
    // "unable to" says what "could not" says.
    assert.deepEqual(negatedWords('The crew was unable to lower the nose wheel.'), ['lower']);
    // "bekerja" and "belajar" are verbs of "ber-" that lost or changed its r.
    assert.deepEqual(negatedWords('Beijing menolak bekerja sama dengan Moskow.'), ['bekerja']);
    // To stop doing something denies doing it now.
    assert.deepEqual(negatedWords('Tiongkok berhenti memasok komponen ke Rusia.'), ['memasok']);
  });

  it('does not read "not until" a time as a denial of the act', () => {
    assert.deepEqual(negatedWords('Bantuan itu mungkin tidak mencapai Ukraina sampai awal Juli.'), []);
    assert.deepEqual(negatedWords('The aid may not reach Ukraine until early July.'), []);
    // Until something other than a time, or in another clause, the act is still denied.
    assert.deepEqual(negatedWords('Mereka tidak akan menyerah sampai tujuan tercapai.'), ['menyerah']);
    assert.deepEqual(negatedWords('Bantuan itu tidak mencapai Ukraina, dan pasukan menunggu sampai Juli.'), ['mencapai']);
  });

  it('does not read "tak lama setelah" (shortly after) as a negation', () => {
    assert.deepEqual(negatedWords('Xi bertemu Putin tak lama setelah pulang dari Eropa.'), []);
    assert.deepEqual(negatedWords('Tidak lama kemudian, kedua pemimpin menandatangani pernyataan bersama.'), []);
    assert.deepEqual(negatedWords('The talks began not long after the summit ended.'), []);
    // A span that was not long, with nothing after it, is still denied.
    assert.deepEqual(negatedWords('Pertemuan itu tidak lama berlangsung.'), ['lama']);
  });

  it('reads "nothing" as the object of a verb as its negation, not as the subject of a clause of its own', () => {
    assert.deepEqual(negatedWords('The inquiry was ruling nothing out.'), ['ruling']);
    assert.deepEqual(negatedWords('The inspector said nothing was found on board.'), []);
    assert.deepEqual(negatedWords('The inspector said nothing about the cargo.'), ['said']);
    // The pronoun as the subject of a clause of its own, its verb in the past or the present: that verb is denied.
    assert.deepEqual(negatedWords('Nair said nobody consulted the union.'), ['consulted']);
    assert.deepEqual(negatedWords('Nair told reporters nobody knows the cost.'), ['knows']);
  });

  it('reads the phrase after "lacks" as negated, as after "no"', () => {
    assert.deepEqual(negatedWords('The plateau lacks a water supply.'), ['water', 'supply']);
    assert.deepEqual(negatedWords('The plateau has no water supply.'), ['water', 'supply']);
  });

  it('reads the phrase after "left out of" and "excluded from" as negated', () => {
    assert.deepEqual(negatedWords('Four contractors were left out of the original count.'), ['original', 'count']);
    assert.deepEqual(negatedWords('Four contractors were excluded from the count.'), ['count']);
    assert.deepEqual(negatedWords('Four contractors left the count out of spite.'), []);
  });

  it('reads English "stopped" as denying a gerund after it, not an infinitive', () => {
    assert.deepEqual(negatedWords('The geologist said the ridge had stopped cracking.'), ['cracking']);
    assert.deepEqual(negatedWords('The minister stopped to talk to reporters.'), []);
  });

  it('does not read rejecting a thing as negating it', () => {
    assert.deepEqual(negatedWords('Moskow menolak tuduhan itu.'), []);
    assert.deepEqual(negatedWords('The failed talks ended early.'), []);
  });

  it('counts negations and denying verbs in a sentence', () => {
    const vocab = new Set<string>(), midCap = new Set<string>();
    const text = 'Dia tidak datang dan gagal menyerukan gencatan senjata.';
    collectVocabulary(text, vocab, midCap);
    const s = analyzeText(text, { format: 'plaintext', keepHeadings: false }, makeContext(vocab, midCap)).sentences[0];
    assert.equal(countNegations(s.tokens), 2);
    const soon = 'Dia datang tak lama setelah itu.';
    collectVocabulary(soon, vocab, midCap);
    assert.equal(countNegations(analyzeText(soon, { format: 'plaintext', keepHeadings: false }, makeContext(vocab, midCap)).sentences[0].tokens), 0);
  });
});
