import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// A known name where the passage has another in the same slot, one written with an article and one without ("to
// the Carrow Cancer Centre", "to Northfield District Hospital"), and a body the tagger could not type standing for
// an organisation (entity-swap.ts). A made-up corpus.

const corpus = corpusOfLines({
  'opening.txt': [
    'The Northfield District Hospital will open a new cancer wing in March 2027, the regional health authority said.',
    'The wing will add 60 beds, according to the authority\'s chair, Helen Marsh.',
  ],
  'travel.txt': [
    'Patients from the valley travel an average of 90 minutes each way to the Carrow Cancer Centre, a study by Westmoor University has found.',
    'The study followed 1,200 patients over three years.',
  ],
});
const flagged = flaggedBy(corpus);
const swapFixes = (text: string) => flagged(text).filter(d => d.code === 'unknown-entity').flatMap(d => d.fixes.map(f => f.newText));

describe('a name swapped in a slot the other fills with an article', () => {
  it('is reported, with the passage\'s name as the fix', () => {
    assert.deepEqual(swapFixes('Patients from the valley travel an average of 90 minutes each way to Northfield District Hospital.\n'), ['Carrow Cancer Centre']);
  });

  it('passes the passage\'s own name, with or without the article', () => {
    assert.deepEqual(swapFixes('Patients from the valley travel an average of 90 minutes each way to Carrow Cancer Centre.\n'), []);
    assert.deepEqual(swapFixes('Patients from the valley travel an average of 90 minutes each way to the Carrow Cancer Centre.\n'), []);
  });
});
