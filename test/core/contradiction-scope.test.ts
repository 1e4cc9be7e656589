import * as assert from 'node:assert/strict';
import { corpusOfLines } from './seed-corpus';
import { checkDraft } from '../../server/src/core/checks/check';

// A denial and an assertion of the same act that do not oppose each other (checks/support-check.ts with
// facts/negation.ts): the source only intends the act, or foresees it where the draft says "not yet"; or the side
// that denies speaks of part of a group and the other not of most or all of it. Made-up sources.

const corpus = corpusOfLines({
  'nelayan.txt': ['Sebagian besar nelayan di Waringin tidak memiliki perahu bermotor.'],
  'tromso.txt': ['Menteri Dahl hendak berangkat ke Tromsø, namun penerbangannya dibatalkan karena badai.'],
  'bank.txt': ['Bank Pesisir bakal mencairkan dana pinjaman pelabuhan setelah pembebasan lahan rampung.'],
  'ekspor.txt': ['Gubernur ditekan para nelayan untuk memastikan ekspor ikan dari Waringin tidak merusak terumbu karang.'],
  'banjir.txt': ['Warga mengungsi ke bukit agar tidak terjebak banjir.'],
});
const contradictions = (text: string) => checkDraft(corpus, text + '\n', 'markdown').filter(d => d.code === 'contradiction');

describe('a denial that does not oppose the source', () => {
  it('passes some doing what most do not, and flags all doing it', () => {
    assert.deepEqual(contradictions('Ada nelayan di Waringin yang memiliki perahu bermotor.'), []);
    assert.equal(contradictions('Semua nelayan di Waringin memiliki perahu bermotor.').length, 1);
  });

  it('passes the denial of an act the source only intended', () => {
    assert.deepEqual(contradictions('Menteri Dahl tidak berangkat ke Tromsø.'), []);
  });

  it('passes a denial that is someone\'s aim ("memastikan … tidak"), and still flags against "agar tidak"', () => {
    assert.deepEqual(contradictions('Tekanan nelayan terhadap gubernur meningkat terkait ekspor ikan yang merusak terumbu karang.'), []);
    assert.equal(contradictions('Warga terjebak banjir setelah mengungsi ke bukit.').length, 1);
  });

  it('passes "not yet" for an act the source foresees, and flags "will not"', () => {
    assert.deepEqual(contradictions('Bank Pesisir belum mencairkan dana pinjaman pelabuhan.'), []);
    assert.equal(contradictions('Bank Pesisir tidak akan mencairkan dana pinjaman pelabuhan.').length, 1);
  });
});

describe('a noun that is a verb\'s synonym', () => {
  const english = corpusOfLines({ 'union.txt': ['Nair told reporters the union had not been consulted on the design of the new berths.'] });
  const flagged = (text: string) => checkDraft(english, text + '\n', 'markdown').filter(d => d.code === 'contradiction');

  it('is no denial of the verb: "had no say" against "told reporters"', () => {
    assert.deepEqual(flagged('The union had no say in the design of the new berths.'), []);
  });

  it('still opposes the verb it is written as', () => {
    assert.equal(flagged('Nair told reporters the union had been consulted on the design of the new berths.').length, 1);
  });
});
