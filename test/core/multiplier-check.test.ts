import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedIn } from './seed-corpus';

// A figure said by a verb of multiplying ("tripled" where the story says "doubled", "tiga kali lipat" for "dua kali
// lipat") is a number mismatch (checks/multiplier-check.ts). Made-up sources.

const corpus = corpusOfLines({
  'club.txt': [
    "Finance director Thomas Greaves said the club's turnover had doubled to £31 million since 2020.",
    'Match-day income would rise from £7 million to about £19 million a year, he said.',
    ...fillerLines(10),
  ],
  'dagang.txt': [
    'Menurut data bea cukai, ekspor kopi Sumatra ke Jepang naik dua kali lipat dalam lima tahun terakhir.',
    ...fillerLines(10, 'id', 'Medan'),
  ],
});
const flagged = (text: string) => flaggedIn(corpus, text + '\n');

describe('a figure said by a verb of multiplying', () => {
  it('is a number mismatch where the passage multiplies by another factor, with the fix', () => {
    const [d] = flagged("The club's turnover has tripled to £31 million since 2020.");
    assert.equal(d?.code, 'number-mismatch');
    assert.match(d.message, /“doubled”.*“tripled”/);
    assert.equal(d.fixes[0]?.newText, 'doubled');
    assert.deepEqual(flagged('Ekspor kopi Sumatra ke Jepang naik tiga kali lipat dalam lima tahun terakhir.').map(f => f.code), ['number-mismatch']);
  });

  it('passes the same factor, and a factor the passage does not give at all', () => {
    assert.deepEqual(flagged("The club's turnover has doubled to £31 million since 2020."), []);
    assert.deepEqual(flagged('Ekspor kopi Sumatra ke Jepang naik dua kali lipat dalam lima tahun terakhir.'), []);
    assert.deepEqual(flagged('Match-day income would nearly triple to about £19 million a year.').filter(f => f.code === 'number-mismatch'), []);
  });
});
