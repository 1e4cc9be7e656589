import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, fixtureCorpus, flaggedIn } from './seed-corpus';

// Two ways English says what a passage says in other words: "could not" for the passage's "unable to" (the same
// denial, no contradiction) and "According to …" for a passage that names its source after the fact ("Flight data
// showed …").

const corpus = corpusOfLines({
  'report.txt': [
    'In a preliminary report, the bureau said a cracked seal had allowed fluid to leak, leaving the crew unable to lower the nose wheel.',
    'Flight data showed the aircraft held over Marrowby for 26 minutes, the bureau said.',
    ...fillerLines(12, 'en', 'Marrowby'),
  ],
});
const flagged = (text: string) => flaggedIn(corpus, text + '\n');

describe('English said otherwise', () => {
  it('takes "could not" for the passage\'s "unable to", and flags "could" against it as a contradiction', () => {
    assert.deepEqual(flagged('The cracked seal let fluid leak, so the crew could not lower the nose wheel.'), []);
    const [d, ...rest] = flagged('The cracked seal let fluid leak, but the crew could lower the nose wheel.');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'contradiction');
    assert.match(d.message, /unable to lower/);
  });

  it('does not ask the passage for "According to"', () => {
    // The airport fixture's report has both halves: "Flight data showed it held over Kelmsby for 26 minutes" and the
    // earlier accounts of 40 it corrected.
    const claim = 'According to flight data, the plane held over Kelmsby for 26 minutes, not 40 as first reported.\n';
    assert.deepEqual(flaggedIn(fixtureCorpus('airport'), claim), []);
  });
});
