import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// A person said to act together with another ("… mengunjungi Reykjavik bersama Berg") is backed only by a source
// that names the two in one sentence; named a few sentences apart, each may be doing something else
// (checks/relation-check.ts). A made-up corpus, so the rule and not the seed articles carries each case.

const corpus = corpusOfLines({
  'kunjungan.txt': [
    'Perdana Menteri Norwegia Ingrid Dahl tiba di Reykjavik pada hari Senin untuk kunjungan pertamanya tahun ini.',
    'Rombongan Dahl di Reykjavik termasuk menteri perikanannya yang baru, Sanna Koivisto.',
    'Selama kunjungan itu, Dahl didesak oleh Ketua Dewan Nordik Lars Berg untuk mengurangi kuota ikan.',
    'Nelayan di pelabuhan menunggu keputusan kuota baru.',
  ],
});
const flagged = flaggedBy(corpus);

describe('a person acting together with another', () => {
  it('is flagged where no source names the two in one sentence, with both names', () => {
    const [d, ...rest] = flagged('Sanna Koivisto mengunjungi Reykjavik bersama Lars Berg.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /Koivisto/);
    assert.match(d.message, /Berg/);
  });

  it('passes where a source names them in one sentence, also where the tagger ran a word into one name', () => {
    assert.deepEqual(flagged('Sanna Koivisto tiba di Reykjavik bersama Ingrid Dahl.\n'), []);
  });
});
