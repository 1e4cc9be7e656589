import * as assert from 'node:assert/strict';
import { corpusOfLines } from './seed-corpus';
import { checkDraft } from '../../server/src/core/checks/check';

// Figures a writer works out from the sources' own: a ratio for a share ("three in five" for "about 60 percent") and
// a difference ("$600,000 less than") between two figures a sentence of the story gives. Neither is a mismatch; a
// ratio or a difference the story's figures do not make still is. Made-up sources.

const corpus = corpusOfLines({
  'clinics.txt': [
    'Measles cases climb to 31 as clinics give 4,200 doses',
    '',
    'Free clinics have given 4,200 doses of MMR vaccine since they opened on March 1, about 60 percent of them to children under 18.',
  ],
  'vote.txt': ['The board voted to give the health department $1.2 million for its measles response, less than the $1.8 million the department had requested.'],
});
const numbers = (text: string) => checkDraft(corpus, text + '\n', 'markdown').filter(d => d.code === 'number-mismatch').map(d => d.message);

describe('figures worked out by the writer', () => {
  it('passes a ratio that gives the share the story gives', () => {
    assert.deepEqual(numbers('Free clinics have given 4,200 doses of MMR vaccine since March 1, roughly three in five of them to children under 18.'), []);
  });

  it('passes a difference between two figures of one sentence', () => {
    assert.deepEqual(numbers('The board gave the health department $1.2 million for its measles response, $600,000 less than the department had requested.'), []);
  });

  it('flags a difference the figures do not make', () => {
    assert.equal(numbers('The board gave the health department $1.2 million for its measles response, $500,000 less than the department had requested.').length, 1);
  });
});
