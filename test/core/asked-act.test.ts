import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// One party helps, urges or asks another to do something: where the sources say the help, the act must be among
// what they help with there, not gathered from a sentence beside it (checks/asked-act.ts). A made-up corpus.

const corpus = corpusOfLines({
  'pelabuhan.txt': [
    'Wali Kota Ingrid Dahl membantu Gubernur Lars Lund mengembangkan sistem peringatan banjir untuk pelabuhan.',
    'Lund juga membangun dermaga baru dan gudang pendingin di Tanjung Wangi.',
    'Dahl mendesak Lund untuk menutup pelabuhan selama badai.',
  ],
  'harbour.txt': [
    'Mayor Anna Berg urged Councillor Tomas Reyes to delay the vote on the harbour plan.',
    'Reyes later approved new funding for the ferry terminal.',
  ],
});
const flagged = flaggedBy(corpus);

describe('an act someone is helped or urged to do', () => {
  it('is unsupported where the sources help or urge the two to do something else, with that passage shown', () => {
    const [d, ...rest] = flagged('Dahl membantu Lund membangun dermaga baru.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /“membangun dermaga baru”/);
    assert.match(d.evidence[0].text, /mengembangkan sistem peringatan banjir/);
    assert.equal(flagged('Dahl mendesak Lund untuk membangun gudang pendingin.\n')[0]?.code, 'unsupported-claim');
    // Reported: the help is still the sentence's claim.
    assert.equal(flagged('Gubernur itu mengatakan Dahl membantu Lund membangun dermaga baru.\n')[0]?.code, 'unsupported-claim');
  });

  it('does the same in English', () => {
    const [d] = flagged('Berg urged Reyes to approve new funding for the ferry terminal.\n');
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /“approve new funding for the ferry terminal”/);
  });

  it('passes the act the sources give, however the urging is linked to it', () => {
    assert.deepEqual(flagged('Dahl membantu Lund mengembangkan sistem peringatan banjir.\n'), []);
    assert.deepEqual(flagged('Dahl mendesak Lund menutup pelabuhan.\n'), []);
    assert.deepEqual(flagged('Berg urged Reyes to delay the vote.\n'), []);
  });
});
