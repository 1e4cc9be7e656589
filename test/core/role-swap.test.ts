import * as assert from 'node:assert/strict';
import { corpusOfLines, seedCorpus } from './seed-corpus';
import { checkDraft } from '../../server/src/core/checks/check';
import { Corpus } from '../../server/src/core/index/corpus';

// Who did what to whom, turned round: every word of the sentence is in the source, only the roles differ. Made-up
// sources in both languages; the seed articles for what must stay quiet.

const indonesian = corpusOfLines({
  'final.txt': [
    'Pada final hari Minggu, Persikota Raya mengalahkan Bintang Timur dengan skor 2-1 di Stadion Mandala.',
    'Pelatih Bintang Timur, Darto Wiryo, mengakui timnya lengah pada babak kedua.',
    'Sehari sebelumnya, Rina Sari menemui Joko Prasetyo di Balai Kota untuk membahas anggaran stadion.',
  ],
});
const english = corpusOfLines({
  'match.txt': [
    'Harwick United defeated Port Calder Rovers 3-1 on Saturday at Mill Road.',
    'Councillor Tomas Reyes met Mayor Ada Quinn on Monday to discuss the stadium lease.',
  ],
});

const contradictions = (corpus: Corpus, text: string) =>
  checkDraft(corpus, text + '\n', 'markdown').filter(d => d.code === 'contradiction').map(d => d.message);

describe('roles turned round', () => {
  it('flags an Indonesian sentence whose sides of the verb are swapped, in either voice', () => {
    const [active] = contradictions(indonesian, 'Pada final hari Minggu, Bintang Timur mengalahkan Persikota Raya dengan skor 2-1.');
    assert.match(active, /^Pelaku dan sasarannya tertukar: sumber menyebut “Persikota Raya mengalahkan Bintang Timur”; draf menyebut “Bintang Timur mengalahkan Persikota Raya”\. final\.txt:/);
    assert.equal(contradictions(indonesian, 'Pada final hari Minggu, Persikota Raya dikalahkan oleh Bintang Timur dengan skor 2-1.').length, 1);
  });

  it('flags a dependence turned round ("A bergantung pada B"), and passes it as the source says it', () => {
    const trade = corpusOfLines({ 'dagang.txt': [
      'Sejak itu, Norwegia semakin bergantung secara ekonomi pada Islandia, karena sanksi Eropa memutus akses pelabuhannya.',
      'Harga ikan di Bergen naik sepanjang musim dingin.',
    ] });
    const [swapped, ...rest] = contradictions(trade, 'Islandia semakin bergantung secara ekonomi pada Norwegia karena sanksi Eropa.');
    assert.equal(rest.length, 0);
    assert.match(swapped, /sumber menyebut “Norwegia semakin bergantung secara ekonomi pada Islandia”/);
    assert.deepEqual(contradictions(trade, 'Norwegia semakin bergantung secara ekonomi pada Islandia karena sanksi Eropa.'), []);
  });

  it('leaves the same roles in the other voice alone', () => {
    assert.deepEqual(contradictions(indonesian, 'Pada final hari Minggu, Bintang Timur dikalahkan oleh Persikota Raya dengan skor 2-1.'), []);
    assert.deepEqual(contradictions(english, 'Port Calder Rovers were defeated by Harwick United 3-1 on Saturday.'), []);
  });

  it('flags an English sentence whose roles are swapped, active or passive', () => {
    const [active] = contradictions(english, 'Port Calder Rovers defeated Harwick United 3-1 on Saturday at Mill Road.');
    assert.match(active, /^Who did what to whom is the other way round in the source: the source says “Harwick United defeated Port Calder Rovers”; the draft says “Port Calder Rovers defeated Harwick United”\./);
    assert.equal(contradictions(english, 'Harwick United was defeated by Port Calder Rovers 3-1 on Saturday.').length, 1);
  });

  it('reads a win said with a preposition or a noun, in either language, as the same act as a defeat', () => {
    assert.equal(contradictions(indonesian, 'Bintang Timur menang 2-1 atas Persikota Raya pada final hari Minggu.').length, 1);
    assert.equal(contradictions(indonesian, 'Persikota Raya kalah dari Bintang Timur pada final hari Minggu.').length, 1);
    assert.deepEqual(contradictions(indonesian, 'Bintang Timur kalah dari Persikota Raya pada final hari Minggu.'), []);
    assert.deepEqual(contradictions(indonesian, 'Kemenangan 2-1 Persikota Raya atas Bintang Timur terjadi pada final hari Minggu.'), []);
    assert.equal(contradictions(english, 'Harwick United lost to Port Calder Rovers 3-1 on Saturday.').length, 1);
    assert.deepEqual(contradictions(english, 'Port Calder Rovers lost to Harwick United 3-1 on Saturday.'), []);
  });

  it('says nothing of a verb whose sides may trade places', () => {
    assert.deepEqual(contradictions(indonesian, 'Sehari sebelumnya, Joko Prasetyo menemui Rina Sari di Balai Kota untuk membahas anggaran stadion.'), []);
    assert.deepEqual(contradictions(english, 'Mayor Ada Quinn met Councillor Tomas Reyes on Monday to discuss the stadium lease.'), []);
  });

  it('stays quiet on the seed articles read back as a draft', () => {
    const seeds = seedCorpus();
    const draft = seeds.docs.map(d => d.facts.text).join('\n\n');
    assert.ok(!checkDraft(seeds, draft, 'plaintext').some(d => d.message.includes('tertukar')));
  });

  it('reads a side named with a title that holds another name ("Gubernur Jawa Tengah Bambang Sutrisno")', () => {
    const rebuke = corpusOfLines({ 'teguran.txt': ['Dalam rapat itu, Rina Sari ditegur oleh Gubernur Jawa Tengah Bambang Sutrisno dan Ketua DPRD Jawa Tengah Hadi Prabowo karena anggaran stadion membengkak.'] });
    const [swapped] = contradictions(rebuke, 'Bambang Sutrisno ditegur oleh Rina Sari karena anggaran stadion membengkak.');
    assert.match(swapped, /sumber menyebut “Rina Sari ditegur oleh Gubernur Jawa Tengah Bambang Sutrisno dan Ketua DPRD Jawa Tengah Hadi Prabowo”/);
    assert.deepEqual(contradictions(rebuke, 'Rina Sari ditegur oleh Bambang Sutrisno karena anggaran stadion membengkak.'), []);
  });

  it('passes a claim that another source, as close to it, says the same way round', () => {
    const both = corpusOfLines({
      'final.txt': ['Pada final hari Minggu, Persikota Raya mengalahkan Bintang Timur dengan skor 2-1 di Stadion Mandala.'],
      'ulangan.txt': ['Pada final ulangan hari Minggu, Bintang Timur mengalahkan Persikota Raya dengan skor 2-1 di Stadion Mandala.'],
    });
    assert.deepEqual(contradictions(both, 'Pada final ulangan hari Minggu, Bintang Timur mengalahkan Persikota Raya dengan skor 2-1 di Stadion Mandala.'), []);
    // A passage that says less of the claim does not outweigh the swap.
    const weaker = corpusOfLines({
      'final.txt': ['Pada final hari Minggu, Persikota Raya mengalahkan Bintang Timur dengan skor 2-1 di Stadion Mandala.'],
      'musim.txt': ['Musim lalu Bintang Timur mengalahkan Persikota Raya.'],
    });
    assert.equal(contradictions(weaker, 'Pada final hari Minggu, Bintang Timur mengalahkan Persikota Raya dengan skor 2-1 di Stadion Mandala.').length, 1);
  });

  it('leaves an act of two together alone, whichever of them is named first', () => {
    const talks = corpusOfLines({ 'talks.txt': ['Rina Sari berbicara dengan Joko Prasetyo di Balai Kota tentang anggaran stadion.'] });
    assert.deepEqual(contradictions(talks, 'Joko Prasetyo berbicara dengan Rina Sari di Balai Kota tentang anggaran stadion.'), []);
  });
});
