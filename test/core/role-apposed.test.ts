import * as assert from 'node:assert/strict';
import { corpusOfLines, fixtureCorpus, flaggedBy } from './seed-corpus';

// A title the sources set beside another person with a comma ("The college's director, Dr Omar Haddad", "Omar
// Haddad, the director") is that person's: given to someone else, it is a wrong role, though the passage that
// states the rest of the claim has the title word for word (entity-check.ts roleInPassage).

const corpus = corpusOfLines({
  'college.txt': [
    'The new science block at Kelso College will open in September, the county council said on Friday.',
    'The block, built for £12 million, will add 30 laboratories, according to the council\'s chair, Grace Hale.',
    'The college\'s director, Dr Omar Haddad, said the block would need 25 new teachers.',
    'Omar Haddad, the director, declined to say how they would be found.',
  ],
  'roads.txt': ['The ring road around Kelso will be resurfaced in the spring.'],
});
const flagged = flaggedBy(corpus);
const roleFindings = (text: string) => flagged(text).filter(d => d.code === 'unknown-entity').map(d => d.message);

describe('a title set beside another person', () => {
  it('is a wrong role for the person the claim gives it to', () => {
    const [found] = roleFindings('Grace Hale, the college\'s director, said the block would add 30 laboratories.\n');
    assert.match(found ?? '', /Grace Hale.*“director”/);
  });

  it('is no wrong role for its own person', () => {
    assert.deepEqual(roleFindings('Omar Haddad, the college\'s director, said the block would need 25 new teachers.\n'), []);
  });
});

describe('a verb after a name and its comma', () => {
  // "Bambang Wicaksono, mengatakan jumlah anggota …" (the cooperative fixture): what he said, no title "anggota" of his;
  // "Darmawan Siregar, mendesak bupati …" (the shrimp-pond fixture) likewise in a claim.
  const roles = (fixture: string, text: string) => flaggedBy(fixtureCorpus(fixture))(text + '\n').filter(d => d.code === 'unknown-entity').map(d => d.message);

  it('gives the person no role, in the story or in the claim', () => {
    assert.deepEqual(roles('penggelapan-koperasi', 'Kepala Dinas Koperasi dan UKM Karangsela, Bambang Wicaksono, mengatakan, “Pengawas koperasi tidak pernah mencocokkan buku tabungan dengan laporan kas. Di situ celahnya.”'), []);
    assert.deepEqual(roles('tambak-udang', 'Ketua Komisi III DPRD Pasir Rambai, Darmawan Siregar, mendesak bupati mencabut izin PT SWP secara permanen.'), []);
  });
});
