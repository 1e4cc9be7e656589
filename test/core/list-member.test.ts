import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedIn } from './seed-corpus';

// A name added to a list the source gives (checks/list-member.ts), though the added name stands in the very next
// sentence. Made-up corpora, so the rule carries each case.

const corpus = corpusOfLines({
  'forum.txt': [
    'Forum Arktik didirikan pada tahun 1996 di Ottawa.',
    'Forum itu terdiri dari Norwegia, Islandia, Finlandia dan Swedia, serta beberapa pengamat.',
    'Perdana Menteri Denmark juga hadir sebagai tamu dalam pertemuan tahun ini.',
    'The alliance is made up of Norway, Iceland, Finland and Sweden, with several observers.',
    'The prime minister of Denmark also attended this year as a guest.',
  ],
});

const flagged = (text: string) => flaggedIn(corpus, text + '\n');

describe('a name added to a list of the source', () => {
  it('flags the list with a member the source leaves out, naming it', () => {
    const id = flagged('Forum itu terdiri dari Norwegia, Islandia, Finlandia, Denmark dan Swedia.');
    assert.deepEqual(id.map(d => d.code), ['unsupported-claim']);
    assert.match(id[0].message, /“Denmark”/);
    assert.deepEqual(flagged('The alliance is made up of Norway, Iceland, Finland, Denmark and Sweden.').map(d => d.code), ['unsupported-claim']);
  });

  it('passes a list that names fewer members than the source, in any order', () => {
    assert.deepEqual(flagged('Forum itu terdiri dari Swedia, Norwegia dan Islandia.'), []);
    assert.deepEqual(flagged('The alliance is made up of Sweden, Norway and Iceland.'), []);
  });
});
