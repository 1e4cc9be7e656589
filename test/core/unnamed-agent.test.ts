import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// An act the passage gives to a body it describes but does not name, claimed for a named one (checks/unnamed-agent.ts):
// "Kelso College paid for the survey …" where the passage has "The county water board paid for the survey …". A
// made-up corpus, English and Indonesian.

const corpus = corpusOfLines({
  'survey.txt': [
    'A survey by Kelso College found that half of the river samples held microplastics.',
    'The survey, led by chemist Dr Maya Lind, took water from 40 sites along the Tarn.',
    'The county water board paid for the survey with a grant of £80,000.',
  ],
  'ferry-deal.txt': [
    'The Harwick Chamber of Commerce said the ferry closure had cost local shops dearly.',
    'Ferry crews walked out in March over new rotas.',
    'The crews voted to return to work on Friday.',
    'The deal was reached after three days of talks chaired by the regional mediation service.',
  ],
  'ferry.txt': ['The Tarn ferry will stop running in January while its landing is rebuilt.'],
  'banjir.txt': [
    'Wakil Bupati Arif Santoso meninjau tanggul yang jebol di Desa Kalipare pada hari Minggu.',
    'Banjir merendam tiga desa di tepi Sungai Lesti.',
    'Warga mengungsi ke balai desa dan masjid terdekat.',
    'Dinas sosial kabupaten membagikan 500 paket bantuan kepada para pengungsi.',
  ],
});
const flagged = flaggedBy(corpus);
const fixes = (text: string) => flagged(text).filter(d => d.code === 'unknown-entity').flatMap(d => d.fixes.map(f => f.newText));

describe('an act of an unnamed body claimed for a named one', () => {
  it('is reported on the name, with the passage\'s subject as the fix', () => {
    assert.deepEqual(fixes('Kelso College paid for the survey with a grant of £80,000.\n'), ['The county water board']);
    assert.deepEqual(fixes('Arif Santoso membagikan 500 paket bantuan kepada para pengungsi.\n'), ['Dinas sosial kabupaten']);
  });

  it('is reported where the passage gives the act in the passive, with the sentence\'s article in the fix', () => {
    const [fix] = flagged('The Harwick Chamber of Commerce chaired the talks that produced the deal.\n').filter(d => d.code === 'unknown-entity').flatMap(d => d.fixes);
    assert.equal(fix?.newText, 'The regional mediation service');
    assert.equal(fix?.start, 0);
  });

  it('passes a subject another passage gives the same act, though the passage ranked first opens with an unknown word', () => {
    // "Gueye" opens its sentence and is nowhere else, so it is no name the sources know: that passage reads as one
    // with an unnamed subject; the other says the same of Joel Obi.
    const careers = corpusOfLines({
      'obi.txt': ['Joel Obi memulai karier juniornya di klub Internazionale kemudian memulai karier seniornya di klub tersebut.'],
      'gueye.txt': ['Gueye memulai karier juniornya di klub Lille kemudian memulai karier seniornya di klub tersebut pada tahun 2010.'],
    });
    assert.deepEqual(flaggedBy(careers)('Joel Obi sudah memulai karier seniornya.\n'), []);
  });

  it('passes the subject the passage names, and a body the name itself describes', () => {
    assert.deepEqual(flagged('The county water board paid for the survey with a grant of £80,000.\n'), []);
    assert.deepEqual(fixes('Kelso College found that half of the river samples held microplastics.\n'), []);
  });
});
