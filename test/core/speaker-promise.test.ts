import * as assert from 'node:assert/strict';
import { flaggedBy, seedCorpus } from './seed-corpus';

// A promise the draft puts in a speaker's mouth needs a passage that has a promise in or beside it
// (checks/speaker-near.ts): the seeds have Putin speak of sharing military technology, not promise a submarine.

const flagged = (text: string) => flaggedBy(seedCorpus())(text + '\n');

describe('a promise no source makes', () => {
  it('flags a promise made of the story\'s words, and passes the promise the sources give', () => {
    const [d] = flagged('Putin berjanji memasok Tiongkok dengan kapal selam nuklir.');
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /berjanji/);
    assert.deepEqual(flagged('Xi telah berjanji untuk menegaskan kendali Tiongkok atas pulau tersebut.'), []);
  });
});
