import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// A figure the claim makes a whole ("all 140 posts", "seluruh 300 karyawan") where the sources count a part of it
// ("about a third of the 140 posts", "sebagian dari 300 karyawan"): a number mismatch with the part as the fix
// (checks/part-of-whole.ts). A made-up corpus.

const corpus = corpusOfLines({
  'jobs.txt': [
    'The council said about a third of the 140 new posts would be filled by agency workers in the first year.',
    'Union leaders said they had been promised permanent contracts.',
    'The new oversight board would have seven members, three of them chosen by the unions.',
    'The tribunal upheld four of the six complaints against the council.',
    'The flood closed three of the town\'s five bridges.',
  ],
  'pabrik.txt': [
    'Manajemen pabrik tekstil di Waringin memberhentikan sebagian dari 300 karyawan pada bulan Mei.',
    'Serikat pekerja menilai keputusan itu melanggar perjanjian kerja.',
  ],
  'weather.txt': ['Heavy rain closed the coast road for most of the week.'],
});
const flagged = flaggedBy(corpus);
const numberFixes = (text: string) => flagged(text).filter(d => d.code === 'number-mismatch').flatMap(d => d.fixes.map(f => f.newText));

describe('a whole claimed where the sources count a part', () => {
  it('is a number mismatch, the part as the fix', () => {
    assert.deepEqual(numberFixes('The council said all 140 new posts would be filled by agency workers in the first year.\n'), ['about a third of the 140']);
    assert.deepEqual(numberFixes('Manajemen pabrik tekstil di Waringin memberhentikan seluruh 300 karyawan pada bulan Mei.\n'), ['sebagian dari 300']);
  });

  it('is a number mismatch where the sources count fewer of the same things', () => {
    assert.deepEqual(numberFixes('The tribunal upheld all six complaints against the council.\n'), ['four of the six']);
    assert.deepEqual(numberFixes('The flood closed all five of the town\'s bridges.\n'), ['three of the town\'s five']);
  });

  it('is a number mismatch where the sources take a part out of the whole for what the claim has all do', () => {
    assert.deepEqual(numberFixes('All seven members of the oversight board would be chosen by the unions.\n'), ['three of them']);
    assert.deepEqual(numberFixes('All seven members of the oversight board would be paid by the council.\n'), []);
  });

  it('passes the part, and the figure written without a whole', () => {
    assert.deepEqual(numberFixes('The council said a third of the 140 new posts would be filled by agency workers.\n'), []);
    assert.deepEqual(numberFixes('The council plans 140 new posts, some of them filled by agency workers.\n'), []);
  });
});
