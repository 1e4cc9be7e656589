import * as assert from 'node:assert/strict';
import { corpusOfLines, fixtureCorpus, flaggedBy } from './seed-corpus';

// A speaker named after their role and set off by commas ("The harbour master, Owen Pryce, said …") speaks what
// follows, so the same words put in another known person's mouth are a swap (facts/attribution.ts speaksIn).

const corpus = corpusOfLines({
  'protest.txt': [
    'Around 200 fishermen sailed into Aberly harbour on Thursday to protest against the wind farm.',
    'Isla Brennan, who chairs the fishermen\'s association, said the fund was too small.',
    'The harbour master, Owen Pryce, said the protest had been peaceful.',
  ],
  'weather.txt': ['Heavy rain closed the coast road for most of the week.'],
});
const flagged = flaggedBy(corpus);
const swapFixes = (text: string) => flagged(text).filter(d => d.code === 'unknown-entity').flatMap(d => d.fixes.map(f => f.newText));

describe('a speaker set off by commas after their role', () => {
  it('is the rival of another person given their words', () => {
    assert.deepEqual(swapFixes('Brennan said the protest had been peaceful.\n'), ['Owen Pryce']);
  });

  it('passes their own words', () => {
    assert.deepEqual(swapFixes('Owen Pryce said the protest had been peaceful.\n'), []);
  });
});

describe('a speaker set off by commas after a name of the one they speak for', () => {
  // The forged-diploma fixture quotes the lawyer, "kata Yosef seusai sidang", and names his client Hendra.
  const diploma = flaggedBy(fixtureCorpus('ijazah-palsu'));
  const quote = '“Dakwaan jaksa kabur karena tidak menjelaskan siapa yang membuat ijazah itu.”';

  it('speaks, not the client whose name the comma closes', () => {
    assert.deepEqual(diploma(`Kuasa hukum Hendra, Yosef Manurung, mengatakan, ${quote}\n`).map(d => d.code), []);
  });

  it('leaves the client named alone as the one who speaks', () => {
    assert.equal(diploma(`Hendra mengatakan, ${quote}\n`).length, 1);
  });
});

describe('a speaker set off by commas after an office and its place', () => {
  // "Bupati Kalirejang, Yuliana Hartati, menegaskan": the regent speaks, not the regency, whose name the registry has
  // inside another body's ("Inspektorat Kabupaten Kalirejang").
  const market = flaggedBy(fixtureCorpus('proyek-mangkrak'));
  // "Kepala Desa Sungai Keruh, Syamsul Bahri, mengatakan": the village head, who said nothing of snares.
  const tiger = flaggedBy(fixtureCorpus('konflik-harimau'));

  it('is the one whose words a passage must give', () => {
    assert.deepEqual(market('Bupati Kalirejang, Yuliana Hartati, menegaskan, “Kami tidak ingin pedagang menjadi korban untuk kedua kalinya.”\n').map(d => d.code), []);
  });

  it('is flagged for what no passage has them say', () => {
    assert.equal(tiger('Kepala Desa Sungai Keruh, Syamsul Bahri, mengatakan warga akan memasang jerat sendiri jika harimau tidak tertangkap dalam sepekan.\n').length, 1);
  });
});

