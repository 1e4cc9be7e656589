import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// Two things a passage says side by side, each in a clause of its own, crossed by the claim: every word stands in
// the passage, but the clause of the one thing has another word where the claim puts the other clause's.

const corpus = corpusOfLines({
  'angin.txt': ['Angin pesat pada belahan bumi utara berbelok ke kanan, sedangkan di belahan bumi selatan berbelok ke kiri.'],
  'plants.txt': ['The northern plant runs on coal, while the southern plant runs on gas.'],
  'asuransi.txt': ['Prudential Financial, Inc. dan anak perusahaannya menyediakan produk dan jasa asuransi, manajemen investasi, dan lainnya kepada pelanggan retail dan institusi di Amerika Serikat dan di lebih 30 negara lainnya.'],
});
const findings = (text: string) => flaggedBy(corpus)(text + '\n');

describe('a claim that crosses two clauses of its passage', () => {
  it('flags the south given the north\'s turn, and says the words stand of different things', () => {
    const [d, more] = findings('Angin pesat pada belahan bumi selatan berbelok ke kanan.');
    assert.equal(more, undefined);
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /menyebut “selatan” dan “kanan” tentang hal yang berbeda: “Angin pesat pada belahan bumi utara/);
  });

  it('flags an English pairing the passage keeps apart', () => {
    const [d] = findings('The southern plant runs on coal.');
    assert.match(d?.message ?? '', /says “southern” and “coal” of different things/);
  });

  it('passes each clause as the passage pairs it, a subject the second clause leaves out included', () => {
    assert.deepEqual(findings('Angin pesat pada belahan bumi selatan berbelok ke kiri.'), []);
    assert.deepEqual(findings('Angin pesat pada belahan bumi utara berbelok ke kanan.'), []);
    assert.deepEqual(findings('The southern plant runs on gas.'), []);
  });

  it('reads the items of a list, commas and "dan" between them, as no clauses of their own', () => {
    assert.deepEqual(findings('Produk dan jasa asuransi milik Prudential Financial, Inc. disediakan untuk pelanggan retail dan institusi.'), []);
  });
});
