import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy, relationsIn } from './seed-corpus';

// A title or an occupation in lower case between a verb and the name it acts on belongs to that name: "met union
// representative Priya Nair" meets Priya Nair, "menerima menteri luar negeri Wang Yi" receives Wang Yi
// (facts/agent-patient.ts). The relation is then read, and the checks built on it speak.

const story = [
  'Union representative Priya Nair said members voted 212 to 48 on Monday to reject the plan.',
  'The hospital said about a third of the posts would be filled by agency nurses.',
  'Health minister Alan Pryce said on Tuesday that the government would not intervene in the dispute.',
];
const corpus = corpusOfLines({ 'staffing.txt': story });

const relations = (text: string): string[] => relationsIn(corpus, text);

describe('a title between a verb and the name it acts on', () => {
  it('leaves the relation readable, in English and Indonesian', () => {
    assert.deepEqual(relations('Alan Pryce met union representative Priya Nair on Tuesday.\n'), ['Alan Pryce > Priya Nair (met)']);
    assert.deepEqual(relations('Xi Jinping menerima menteri luar negeri Wang Yi di Beijing.\n'), ['Xi Jinping > Wang Yi (menerima)']);
  });

  it('does not take a noun of something else for a title', () => {
    assert.deepEqual(relations('Alan Pryce criticised the union plan of Priya Nair.\n'), []);
  });

  it('lets an invented meeting of two people a story names be reported', () => {
    const [d] = flaggedBy(corpus)('Alan Pryce met union representative Priya Nair on Tuesday to discuss the plan.\n');
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /Alan Pryce “met” Priya Nair/);
  });
});
