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
    'No residents of Marrowby were told to leave their homes, though police closed the coast road for six hours.',
    'Black smoke from the burning refinery drifted slowly over the harbour all morning.',
  ],
});
const codes = (text: string) => flaggedIn(corpus, text + '\n').map(d => d.code);

describe('a negation against one clause of a sentence that joins two', () => {
  it('is a contradiction where the passage states that clause in its own sentence', () => {
    assert.deepEqual(codes('Councillor Desai promised to change the plan after meeting the parents in March.'), ['contradiction']);
  });

  it('reads a clause that "as" opens apart: "… were told to leave their homes as smoke drifted over the town"', () => {
    assert.deepEqual(codes('Residents of Marrowby were told to leave their homes as thick black smoke from the burning refinery drifted slowly over the town and its harbour.'), ['contradiction']);
  });

  it('passes the clause as the passage gives it', () => {
    assert.deepEqual(codes('Councillor Desai did not promise to change the plan after meeting the parents in March.'), []);
  });
});
