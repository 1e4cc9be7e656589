import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// What the story gives as possible, expected or planned, given as done: "fined" where the investigation "could lead
// to a fine" (checks/possible-as-done.ts). A future told or reported ("would raise") is an undertaking and passes, as
// does a claim that keeps the modal. A made-up corpus.

const flagged = flaggedBy(corpusOfLines({
  'water.txt': [
    'The Drinking Water Inspectorate said its investigation would continue and that it could lead to a fine.',
    'She said the company would raise its payment to £50 per household after complaints.',
    'The council is expected to close the Ferry Road library next spring.',
    'Councillor Priya Lal said she had asked the club to publish its full traffic study.',
  ],
  'port.txt': ['The port authority fined the operator £20,000 for the oil spill.'],
}));

describe('a possible act given as done', () => {
  it('is an unsupported claim that shows the passage\'s modal', () => {
    const [d] = flagged('The Drinking Water Inspectorate fined the company after its investigation.\n');
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /may happen: “could lead to a fine”; the draft says it did: “fined”/);
    assert.deepEqual(flagged('The council closed the Ferry Road library.\n').map(f => f.code), ['unsupported-claim']);
  });

  it('passes the claim that keeps it possible, a reported future, and an act another story states as done', () => {
    assert.deepEqual(flagged('The Drinking Water Inspectorate said its investigation could lead to a fine.\n'), []);
    assert.deepEqual(flagged('The company raised its payment to £50 per household after complaints.\n'), []);
    assert.deepEqual(flagged('The port authority fined the operator £20,000 for the oil spill.\n'), []);
  });

  it('flags an act the story only asks for, given as done, and passes the request itself', () => {
    const [d] = flagged('Councillor Priya Lal has published the full traffic study.\n');
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /asked for: “asked the club to publish”; the draft says it was done: “published”/);
    assert.deepEqual(flagged('Priya Lal asked the club to publish its full traffic study.\n'), []);
  });

  it('flags an Indonesian act the story gives as still to come, given with "sudah" or "telah"', () => {
    const loan = flaggedBy(corpusOfLines({ 'pinjaman.txt': [
      'Direktur Keuangan Wijaya Karya Steve Kosasih menuturkan, pihak CDB bakal mencairkan dana pinjaman tersebut setelah pembebasan lahan rampung.',
      'Pembebasan lahan baru mencapai 85 persen.',
    ] }));
    const [d, ...rest] = loan('Pihak CDB sudah mencairkan dana pinjaman tersebut.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /“bakal mencairkan”; draf menyebutnya sudah terjadi: “sudah mencairkan”/);
    assert.deepEqual(loan('Pihak CDB akan mencairkan dana pinjaman tersebut.\n'), []);
  });
});
