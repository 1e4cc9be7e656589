import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines } from './seed-corpus';
import { checkDraft } from '../../server/src/core/checks/check';

// A figure the sources give only to correct it ("initially said 180 … but corrected the figure to 194") is no fact
// to state: the draft that does is flagged with the corrected figure. A draft that tells the correction, or gives the
// first figure as the first, passes; so does a figure beside a "revised" that corrects nothing. A later report's
// correction ("revised to 34, down from the 40 first reported") supersedes the first report's figure. Made-up sources.

const corpus = corpusOfLines({
  'ferry.txt': [
    'The operator initially said 180 passengers were on board but corrected the figure to 194 later in the morning after checking its ticket records.',
    'Jumlah korban luka semula 12 orang, kemudian direvisi menjadi 15 orang oleh tim penyelamat.',
    'The committee voted five to three to delay the closure after a revised forecast showed that 280 new homes could add pupils.',
  ],
  'first-report.txt': ['At least 40 homes were buried when the slope gave way, the district governor told reporters.'],
  'later-report.txt': ['The governor said the number of buried homes had been revised to 34, down from the 40 first reported.'],
  'filler.txt': fillerLines(30),
});
const numbers = (text: string) => checkDraft(corpus, text + '\n', 'markdown').filter(d => d.code === 'number-mismatch');

describe('a figure the sources correct', () => {
  it('flags the first figure stated as the fact, with the corrected one as the fix', () => {
    const [d, ...rest] = numbers('The ferry had 180 passengers on board, the operator said.');
    assert.equal(rest.length, 0);
    assert.equal(d?.fixes?.[0]?.newText, '194');
    assert.equal(numbers('Tim penyelamat mencatat 12 orang korban luka.')[0]?.fixes?.[0]?.newText, '15');
    // "on the first day" dates the figure; it does not tell it as the first count.
    assert.equal(numbers('On the first day, the ferry had 180 passengers on board, the operator said.')[0]?.fixes?.[0]?.newText, '194');
  });

  it('passes the corrected figure, and a draft that tells the correction', () => {
    assert.deepEqual(numbers('The ferry had 194 passengers on board, the operator said.'), []);
    assert.deepEqual(numbers('The operator first put the number of passengers on board at 180, then raised it to 194.'), []);
    assert.deepEqual(numbers('The operator initially said 180 passengers were on board.'), []);
  });

  it('takes a later report\'s correction of the figure for the same thing over the first report', () => {
    assert.equal(numbers('The landslide buried 40 homes, the district governor said.')[0]?.fixes?.[0]?.newText, '34');
    assert.deepEqual(numbers('The landslide buried 34 homes, the district governor said.'), []);
    assert.deepEqual(numbers('The governor first reported 40 buried homes.'), []);
  });

  it('does not read a revised forecast as a correction of the figures around it', () => {
    assert.deepEqual(numbers('The committee voted five to three to delay the closure.'), []);
  });
});
