import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines } from './seed-corpus';
import { checkDraft } from '../../server/src/core/checks/check';

// A claim that says where something happened is not backed by a passage that says nothing of the place, though the
// story names it paragraphs away as somewhere else a person goes, nor by one beside which the event is put in another
// country or capital. A passage beside the place's name, a story that opens with it (a dateline) or puts something there
// (and the passage no rival place) backs it. Made-up sources, so the rule carries each case.

const filler = (n: number, town: string) => fillerLines(n, 'id', town);
const corpus = corpusOfLines({
  'ties.txt': [
    'Kedua pemimpin terus memperkuat hubungan perdagangan, perikanan dan kerja sama pelabuhan negara mereka sejak perjanjian tahun lalu.',
    ...filler(6, 'Bergen'),
    'Selain bertemu dengan Ingrid Dahl di Oslo, Lars Jonsson juga diharapkan mengunjungi Tromsø, kota pelabuhan di utara Norwegia.',
  ],
  'dateline.txt': [
    'TROMSØ — Musim dingin tahun ini datang lebih awal dari biasanya.',
    ...filler(3, 'Bodø'),
    'Ingrid Dahl dan Lars Jonsson bersama-sama meresmikan dermaga baru untuk kapal penangkap ikan.',
  ],
  'other.txt': filler(30, 'Bergen'),
  'summit.txt': [
    'Kedua pemimpin bertemu pada hari Kamis untuk pembicaraan tatap muka pertama mereka sejak sengketa perikanan dimulai.',
    'Duduk berseberangan di meja panjang, kedua pemimpin bertemu di sela-sela pertemuan puncak Dewan Nordik di Norwegia.',
    ...filler(4, 'Bodø'),
    'Dewan itu beranggotakan negara-negara di Swedia, Finlandia, Islandia dan Norwegia.',
  ],
});
// Every finding, information too: a claim whose every word the passage has is a weak finding (weak-support.ts).
const flagged = (text: string) => checkDraft(corpus, text + '\n', 'markdown');

describe('a place the passage does not give', () => {
  it('flags a placed claim whose only passage says nothing of the place the story names apart', () => {
    const found = flagged('Di Tromsø, Ingrid Dahl dan Lars Jonsson memperkuat hubungan perdagangan dan kerja sama pelabuhan.');
    assert.deepEqual(found.map(d => d.code), ['unsupported-claim']);
    assert.match(found[0].message, /Kedua pemimpin terus memperkuat/);
  });

  it('passes it where the story opens with the place', () => {
    assert.deepEqual(flagged('Di Tromsø, Ingrid Dahl dan Lars Jonsson bersama-sama meresmikan dermaga baru untuk kapal penangkap ikan.'), []);
  });

  it('flags a placed claim whose passage puts the event in another country, naming the place: a warning', () => {
    const claim = (place: string) => `Kedua pemimpin menggelar pembicaraan tatap muka pertama sejak sengketa perikanan dimulai di sela-sela pertemuan puncak Dewan Nordik di ${place}.`;
    const found = flagged(claim('Swedia'));
    assert.deepEqual(found.map(d => `${d.severity} ${d.code}`), ['warning unsupported-claim']);
    assert.match(found[0].message, /“Swedia”/);
    assert.deepEqual(flagged(claim('Norwegia')), []);
  });

  it('flags a thing put in another town than its passage puts it, though a sentence beside names the town', () => {
    const towns = corpusOfLines({
      'fire.txt': [
        'The worker who died was identified as Owen Harker, a maintenance technician from Port Callen.',
        'Two of the injured were flown to St. Brennan\'s Hospital in Dunmere with serious burns.',
        ...fillerLines(6, 'en', 'Marrowby'),
      ],
      'shelter.txt': [
        'Hundreds of people spent a second night at Harlow Street Secondary School in Dunmere.',
        ...fillerLines(3, 'en', 'Kessler'),
        'The fire reached the town of Almora Falls, north of Dunmere, on Monday.',
      ],
    });
    const warned = (text: string) => checkDraft(towns, text + '\n', 'markdown').filter(d => d.severity === 'warning').map(d => d.code);
    assert.deepEqual(warned('The two workers with serious burns were flown to St. Brennan\'s Hospital in Port Callen.'), ['unsupported-claim']);
    assert.deepEqual(warned('Hundreds of evacuees spent a second night at a secondary school in Almora Falls.'), ['unsupported-claim']);
    assert.deepEqual(warned('The two workers with serious burns were flown to St. Brennan\'s Hospital in Dunmere.'), []);
    assert.deepEqual(warned('Hundreds of evacuees spent a second night at a secondary school in Dunmere.'), []);
  });

  it('flags a meeting put in the town its passage names only for a visit, the passage meeting in a capital a few words on', () => {
    const warned = (text: string) => flagged(text).filter(d => d.severity === 'warning');
    const [d, ...rest] = warned('Ingrid Dahl dan Lars Jonsson bertemu di Tromsø.');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /“di Tromsø”/);
    assert.deepEqual(warned('Lars Jonsson bertemu dengan Ingrid Dahl di Oslo.'), []);
  });

  it('flags a place the passage names only otherwise, holding the same act in another country; names it with "di"', () => {
    const games = corpusOfLines({ 'games.txt': [
      'Komite Olimpiade mengumumkan bahwa Rusia dilarang mengikuti Pesta Olahraga Musim Dingin 2030, yang akan diselenggarakan di Oslo, Norwegia, karena masalah doping.',
    ] });
    const warned = (text: string) => checkDraft(games, text + '\n', 'markdown').filter(d => d.severity === 'warning');
    const [d] = warned('Pesta Olahraga Musim Dingin 2030 akan diselenggarakan di Rusia.');
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /“di Rusia”/);
    assert.deepEqual(warned('Pesta Olahraga Musim Dingin 2030 akan diselenggarakan di Norwegia.'), []);
  });

  it('passes the claim without the place', () => {
    assert.deepEqual(flagged('Ingrid Dahl dan Lars Jonsson memperkuat hubungan perdagangan dan kerja sama pelabuhan.'), []);
  });
});
