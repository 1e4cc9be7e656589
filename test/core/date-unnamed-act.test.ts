import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// A weekday for an act that no name dates, against the passage that states nearly all of the claim and dates that
// very act otherwise (date-passages.ts unnamedActDate): another weekday two sentences on dates something else.

const corpus = corpusOfLines({
  'pemogokan.txt': [
    'Dockers at Port Elswick rejected the new shift rota, their union said.',
    'Shop steward Tom Reilly said members voted 96 to 12 on Monday to reject the rota.',
    'The port authority said it would study the result.',
    'Transport minister Ruth Adair said on Thursday that she would not intervene.',
  ],
  'cuaca.txt': ['Heavy rain closed the coast road near Elswick for most of the week.'],
});
const flagged = flaggedBy(corpus);
const dateFixes = (text: string) => flagged(text).filter(d => d.code === 'date-mismatch').flatMap(d => d.fixes.map(f => f.newText));

describe('a weekday for an act no name dates', () => {
  it('is held against the date of the passage that states the act', () => {
    assert.deepEqual(dateFixes('Members of the dockers\' union voted on Thursday to reject the rota.\n'), ['Monday']);
  });

  it('passes the passage\'s own weekday, and the weekday of the other act', () => {
    assert.deepEqual(dateFixes('Members of the dockers\' union voted on Monday to reject the rota.\n'), []);
    assert.deepEqual(dateFixes('Ruth Adair said on Thursday that she would not intervene.\n'), []);
  });
});

// A passage that tells the event without its date, right after the sentence that dates it: the story's date is the
// event's (date-passages.ts datedBefore).
const trial = corpusOfLines({
  'trial.txt': [
    'A jury in Kelso on Friday found the former harbour master guilty of fraud.',
    'The jury deliberated for three days before reaching its verdict.',
    'His lawyer said he would appeal.',
  ],
  'market.txt': ['The fish market in Kelso reopened on Monday after repairs.'],
});

describe('an event a story dates in the sentence before the passage', () => {
  const fixesOf = (text: string) => flaggedBy(trial)(text).filter(d => d.code === 'date-mismatch').flatMap(d => d.fixes.map(f => f.newText));

  it('is held against that date', () => {
    assert.deepEqual(fixesOf('The jury reached its verdict on Monday.\n'), ['Friday']);
  });

  it('passes the story\'s date', () => {
    assert.deepEqual(fixesOf('The jury reached its verdict on Friday.\n'), []);
  });
});

// A passage's only date, put before its verb ("… on Monday approved …"), dates the act the claim dates otherwise; not
// where the passage also dates by its writing ("this year … in 2018").
const licence = corpusOfLines({
  'licence.txt': [
    'The national planning board on Monday approved the Harwick solar park, a field of 9,000 panels.',
    'Its chair said on Thursday that work would start in June.',
    'The Harwick rowing club won the county cup this year, building on its title in 2018.',
  ],
  'protest.txt': ['About 50 residents protested outside the town hall on Thursday.'],
});

describe('a passage\'s only date, before its verb', () => {
  const fixesOf = (text: string) => flaggedBy(licence)(text).filter(d => d.code === 'date-mismatch').flatMap(d => d.fixes.map(f => f.newText));

  it('is held against the claim\'s date', () => {
    assert.deepEqual(fixesOf('The planning board approved the solar park on Thursday.\n'), ['Monday']);
  });

  it('is not where the passage also dates by its writing', () => {
    assert.deepEqual(fixesOf('The Harwick rowing club won the county cup in 2019.\n'), []);
  });
});
