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

  it('passes a negation that a passage states for the clause it stands in, though the sentence also uses its word plainly', () => {
    const deal = corpusOfLines({
      'deal.txt': [
        'Graham Ostler, the company\'s chief executive, said the deal would cost about $3.1 million over the next year, most of it covered by the extra $2.4 million voted by the city council on Thursday.',
        'He added: "Without the council, there would be no deal."',
        'Members backed the deal by 438 votes to 97.',
        'The union president said drivers would be back at work on Monday.',
        'A driver said the strike had been hard on his family.',
        'The mayor said the city was relieved.',
      ],
    });
    const said = 'Graham Ostler put the cost of the deal at roughly $3.1 million over the coming year, mostly covered by the council\'s extra $2.4 million, and said there would be no deal without the council.';
    assert.ok(!flaggedIn(deal, said + '\n').some(d => d.code === 'contradiction'));
  });

  it('passes the clause as the passage gives it', () => {
    assert.deepEqual(codes('Councillor Desai did not promise to change the plan after meeting the parents in March.'), []);
  });
});
