import * as assert from 'node:assert/strict';
import { fixtureCorpus } from './seed-corpus';
import { checkDraft } from '../../server/src/core/checks/check';

// A passage found for the claim that gives all of its three or more figures in its own sentence is the claim's
// passage, however much closer in words another passage stands: "peringkat ke-16 klasemen dengan enam poin dari
// delapan pertandingan" is "posisi ke-16 … dengan enam poin dari delapan laga", not another club's "posisi ketiga
// klasemen sementara dengan 15 poin" (checks/figure-finding.ts figuresTogether).

const club = fixtureCorpus('liga');
const numbers = (text: string) => checkDraft(club, text + '\n', 'markdown').filter(d => d.code === 'number-mismatch').map(d => d.message);

describe('the claim\'s figures all in one passage', () => {
  it('hold no figure against a closer passage about something else', () => {
    assert.deepEqual(numbers('Ketika Teddy diperkenalkan, Persebat berada di peringkat ke-16 klasemen dengan enam poin dari delapan pertandingan.'), []);
  });

  it('are counts: an ordinal of the claim ("tujuh pertandingan pertama") need not stand there', () => {
    assert.deepEqual(numbers('Dalam tujuh pertandingan pertama musim ini, Persebat cuma sekali menang, dua kali seri, dan empat kali kalah.'), []);
  });

  it('still flag a figure no passage gives with the others', () => {
    assert.equal(numbers('Ketika Teddy diperkenalkan, Persebat berada di peringkat ke-16 klasemen dengan tujuh poin dari delapan pertandingan.').length > 0, true);
  });
});
