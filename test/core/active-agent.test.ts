import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// An act a passage's active sentence gives to another party than the claim's subject, which the sentence does not
// name (checks/active-agent.ts, read by act-by-another.ts). Made-up sources.

// In English, the name right before the verb, past a relative "which"; the claim's subject is named two sentences
// before and stands nowhere in the sentence.
const english = flaggedBy(corpusOfLines({
  'finance.txt': [
    "The largest share would come from a loan arranged by the club's owner, the American investor Walter Kessling.",
    'Kessling said in a statement that he was fully committed to the club for the long term.',
    "The Rovers Supporters' Trust, which owns 5 per cent of the club, asked for a guarantee on ticket prices.",
    'Harbour Energy, which runs the Kelbrook terminal, said the spill had been contained by Tuesday.',
    'Investor Mara Lindqvist runs the Kelbrook terminal with two partners.',
  ],
}));

// In Indonesian, people only: a person named before the verb, or "dia" standing for the sentence's named subject.
const indonesian = flaggedBy(corpusOfLines({
  'kunjungan.txt': [
    'Selain bertemu dengan Bupati Hendra Saputra di Waringin, Gubernur Lestari Wibowo juga dijadwalkan mengunjungi Sukamaju, di mana dia akan meresmikan pasar ikan baru.',
    'Menteri Perikanan Arif Nugroho mengatakan anggaran pelabuhan naik tahun ini.',
    'Para nelayan Sukamaju menyambut baik rencana itu.',
  ],
}));

describe('an act a passage gives to another party', () => {
  it('flags an English subject and offers the passage\'s agent, read whole across its apostrophe', () => {
    const [d] = english('Walter Kessling owns 5 per cent of the club.');
    assert.equal(d?.code, 'unknown-entity');
    assert.deepEqual(d.fixes.map(f => f.newText), ["Rovers Supporters' Trust"]);
  });

  it('passes the agent itself, and a subject another passage gives the act to', () => {
    assert.deepEqual(english("The Rovers Supporters' Trust owns 5 per cent of the club."), []);
    assert.deepEqual(english('Mara Lindqvist runs the Kelbrook terminal.'), []);
  });

  it('flags an Indonesian person the sentence does not name, reading "dia" as the person it stands for', () => {
    const [d] = indonesian('Arif Nugroho akan meresmikan pasar ikan baru di Sukamaju.');
    assert.equal(d?.code, 'unknown-entity');
    assert.deepEqual(d.fixes.map(f => f.newText), ['Lestari Wibowo']);
    assert.deepEqual(indonesian('Lestari Wibowo akan meresmikan pasar ikan baru di Sukamaju.'), []);
  });
});
