import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// A one-word place the sources never name, given as where the claim's event happened (checks/unnamed-place.ts),
// even where the sources have the word inside the name of something else.

const corpus = corpusOfLines({
  'kunjungan.txt': [
    'Perdana Menteri Norwegia Ingrid Dahl mendarat di ibu kota Islandia pada hari Senin untuk kunjungan dua hari.',
    'Ia akan berbicara di forum Dewan Perikanan Akureyri pada hari Selasa.',
    'Dahl juga dijadwalkan bertemu nelayan di Reykjavik.',
  ],
});
const flagged = flaggedBy(corpus);

describe('a place the sources never name', () => {
  it('flags it as where the event happened, naming it as what the passage lacks', () => {
    const [d, ...rest] = flagged('Perdana Menteri Norwegia Ingrid Dahl mendarat di Akureyri pada hari Senin untuk kunjungan dua hari.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /“Akureyri”/);
  });

  it('passes a place the sources name, and the claim without a place', () => {
    assert.deepEqual(flagged('Dahl dijadwalkan bertemu nelayan di Reykjavik.\n'), []);
    assert.deepEqual(flagged('Perdana Menteri Norwegia Ingrid Dahl mendarat pada hari Senin untuk kunjungan dua hari.\n'), []);
  });
});
