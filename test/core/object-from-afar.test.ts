import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedIn } from './seed-corpus';

// What an act is done to is as much the claim as who does it: a name a claim's verb acts on ("mengunjungi
// Mongolia"), which the passage and the sentences beside it do not hold, credited only because the story names it
// elsewhere for another's act, leaves the claim unsupported (person-from-afar.ts objectsFromAfar). Made-up sources.

const corpus = corpusOfLines({
  'kunjungan.txt': [
    'Presiden Arvan Tessaly bertemu Perdana Menteri Miro Solen di Veldam pada Senin setelah kunjungan pertamanya ke Eropa.',
    'Kedua pemimpin membahas perdagangan gandum dan jalur kereta baru.',
    ...fillerLines(8, 'id', 'Veldam'),
    'Mengunjungi Mongolia awal pekan ini, Menteri Luar Negeri Kestrel Amun mengumumkan bantuan pangan baru.',
    'Para analis menilai Veldam dan Mongolia tidak akan saling menjauh dalam waktu dekat.',
  ],
});
const flagged = (text: string) => flaggedIn(corpus, text + '\n');

describe('a name the claim acts on, from afar', () => {
  it('leaves the claim unsupported, naming what the passage lacks', () => {
    const [d] = flagged('Arvan Tessaly mengunjungi Mongolia setelah pertemuannya dengan Miro Solen.');
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /“Mongolia”/);
  });

  it('passes the act the story gives the name to, and a name that opens a clause of its own', () => {
    assert.deepEqual(flagged('Kestrel Amun mengunjungi Mongolia awal pekan ini.'), []);
    assert.deepEqual(flagged('Para analis menilai Veldam dan Mongolia tidak akan saling menjauh.'), []);
  });
});
