import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// The right act with someone else on one side: the passage has the claim's act and one of its parties, and another
// person where the claim has its other party (checks/party-swap.ts). A made-up corpus.

const pelabuhan = {
  'pelabuhan.txt': [
    'Gubernur Lars Lund kembali dari kunjungan ke Tanjung Wangi pekan lalu bersama Menteri Sven Holm.',
    'Selama kunjungan itu, Lund didesak oleh Bupati Ingrid Dahl untuk menunda pemungutan suara tentang dermaga baru.',
    'Holm meresmikan gudang pendingin di pelabuhan.',
  ],
  'harbour.txt': [
    'Councillor Tomas Reyes met Harbour Master Olaf Svensson on Monday.',
    'Later that day, Mayor Anna Berg was urged by Reyes to delay the vote on the harbour plan.',
    'Svensson opened the new ferry terminal.',
  ],
};
const flagged = flaggedBy(corpusOfLines(pelabuhan));

describe('an act with another party than the sources give', () => {
  it('names the party the passage has, on the draft\'s name, with the fix', () => {
    const text = 'Dahl mendesak Holm untuk menunda pemungutan suara tentang dermaga baru.\n';
    const d = flagged(text).find(f => f.code === 'unknown-entity');
    assert.ok(d, 'a finding on the name');
    assert.equal(text.slice(d.start, d.end), 'Holm');
    assert.match(d.message, /Sumber menyebut Lund di tempat draf menyebut Holm/);
    assert.match(d.message, /“Lund didesak oleh Bupati Ingrid Dahl”/);
    assert.equal(d.fixes[0]?.newText, 'Lund');
  });

  it('reads the passive and the active alike, in English too', () => {
    const d = flagged('Reyes urged Svensson to delay the vote on the harbour plan.\n').find(f => f.code === 'unknown-entity');
    assert.match(d?.message ?? '', /The source has Anna Berg where the draft has Svensson/);
  });

  it('passes the parties the passage has, in either voice', () => {
    assert.deepEqual(flagged('Dahl mendesak Lund untuk menunda pemungutan suara tentang dermaga baru.\n'), []);
    assert.deepEqual(flagged('Reyes urged Berg to delay the vote on the harbour plan.\n'), []);
  });

  it('says nothing where another source has the act of the claim\'s own two', () => {
    const more = flaggedBy(corpusOfLines({ ...pelabuhan, 'rapat.txt': ['Dahl juga mendesak Holm agar meninjau anggaran pelabuhan.'] }));
    const findings = more('Dahl mendesak Holm untuk menunda pemungutan suara tentang dermaga baru.\n');
    assert.equal(findings.filter(f => f.code === 'unknown-entity').length, 0);
  });
});
