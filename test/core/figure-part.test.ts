import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedBy } from './seed-corpus';

// A count that is a part of another figure takes its thing from that figure: "19 dari 52 warga binaan" counts
// inmates, as does "sembilan di antaranya" after "52 warga binaan" (checks/figure-words.ts). A 19 that the story
// gives to packets is then no backing for 19 inmates, and the part is held against the story's part. Made-up sources.

const flagged = flaggedBy(corpusOfLines({
  'razia.txt': [
    'Petugas menyita 11 gram sabu yang terbagi dalam 19 paket kecil. Sebanyak 52 warga binaan menjalani tes urine dan sembilan di antaranya dinyatakan positif.',
    ...fillerLines(6, 'id', 'Kuala Renggas'),
  ],
  'sidang.txt': ['Three of the 12 passengers were taken to hospital after 3 ambulances arrived at the pier in Port Alder. Some 40 travellers waited on the pier.'],
}));
const numbers = (text: string) => flagged(text).filter(d => d.code === 'number-mismatch').map(d => d.fixes.map(f => f.newText).join());

describe('a count that is a part of another figure', () => {
  it('counts what the whole counts, so a figure the story gives to another thing does not back it', () => {
    assert.deepEqual(numbers('Saat razia, 19 dari 52 warga binaan yang menjalani tes urine dinyatakan positif.\n'), ['sembilan']);
  });

  it('passes where the part is the story\'s', () => {
    assert.deepEqual(numbers('Saat razia, sembilan dari 52 warga binaan yang menjalani tes urine dinyatakan positif.\n'), []);
    assert.deepEqual(numbers('Three of the 12 passengers were taken to hospital after ambulances arrived at the pier.\n'), []);
  });

  it("leaves a story's part free to count the claim's thing", () => {
    assert.deepEqual(numbers('The three travellers were taken to hospital after ambulances arrived at the pier in Port Alder.\n'), []);
  });

  it('holds a whole against the story\'s whole, not its part', () => {
    assert.deepEqual(numbers('Three of the 15 passengers were taken to hospital after ambulances arrived at the pier.\n'), ['12']);
  });
});
