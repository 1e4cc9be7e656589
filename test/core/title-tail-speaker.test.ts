import * as assert from 'node:assert/strict';
import { fixtureCorpus, flaggedIn } from './seed-corpus';

// "kata Bupati Wanasari Agus Setiadi Permana": the tagger may cut the speaker's first name off into the title
// ("Bupati Wanasari Agus", "Setiadi Permana"). The name with the title's last word is still the source's speaker
// ("kata Agus"; checks/quote-check.ts). The story of own set AG, where a made-up one passed either way.

const corpus = fixtureCorpus('keracunan');
const codes = (text: string) => flaggedIn(corpus, text + '\n').map(f => f.code);

describe("a speaker whose first name the title took", () => {
  it('is the source speaker of the quote', () => {
    assert.ok(!codes('“Kejadian di Karangwulan tidak boleh terulang,” kata Bupati Wanasari Agus Setiadi Permana.').includes('misattributed-quote'));
  });

  it('leaves another person named there a misattribution', () => {
    assert.ok(codes('“Kejadian di Karangwulan tidak boleh terulang,” kata Kepala Dinas Kesehatan Wanasari Siti Nurhaliza.').includes('misattributed-quote'));
  });
});
