import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines } from './seed-corpus';
import { checkDraft } from '../../server/src/core/checks/check';

// "Ruled out" denies the head of the phrase after it ("It ruled out any failure of the navigation light": no
// failure), unless it is itself denied ("has not ruled out a second strike"); a noun in -ure stands for its verb
// ("failure", "failed"); and a reported clause ("concluded that the light had failed") is weighed on its own words
// against the passage that denies it, whose subject is only "It"; "excluded" denies as "ruled out" does, and both deny
// every thing joined to the first ("ruled out pilot error and weather"). Made-up sources.

const corpus = corpusOfLines({
  'report.txt': [
    'The safety authority published its interim report on Wednesday. It ruled out any failure of the Hollin Point navigation light.',
    'The union has not ruled out a second strike in April.',
    'The minister ruled out extra government funding to settle the dispute.',
    'Investigators have ruled out pilot error and weather as factors in the emergency landing.',
  ],
  'filler.txt': fillerLines(30),
});
const contradictions = (text: string) => checkDraft(corpus, text + '\n', 'markdown').filter(d => d.code === 'contradiction').map(d => d.message);

describe('ruled out', () => {
  it('reads a claim that the thing ruled out happened as the opposite', () => {
    assert.match(contradictions('The safety authority\'s interim report concluded that the Hollin Point navigation light had failed.').join('\n'),
      /“ruled out any failure”; the draft says “failed”/);
  });

  it('reads "excluded" as "ruled out", over every thing joined to the first', () => {
    assert.deepEqual(contradictions('Investigators have excluded both the weather and any error by the pilots as factors in the emergency landing.'), []);
    assert.equal(contradictions('Investigators found that the weather was a factor in the emergency landing.').length, 1);
  });

  it('does not deny what "not ruled out" leaves open, nor a word that only qualifies the thing', () => {
    assert.deepEqual(contradictions('The union may hold a second strike in April.'), []);
    assert.deepEqual(contradictions('The minister refused to provide extra government money to settle the dispute.'), []);
  });
});
