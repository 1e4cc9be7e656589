import * as assert from 'node:assert/strict';
import { corpusOfLines, fixtureCorpus, messagesOf } from './seed-corpus';
import { Corpus } from '../../server/src/core/index/corpus';
import { analyzeDraft, checkDraft } from '../../server/src/core/checks/check';
import { claimTerms } from '../../server/src/core/index/support';
import { bestEvidence } from '../../server/src/core/index/best-evidence';
import { FEATURE_NAMES, supportFeatures } from '../../server/src/core/verifier/features';

// A figure the draft gives as approximate or as a bound ("nearly 10,000", "more than 9,000", "sekitar 35
// persen") is right when the sources' figure fits it, and wrong when it does not; a span of time in other units
// ("20 tahun" for "dua dekade", "setengah tahun" for "enam bulan") is the same span. Made-up sources, so each case
// rests on the rule.

const corpus = corpusOfLines({
  'en.txt': ['Northvale Power said 9,800 customers had lost electricity by Thursday evening.', 'Some 212 workers were evacuated from the Saltmarsh site.'],
  'id.txt': ['Hutan bakau di pesisir Maros menyusut sekitar 35 persen dalam dua dekade terakhir, menurut peneliti.'],
});
const numberFindings = (text: string) => checkDraft(corpus, text + '\n', 'markdown').filter(d => d.code === 'number-mismatch').map(d => d.message);

describe('approximate figures and figures in other units', () => {
  it('passes a hedged figure the sources\' figure fits', () => {
    for (const claim of [
      'Nearly 10,000 Northvale Power customers lost electricity by Thursday evening.',
      'More than 9,000 customers of Northvale Power lost electricity by Thursday evening.',
      'About 10,000 customers of Northvale Power lost electricity by Thursday evening.',
      // The source's own figure approximate: "some 212" is its best count.
      'More than 200 workers were evacuated from the Saltmarsh site.',
      'About 200 workers were evacuated from the Saltmarsh site.',
    ]) assert.deepEqual(numberFindings(claim), [], claim);
  });

  it('takes an approximate figure as a rounding of the source\'s: one no rounder is another figure', () => {
    // The source: "Some 212 workers"; "menyusut sekitar 35 persen".
    assert.deepEqual(numberFindings('About 210 workers were evacuated from the Saltmarsh site.'), []);
    assert.equal(numberFindings('About 221 workers were evacuated from the Saltmarsh site.').length, 1);
    assert.equal(numberFindings('Hutan bakau di pesisir Maros menyusut sekitar 37 persen dalam dua dekade terakhir.').length, 1);
  });

  it('flags "more than" or "kurang dari" a figure the source gives as it is or as about, showing both hedges', () => {
    const counts = corpusOfLines({
      'lahore.txt': ['Di Lahore, sekitar tiga puluh sembilan cerita muncul di surat kabar antara November 1886 dan Juni 1887.',
        'The fire crews brought 14 aircraft and more than 400 firefighters to the ridge.', 'Perusahaan itu beroperasi di lebih 30 negara.'],
    });
    const figures = (text: string) => checkDraft(counts, text + '\n', 'markdown').filter(d => d.code === 'number-mismatch').map(d => d.message);
    assert.match(figures('Di Lahore, lebih dari tiga puluh sembilan cerita muncul di surat kabar antara November 1886 dan Juni 1887.').join(),
      /Sumber menyebut “sekitar tiga puluh sembilan”; draf menyebut “lebih dari tiga puluh sembilan”/);
    assert.equal(figures('The fire crews brought more than 14 aircraft to the ridge.').length, 1);
    // The same bound in other words, and a figure only joined to a bound, pass.
    assert.deepEqual(figures('Perusahaan itu beroperasi di lebih dari 30 negara.'), []);
    assert.deepEqual(figures('The fire crews brought more than 400 firefighters and 14 aircraft to the ridge.'), []);
  });

  it('reads "lebih besar dari", "greater than" and a bound turned round ("tidak lebih dari", "no more than")', () => {
    const star = corpusOfLines({ 'star.txt': ['Bintang ini bermagnitudo 5,16.', 'Total gaji dan bonus kinerja untuk tahun itu adalah $1,5 juta.', 'The grant was worth $40,000.'] });
    const figures = (text: string) => checkDraft(star, text + '\n', 'markdown').filter(d => d.code === 'number-mismatch' || /without the negation|tanpa penyangkalan/.test(d.message));
    assert.deepEqual(figures('Bintang ini bermagnitudo lebih besar dari 5.'), []);
    assert.equal(figures('Bintang ini bermagnitudo lebih besar dari 6.').length, 1);
    assert.deepEqual(figures('Total gaji dan bonus kinerja untuk tahun itu tidak lebih dari $1,7 juta.'), []);
    assert.deepEqual(figures('The grant was worth no more than $45,000.'), []);
    assert.equal(figures('The grant was worth no more than $35,000.').length, 1);
  });

  it('finds a figure the source writes glued to its unit ("60fps"), but not inside a code ("3ZR-FE")', () => {
    const specs = corpusOfLines({ 'specs.txt': ['Kamera Air 2 bisa merekam video 4K 60fps.', 'Mesin Auris bervolume 1.5 liter dengan kode 3ZR-FE.'] });
    const figures = (text: string) => checkDraft(specs, text + '\n', 'markdown').filter(d => d.code === 'number-mismatch');
    assert.deepEqual(figures('Kamera Air 2 bisa merekam video 4K dengan 60 fps.'), []);
    assert.equal(figures('Mesin Auris bervolume 3 liter dengan kode 3ZR-FE.').length, 1);
  });

  it('reads a bound as meant for the figure joined to it by "and", not an approximation', () => {
    const grants = corpusOfLines({
      'fund.txt': ['Council leader Gwen Harrowby said households could apply for grants of up to £2,000 and farm businesses for up to £10,000.',
        'Growers said about 40 percent of the apples and 25 percent of the pears were still on the trees.'],
    });
    const figures = (text: string) => checkDraft(grants, text + '\n', 'markdown').filter(d => d.code === 'number-mismatch');
    assert.deepEqual(figures('The council offers grants of up to £2,000 to households and £10,000 to farm businesses.'), []);
    assert.equal(figures('Growers said about 40 percent of the apples and 30 percent of the pears were still on the trees.').length, 1);
  });

  it('reads a hedge written before a verb of having or reaching ("setidaknya memiliki 19 ribu", "nearly reached")', () => {
    const reached = corpusOfLines({
      'tweet.txt': ['Terhitung sudah ada 8 ribuan retweet dan 19,2 ribu like yang didapatkan tweet tersebut.'],
      'fair.txt': ['Attendance at the Eastfield fair reached 9,700 people on the final day, organisers said.'],
    });
    const figures = (text: string) => checkDraft(reached, text + '\n', 'markdown').filter(d => d.code === 'number-mismatch').map(d => d.message);
    assert.deepEqual(figures('Tweet tersebut setidaknya memiliki 19 ribu like.'), []);
    assert.deepEqual(figures('Attendance at the Eastfield fair nearly reached 10,000 people on the final day.'), []);
    // The bound still has to hold, and a comparative is not read across the verb.
    assert.equal(figures('Tweet tersebut setidaknya memiliki 20 ribu like.').length, 1);
    assert.equal(figures('Attendance at the Eastfield fair nearly reached 12,000 people on the final day.').length, 1);
    assert.equal(figures('Attendance at the Eastfield fair reached 10,000 people on the final day.').length, 1);
  });

  it('flags a hedged figure the sources\' figure does not fit, and a plain figure that differs', () => {
    for (const claim of [
      'More than 10,000 customers of Northvale Power lost electricity by Thursday evening.',
      'Nearly 20,000 customers of Northvale Power lost electricity by Thursday evening.',
      '12,000 customers of Northvale Power lost electricity by Thursday evening.',
      'More than 220 workers were evacuated from the Saltmarsh site.',
    ]) assert.equal(numberFindings(claim).length, 1, claim);
  });

  it('reads years and decades as one span of time', () => {
    assert.deepEqual(numberFindings('Hutan bakau di pesisir Maros menyusut sekitar 35 persen dalam 20 tahun terakhir.'), []);
    assert.equal(numberFindings('Hutan bakau di pesisir Maros menyusut sekitar 35 persen dalam 30 tahun terakhir.').length, 1);
  });

  it('reads months, weeks and days as spans of time too', () => {
    const fees = corpusOfLines({ 'fees.txt': ['Pemerintah kabupaten akan membebaskan retribusi pasar selama enam bulan bagi pedagang yang terdampak kebakaran.'] });
    const found = (text: string) => checkDraft(fees, text + '\n', 'markdown').filter(d => d.code === 'number-mismatch').map(d => d.message);
    for (const span of ['setengah tahun', '26 minggu']) {
      assert.deepEqual(found(`Pemerintah kabupaten akan membebaskan retribusi pasar selama ${span} bagi pedagang yang terdampak kebakaran.`), [], span);
    }
    assert.equal(found('Pemerintah kabupaten akan membebaskan retribusi pasar selama 12 minggu bagi pedagang yang terdampak kebakaran.').length, 1);
  });

  it('compares a span of weeks or days with spans only, not with a count of something else', () => {
    const school = corpusOfLines({ 'school.txt': ['Eleven of the cases are linked to Cedar Ridge Elementary School, which closed on February 26 and reopened on March 24.'] });
    const plan = corpusOfLines({ 'plan.txt': ['Cedar Ridge Elementary School had been due to reopen after two weeks.'] });
    const found = (corpus: Corpus, text: string) => checkDraft(corpus, text + '\n', 'markdown').filter(d => d.code === 'number-mismatch').map(d => d.message);
    assert.deepEqual(found(school, 'Cedar Ridge Elementary School, where eleven of the cases were linked, was shut for nearly four weeks before reopening on March 24.'), []);
    assert.match(found(plan, 'Cedar Ridge Elementary School had been due to reopen after three weeks.').join('\n'), /“two”/);
  });

  it('reads a count of times against the ordinal of the same act, but not against a first', () => {
    const talks = corpusOfLines({ 'talks.txt': [
      'Ini adalah pertemuan langsung keempat antara Dahl dan Jonsson sejak sengketa perikanan dimulai.',
      'Festival Nelayan Tromsø tahun ini merupakan pertama kalinya diadakan di Norwegia utara sejak 2010.',
    ] });
    const found = (text: string) => checkDraft(talks, text + '\n', 'markdown').filter(d => d.code === 'number-mismatch');
    const [d, ...rest] = found('Dahl dan Jonsson telah bertemu langsung lima kali sejak sengketa perikanan dimulai.');
    assert.equal(rest.length, 0);
    assert.match(d?.message ?? '', /“keempat”/);
    assert.deepEqual(d.fixes.map(f => f.newText), ['4']);
    assert.deepEqual(found('Dahl dan Jonsson telah bertemu langsung empat kali sejak sengketa perikanan dimulai.'), []);
    // "The first time since 2010" is no count of two.
    assert.deepEqual(found('Festival Nelayan Tromsø sudah dua kali diadakan di Norwegia utara.'), []);
  });

  it('compares a figure with one an aligned passage gives for the same thing when the best passage, a headline, has none', () => {
    const study = corpusOfLines({ 'study.txt': [
      'Children living near major roads more likely to develop asthma, Carrow study finds',
      '',
      'CARROW, May 22, 2024 - Children who live within 500 meters of a major road are 28 percent more likely to develop asthma by age 10 than children who live farther away, according to a study by researchers at Carrow University.',
    ] });
    const found = checkDraft(study, 'Children near major roads were 38 percent more likely to develop asthma, the study found.\n', 'markdown')
      .filter(d => d.code === 'number-mismatch').map(d => d.message);
    assert.equal(found.length, 1);
    assert.match(found[0], /“28 percent”/);
  });
});

describe('hedged figures in the support verifier', () => {
  const kpk = corpusOfLines({ 'kpk.txt': ['Penyidik Komisi Pemberantasan Korupsi mengamankan 14 orang di Lampung dan Jakarta pada Kamis dini hari.'] });
  const missingFigures = (text: string) => {
    const claim = analyzeDraft(kpk, text, 'plaintext').sentences[0];
    const terms = claimTerms(kpk, claim, () => undefined);
    const best = bestEvidence(kpk, terms, 1)[0];
    return supportFeatures(kpk, claim, terms, best)[FEATURE_NAMES.indexOf('numberMissing')];
  };

  it('counts a bound the passage\'s figure fits as found, as the number check does', () => {
    assert.equal(missingFigures('Penyidik Komisi Pemberantasan Korupsi mengamankan lebih dari 10 orang di Lampung dan Jakarta.'), 0);
    assert.equal(missingFigures('Penyidik Komisi Pemberantasan Korupsi mengamankan setidaknya 14 orang di Lampung dan Jakarta.'), 0);
  });

  it('still counts a bound the figure does not fit, or a plain figure that differs, as missing', () => {
    assert.equal(missingFigures('Penyidik Komisi Pemberantasan Korupsi mengamankan lebih dari 20 orang di Lampung dan Jakarta.'), 1);
    assert.equal(missingFigures('Penyidik Komisi Pemberantasan Korupsi mengamankan 10 orang di Lampung dan Jakarta.'), 1);
  });

  it('flags a figure the passage gives to another thing, and names the figure the passage gives to this one', () => {
    const trade = corpusOfLines({ 'trade.txt': [
      'Tiongkok memasok sekitar 70 persen peralatan mesin dan 90 persen mikroelektronika yang diimpor Rusia.',
      'Menteri Luar Negeri Dana Whitlock mengumumkan bantuan tambahan senilai US$2 miliar, menyusul paket bantuan US$61 miliar yang disetujui parlemen bulan lalu.',
    ] });
    const found = (text: string) => checkDraft(trade, text + '\n', 'markdown').filter(d => d.code === 'number-mismatch').map(d => d.message);
    assert.match(found('Tiongkok memasok sekitar 90 persen peralatan mesin yang diimpor Rusia.')[0] ?? '', /^Sumber menyebut “70 persen”/);
    assert.match(found('Tiongkok memasok sekitar 70 persen mikroelektronika yang diimpor Rusia.')[0] ?? '', /^Sumber menyebut “90 persen”/);
    assert.deepEqual(found('Tiongkok memasok sekitar 70 persen peralatan mesin yang diimpor Rusia.'), []);
    // "9.8 million of them" counts what the sentence counted before: the claim's journeys, maybe.
    const rail = corpusOfLines({ 'rail.txt': ['Passenger numbers rose to 21.5 million journeys, and the busiest line carried 9.8 million of them.'] });
    assert.deepEqual(checkDraft(rail, 'The busiest line carried 9.8 million journeys.\n', 'markdown').filter(d => d.code === 'number-mismatch'), []);
    // Nothing after the figure: the word before it tells which of the passage's amounts is this one.
    assert.match(found('Bulan lalu parlemen menyetujui paket bantuan US$16 miliar.')[0] ?? '', /^Sumber menyebut “US\$61 miliar”/);
  });

  it('takes a lower bound the passage gives higher in the same words, not an upper bound or a plain figure', () => {
    const fair = corpusOfLines({ 'fair.txt': ['Paviliun itu akan menampung lebih dari 20 perusahaan Indonesia dan hingga 40 persen produk ekspor mereka.'] });
    const found = (text: string) => checkDraft(fair, text + '\n', 'markdown').filter(d => d.code === 'number-mismatch');
    assert.deepEqual(found('Paviliun itu akan menampung lebih dari 15 perusahaan Indonesia.'), []);
    assert.equal(found('Paviliun itu akan menampung hingga 60 persen produk ekspor mereka.').length, 1);
    assert.equal(found('Paviliun itu akan menampung lebih dari 25 perusahaan Indonesia.').length, 1);
  });

  it('reads "sampai" before a figure as the bound "hingga" is', () => {
    const fair = corpusOfLines({ 'fair.txt': ['Harga per unit laptop digelembungkan hingga 35 persen dari harga pasar.'] });
    const found = (text: string) => checkDraft(fair, text + '\n', 'markdown').filter(d => d.code === 'number-mismatch');
    assert.deepEqual(found('Harga tiap laptop dinaikkan sampai 35 persen di atas harga pasar.'), []);
    assert.equal(found('Harga tiap laptop dinaikkan sampai 45 persen di atas harga pasar.').length, 1);
  });

  it('reads "paling lama" before a figure as the bound "hingga" is', () => {
    const law = corpusOfLines({ 'kasus.txt': ['Para tersangka dijerat Undang-Undang Perbankan dengan ancaman hukuman hingga 10 tahun penjara.'] });
    const found = (text: string) => checkDraft(law, text + '\n', 'markdown').filter(d => d.code === 'number-mismatch');
    assert.deepEqual(found('Para tersangka diancam hukuman penjara paling lama 10 tahun berdasarkan Undang-Undang Perbankan.'), []);
    assert.equal(found('Para tersangka diancam hukuman penjara paling lama 15 tahun berdasarkan Undang-Undang Perbankan.').length, 1);
  });

  it('reads "sebagian besar dari" before a figure as most of it, no bound ("lebih besar dari" is one)', () => {
    const water = corpusOfLines({ 'pdam.txt': ['PDAM Tirta Sela saat ini melayani 92.350 pelanggan, sebanyak 78.600 di antaranya merupakan pelanggan rumah tangga.'] });
    const found = (text: string) => checkDraft(water, text + '\n', 'markdown').filter(d => d.code === 'number-mismatch');
    assert.deepEqual(found('Sebagian besar dari 92.350 pelanggan PDAM Tirta Sela, yakni 78.600, adalah pelanggan rumah tangga.'), []);
    assert.equal(found('Sebagian besar dari 95.000 pelanggan PDAM Tirta Sela adalah pelanggan rumah tangga.').length, 1);
  });
});

describe('"sejauh" before a figure', () => {
  // The river fixture: the team "menyisir sungai hingga lima kilometer ke arah hilir".
  const numbers = messagesOf(fixtureCorpus('tenggelam-sungai'), 'number-mismatch');

  it('bounds it as "hingga" does: the same bound fits, another figure does not', () => {
    assert.deepEqual(numbers('Pada hari pertama pencarian, 45 personel gabungan menurunkan dua perahu karet dan menyisir Sungai Kerinding sejauh lima kilometer ke arah hilir.'), []);
    assert.equal(numbers('Pada hari pertama pencarian, 45 personel gabungan menurunkan dua perahu karet dan menyisir Sungai Kerinding sejauh tujuh kilometer ke arah hilir.').length, 1);
  });
});

