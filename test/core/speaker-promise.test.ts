import * as assert from 'node:assert/strict';
import { flaggedBy, seedCorpus } from './seed-corpus';

// A promise the draft puts in a speaker's mouth needs a passage that has a promise in or beside it
// (checks/speaker-near.ts): the seeds have Putin speak of sharing military technology, not promise a submarine. A
// passage that lacks only the promise is a near miss (support-check.ts), never weak support.

const flagged = (text: string) => flaggedBy(seedCorpus())(text + '\n');

describe('a promise no source makes', () => {
  it('flags a promise made of the story\'s words, and passes the promise the sources give', () => {
    const [d] = flagged('Putin berjanji memasok Tiongkok dengan kapal selam nuklir.');
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /berjanji/);
    assert.deepEqual(flagged('Xi telah berjanji untuk menegaskan kendali Tiongkok atas pulau tersebut.'), []);
  });

  it('does not take a close passage without the promise for near support: the finding stays a warning', () => {
    // Every other word stands in the passages ("Rusia membantu Tiongkok mengembangkan …", "… membangun kapal induk dan
    // kapal selam nuklir"), and the story has a promise of Xi's: only the missing promise tells it is made up.
    const [d, ...rest] = flagged('Putin berjanji membantu Tiongkok membangun kapal induk dan kapal selam nuklir.');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /“berjanji”/);
  });
});
