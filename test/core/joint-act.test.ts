import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedIn } from './seed-corpus';

// An act the claim has two people do together ("bersama-sama", "jointly") is not backed by a passage that has one of
// them do it, though it names both. Made-up sources, so the rule carries each case.

const corpus = corpusOfLines({
  'tromso.txt': [
    'Selain bertemu dengan Perdana Menteri Ingrid Dahl di Oslo, Presiden Lars Jonsson juga diharapkan mengunjungi Tromsø, kota pelabuhan di utara Norwegia, di mana dia akan menghadiri forum perikanan.',
  ],
  'bergen.txt': ['Ingrid Dahl dan Lars Jonsson bersama-sama membuka pameran kapal di Bergen pada hari Jumat.'],
  'filler.txt': fillerLines(30, 'id'),
});
const flagged = (text: string) => flaggedIn(corpus, text + '\n');

describe('an act done together', () => {
  it('flags two people doing together what the passage has one of them do', () => {
    const [d, ...rest] = flagged('Di Tromsø, Ingrid Dahl dan Lars Jonsson bersama-sama menghadiri forum perikanan di utara Norwegia.');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unsupported-claim');
  });

  it('reads one person going with the other as a pair too ("Ingrid Dahl dijadwalkan menemani Lars Jonsson")', () => {
    const [d] = flagged('Ingrid Dahl dijadwalkan menemani Lars Jonsson ke Tromsø untuk bersama-sama menghadiri forum perikanan di utara Norwegia.');
    assert.equal(d?.code, 'unsupported-claim');
  });

  it('passes the act where the passage has the two do it together', () => {
    assert.deepEqual(flagged('Ingrid Dahl dan Lars Jonsson bersama-sama membuka pameran kapal di Bergen pada hari Jumat.'), []);
  });
});
