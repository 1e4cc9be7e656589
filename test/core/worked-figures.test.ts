import * as assert from 'node:assert/strict';
import { corpusOfLines, fixtureCorpus } from './seed-corpus';
import { checkDraft } from '../../server/src/core/checks/check';

// Figures a writer works out from the sources' own: a ratio for a share ("three in five" for "about 60 percent"), a
// fraction of a figure ("two-thirds of the $1.2 million") the story gives the whole and a part of, and a difference
// ("$600,000 less than") between two figures a sentence of the story gives. None is a mismatch; a ratio or a
// difference the story's figures do not make still is, and a fraction is never held against a count. Made-up sources.

const corpus = corpusOfLines({
  'clinics.txt': [
    'Measles cases climb to 31 as clinics give 4,200 doses',
    '',
    'Free clinics have given 4,200 doses of MMR vaccine since they opened on March 1, about 60 percent of them to children under 18.',
  ],
  'vote.txt': ['The board voted to give the health department $1.2 million for its measles response, less than the $1.8 million the department had requested.'],
  'aid.txt': ['The district said it would release $2 million in emergency aid.', 'The national government added $1.5 million in aid on Wednesday.'],
  'fund.txt': ['On Tuesday evening, the town council voted seven to two to set up a $1.2 million relief fund. The council will contribute $400,000 and the ferry company the remaining $800,000.'],
});
const numbers = (text: string) => checkDraft(corpus, text + '\n', 'markdown').filter(d => d.code === 'number-mismatch').map(d => d.message);

describe('figures worked out by the writer', () => {
  it('passes a ratio that gives the share the story gives', () => {
    assert.deepEqual(numbers('Free clinics have given 4,200 doses of MMR vaccine since March 1, roughly three in five of them to children under 18.'), []);
  });

  it('passes a difference in percentage points between the figures of two stories', () => {
    const offers = corpusOfLines({
      'deal.txt': ['Nurses backed the offer of a 7.5 percent rise by 609 votes to 261.'],
      'strike.txt': ['The trust has offered 4.5 percent, and the union is demanding 9 percent.'],
    });
    const found = checkDraft(offers, 'The 7.5 percent rise the nurses backed was 3 percentage points more than the trust offered.\n', 'markdown');
    assert.deepEqual(found.filter(d => d.code === 'number-mismatch'), []);
  });

  it('passes a difference between two figures of one sentence', () => {
    assert.deepEqual(numbers('The board gave the health department $1.2 million for its measles response, $600,000 less than the department had requested.'), []);
  });

  it('passes a fraction of a figure that the story\'s part of it makes, and holds no fraction against a count', () => {
    assert.deepEqual(numbers('The ferry company will provide two-thirds of the $1.2 million relief fund set up by the town council.'), []);
    assert.deepEqual(numbers('The town council will provide a third of the $1.2 million relief fund.'), []);
    // No part makes three-quarters; still no "seven" (the vote) for it.
    assert.ok(!numbers('The ferry company will provide three-quarters of the $1.2 million relief fund.').some(m => /seven/.test(m)));
  });

  it('passes a total of the claim\'s own figures, and still holds each part against the story', () => {
    const total = (sum: string, part: string) => numbers(`Emergency aid reached ${sum} after the national government added $1.5 million to the ${part} promised by the district.`);
    assert.ok(!total('$3.5 million', '$2 million').some(m => /“\$3\.5 million”/.test(m)));
    assert.ok(total('$4.5 million', '$3 million').some(m => /“\$3 million”/.test(m)));
  });

  it('flags a difference the figures do not make', () => {
    assert.equal(numbers('The board gave the health department $1.2 million for its measles response, $500,000 less than the department had requested.').length, 1);
  });

  it('passes a difference worked out from the claim\'s own figure and the story\'s, and flags one they do not make', () => {
    const trial = fixtureCorpus('sidang');
    const flagged = (text: string) => checkDraft(trial, text + '\n', 'markdown').filter(d => d.severity === 'error' || d.severity === 'warning');
    assert.deepEqual(flagged('Hendra dihukum tujuh tahun penjara, dua tahun lebih ringan daripada tuntutan jaksa yang meminta sembilan tahun.'), []);
    assert.equal(flagged('Hendra dihukum tujuh tahun penjara, tiga tahun lebih ringan daripada tuntutan jaksa yang meminta sembilan tahun.').length, 1);
  });
});
