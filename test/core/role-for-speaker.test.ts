import * as assert from 'node:assert/strict';
import { corpusOfLines, fixedSpans, flaggedIn } from './seed-corpus';

// Words the draft gives to a role of one country ("Pemimpin Swedia berterima kasih …") where the passage stating them
// gives them to a named person the sources place in another ("… Ingrid Dahl, Perdana Menteri Norwegia, …"): the
// finding names the person, and the fix puts their name in place of the role.

const corpus = corpusOfLines({
  'kunjungan.txt': [
    'Perdana Menteri Norwegia Ingrid Dahl bertemu Perdana Menteri Swedia Erik Lund di Stockholm pada hari Senin.',
    'Dahl berterima kasih kepada Lund atas bantuan darurat Swedia bagi nelayan Norwegia selama badai.',
    'Lund mengatakan kedua negara akan berbagi data tangkapan ikan.',
  ],
});

describe('a role given words a named person of another country says', () => {
  it('names the person and offers their name for the role', () => {
    const text = 'Pemimpin Swedia berterima kasih kepada Lund atas bantuan darurat Swedia bagi nelayan Norwegia selama badai.\n';
    const [d, ...rest] = flaggedIn(corpus, text);
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unknown-entity');
    assert.match(d.message, /Ingrid Dahl.*“Pemimpin Swedia”/);
    assert.deepEqual(fixedSpans(text, d), [['Pemimpin Swedia', 'Ingrid Dahl']]);
  });

  it('reads a title written in capitals ("Menteri Luar Negeri Swedia")', () => {
    const [d] = flaggedIn(corpus, 'Menteri Luar Negeri Swedia berterima kasih kepada Lund atas bantuan darurat Swedia bagi nelayan Norwegia selama badai.\n');
    assert.equal(d?.code, 'unknown-entity');
    assert.match(d.message, /Ingrid Dahl.*“Menteri Luar Negeri Swedia”/);
  });

  it('passes a role of the speaker\'s own country', () => {
    assert.deepEqual(flaggedIn(corpus, 'Pemimpin Norwegia berterima kasih kepada Lund atas bantuan darurat Swedia bagi nelayan Norwegia selama badai.\n'), []);
  });
});
