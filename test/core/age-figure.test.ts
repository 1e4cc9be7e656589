import * as assert from 'node:assert/strict';
import { fixtureCorpus, flaggedIn } from './seed-corpus';

// A person's age is compared with the age the story gives that person, wherever it stands ("Suparman (47)" in the
// lead), not with the numbers of the passage that states the rest ("Undang-Undang Nomor 22 Tahun 2009",
// age-figure.ts), and no one's age is a rival of a count; a count may be the sum of a passage's parts
// (worked-figures.ts). The stories of own sets AY, BC and BT, where made-up ones passed either way.

const corpus = fixtureCorpus('tabrakan-bus');
const codes = (text: string) => flaggedIn(corpus, text + '\n').map(f => f.code);

describe("a person's age", () => {
  it("takes no law's number for the age the story gives", () => {
    const found = codes('Suparman, sopir bus berusia 47 tahun, dijerat Pasal 310 ayat (4) UU Lalu Lintas dan Angkutan Jalan dan terancam hukuman hingga enam tahun penjara.');
    assert.ok(!found.includes('number-mismatch'), found.join());
  });

  it('flags another age, against the age the story gives', () => {
    const found = flaggedIn(corpus, 'Suparman, sopir bus berusia 52 tahun, dijerat Pasal 310 ayat (4) UU Lalu Lintas dan Angkutan Jalan.\n');
    const age = found.find(f => f.code === 'number-mismatch');
    assert.ok(age && /47/.test(age.message) && !/22/.test(age.message), found.map(f => f.message).join(' | '));
  });

  it("is the person's, not a school's abbreviation between them (BT's bt17)", () => {
    const beach = fixtureCorpus('pantai-tenggelam');
    const found = (text: string) => flaggedIn(beach, text + '\n').filter(f => f.code === 'number-mismatch').map(f => f.fixes.map(x => x.newText).join());
    assert.deepEqual(found('Wulan Permatasari, pelajar SMA berusia 16 tahun, menjadi korban pertama yang ditemukan, yakni pada Minggu pagi sekitar 500 meter di barat lokasi kejadian.'), []);
    assert.deepEqual(found('Wulan Permatasari, pelajar SMA berusia 17 tahun, menjadi korban pertama yang ditemukan, yakni pada Minggu pagi sekitar 500 meter di barat lokasi kejadian.'), ['16']);
  });

  it("takes no one's age for a count, and a count for the sum of the passage's parts", () => {
    const fire = fixtureCorpus('rs-terbakar');
    const found = (text: string) => flaggedIn(fire, text + '\n').map(f => f.code);
    assert.ok(!found('Dari 61 pasien yang dipindahkan, RS Bhakti Husada menampung paling banyak, yakni 27 orang.').includes('number-mismatch'));
    assert.ok(found('Dari 65 pasien yang dipindahkan, RS Bhakti Husada menampung paling banyak, yakni 27 orang.').includes('number-mismatch'));
  });
});
