import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedIn } from './seed-corpus';

// A negation weighed against the clause it stands in: "Desai promised to change the plan after meeting the parents"
// where the source says she "did not promise to change the plan", and says nothing of the meeting in that sentence
// (checks/contradiction-check.ts, ownCoverageAround). A made-up corpus.

const corpus = corpusOfLines({
  'school.txt': [
    'Councillor Anita Desai said she would meet the parents in March.',
    'She said the council would look again at the numbers but did not promise to change the plan.',
    'The head teacher said staff were shocked.',
  ],
});
const codes = (text: string) => flaggedIn(corpus, text + '\n').map(d => d.code);

describe('a negation against one clause of a sentence that joins two', () => {
  it('is a contradiction where the passage states that clause in its own sentence', () => {
    assert.deepEqual(codes('Councillor Desai promised to change the plan after meeting the parents in March.'), ['contradiction']);
  });

  it('passes the clause as the passage gives it', () => {
    assert.deepEqual(codes('Councillor Desai did not promise to change the plan after meeting the parents in March.'), []);
  });
});
