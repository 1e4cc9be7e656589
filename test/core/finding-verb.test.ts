import * as assert from 'node:assert/strict';
import { fixtureCorpus, flaggedBy } from './seed-corpus';

// "mendapati" (to find, come upon) says what "menemukan" says, though its stem is that of "mendapat" (to get)
// (index/support.ts FINDING). On the wildlife-smuggling fixture, whose officers "menemukan" the birds in the truck.

const flagged = flaggedBy(fixtureCorpus('satwa-selundupan'));

describe('"mendapati" in a claim', () => {
  it('is found in a passage that says "menemukan"', () => {
    assert.deepEqual(flagged('Selain nuri kepala hitam dan nuri bayan, petugas juga mendapati 21 ekor kakatua jambul kuning dan enam ekor kuskus di dalam truk tersebut.\n').map(d => d.code), []);
  });

  it('leaves the count found to be held to the story\'s', () => {
    assert.equal(flagged('Selain nuri kepala hitam dan nuri bayan, petugas juga mendapati 31 ekor kakatua jambul kuning dan enam ekor kuskus di dalam truk tersebut.\n').length, 1);
  });
});
