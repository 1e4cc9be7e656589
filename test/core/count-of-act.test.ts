import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// A count of times ("bertemu langsung dua kali") against the passage's ordinal for the same act ("pertemuan
// langsung ketiga"), also where the claim's value stands beside it for another act ("kunjungan Lund yang kedua
// kali"): the figure right before which a word of the claim's act stands is the one that counts (checks/number-check.ts).

const flagged = flaggedBy(corpusOfLines({
  'dewan.txt': [
    'Ini adalah pertemuan langsung ketiga antara Gubernur Lars Lund dan Bupati Ingrid Dahl sejak banjir dan kunjungan Lund yang kedua kali ke Tanjung Wangi.',
    'Keduanya membahas jembatan darurat di pelabuhan.',
  ],
}));

describe('a count of times against the ordinal of the same act', () => {
  it('flags the count where the passage\'s value of it numbers another act', () => {
    const [d] = flagged('Lund dan Dahl telah bertemu langsung dua kali sejak banjir.\n');
    assert.equal(d?.code, 'number-mismatch');
    assert.match(d.message, /Sumber menyebut “ketiga”; draf menyebut “dua”/);
  });

  it('reads the other act\'s count for that act', () => {
    const [d] = flagged('Lund telah mengunjungi Tanjung Wangi tiga kali sejak banjir.\n');
    assert.match(d?.message ?? '', /Sumber menyebut “kedua”; draf menyebut “tiga”/);
  });

  it('passes each count that its act\'s ordinal gives', () => {
    assert.deepEqual(flagged('Lund dan Dahl telah bertemu langsung tiga kali sejak banjir.\n'), []);
    assert.deepEqual(flagged('Lund telah mengunjungi Tanjung Wangi dua kali sejak banjir.\n'), []);
  });
});
