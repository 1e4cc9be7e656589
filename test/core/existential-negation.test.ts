import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// "Ada" (there is) is a function word, left out of the words compared, except as its clause's predicate at the
// clause's end, where a negation on one side only turns the sentence round (checks/contradiction-check.ts).

const flagged = flaggedBy(corpusOfLines({
  'pelabuhan.txt': [
    'Gubernur Lars Lund mengatakan peluang kerja sama antara kedua pelabuhan itu akan selalu ada.',
    'Lund juga membangun dermaga baru di Tanjung Wangi.',
  ],
}));

describe('"ada" as the predicate of its clause', () => {
  it('is a contradiction when negated against the passage', () => {
    const [d] = flagged('Lund mengatakan peluang kerja sama antara kedua pelabuhan itu tidak akan pernah ada.\n');
    assert.equal(d?.code, 'contradiction');
    assert.match(d.message, /draf menyebut “tidak akan pernah ada”/);
  });

  it('passes with the passage\'s polarity', () => {
    assert.deepEqual(flagged('Lund mengatakan peluang kerja sama antara kedua pelabuhan itu akan selalu ada.\n'), []);
  });
});
