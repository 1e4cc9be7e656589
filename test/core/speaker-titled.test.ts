import * as assert from 'node:assert/strict';
import { fixtureCorpus, flaggedBy } from './seed-corpus';

// A speaker the name finder reads with the title and body before the name ("kata Pelatih Persebat Darius Sitompul",
// one name to it) is the person the sources quote ("ujar Darius"): the quotation is theirs, not misattributed.
// Another person with the same title before the name still is (checks/quote-check.ts).

const club = flaggedBy(fixtureCorpus('liga'));
const codes = (text: string) => club(text + '\n').map(d => d.code);
const quote = '“Kami bermain bagus sampai menit ke-60. Setelah kartu merah, semuanya berantakan,”';

describe('a quoted speaker written with a title and body run into the name', () => {
  it('is the person the sources quote', () => {
    assert.ok(!codes(`${quote} kata Pelatih Persebat Darius Sitompul.`).includes('misattributed-quote'));
  });

  it('is still another person where the name is another\'s', () => {
    assert.ok(codes(`${quote} kata Pelatih Sendangraya Teddy Rahmanto.`).includes('misattributed-quote'));
  });
});
