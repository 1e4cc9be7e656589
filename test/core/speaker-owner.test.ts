import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// A passage where two people speak gives each their own statement: the claim's words belong to the speaker whose
// statement holds them, not to the other one, nor to a third person (checks/entity-swap.ts). A made-up corpus, so
// the rule and not the seed articles carries each case.

const corpus = corpusOfLines({
  'forum.txt': [
    'Perdana Menteri Norwegia Ingrid Dahl dan Presiden Islandia Bjarni Jonsson bertemu di Tromsø pada hari Selasa.',
    'Dahl mengatakan kuota penangkapan ikan harus dinaikkan tahun depan, sementara Jonsson mengatakan armada kecil harus dilindungi dari kapal pukat asing.',
    'Presiden Finlandia Sauli Niinistö tidak hadir dalam pertemuan itu.',
  ],
});

const flagged = flaggedBy(corpus);

describe('a statement of one of two speakers in a passage', () => {
  it('passes each speaker\'s own statement', () => {
    assert.deepEqual(flagged('Dahl mengatakan kuota penangkapan ikan harus dinaikkan tahun depan.'), []);
    assert.deepEqual(flagged('Menurut Jonsson, armada kecil harus dilindungi dari kapal pukat asing.'), []);
    // The passage opens on the other speaker in the same words ("Dahl mengatakan"): no swap for that alone.
    assert.deepEqual(flagged('Jonsson mengatakan armada kecil harus dilindungi dari kapal pukat asing.'), []);
  });

  it('flags it given to the other speaker, naming the one whose statement it is', () => {
    const [d, ...rest] = flagged('Jonsson mengatakan kuota penangkapan ikan harus dinaikkan tahun depan.');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unknown-entity');
    assert.deepEqual(d.fixes.map(f => f.newText), ['Dahl']);
  });

  it('flags it given to someone the passage does not quote, naming its speaker', () => {
    const [d] = flagged('Menurut Niinistö, armada kecil harus dilindungi dari kapal pukat asing.');
    assert.equal(d?.code, 'unknown-entity');
    assert.deepEqual(d.fixes.map(f => f.newText), ['Jonsson']);
  });
});

// The passage's speaker relayed by another ("Juru bicara kantor perdana menteri Erik Lunde mengutip Dahl yang
// mengatakan …"): the statement is the one the relative clause has speak, and the claim's own frame ("Juru bicara …
// mengutip") is not part of what the passage must give its speaker.
const relayed = corpusOfLines({
  'radio.txt': [
    'Perdana Menteri Norwegia Ingrid Dahl dan Presiden Islandia Bjarni Jonsson bertemu di Tromsø pada hari Selasa.',
    'Juru bicara kantor perdana menteri Erik Lunde mengutip Dahl yang mengatakan kuota penangkapan ikan harus dinaikkan tahun depan.',
    'Pertemuan berikutnya dijadwalkan di Reykjavik.',
  ],
});

describe('a statement relayed by another speaker', () => {
  const flaggedRelayed = flaggedBy(relayed);

  it('flags it given to the other person in the same frame, naming the one the body quoted', () => {
    const [d, ...rest] = flaggedRelayed('Juru bicara kantor perdana menteri mengutip Jonsson yang mengatakan kuota penangkapan ikan harus dinaikkan tahun depan.');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unknown-entity');
    assert.deepEqual(d.fixes.map(f => f.newText), ['Dahl']);
  });

  it('passes it given to the person the body quoted', () => {
    assert.deepEqual(flaggedRelayed('Juru bicara kantor perdana menteri mengutip Dahl yang mengatakan kuota penangkapan ikan harus dinaikkan tahun depan.'), []);
  });
});
