import * as assert from 'node:assert/strict';
import { fixtureCorpus, messagesOf } from './seed-corpus';

// "izinnya" (its permit) is a document, not the leave a ban opposes (lexicon/antonyms.ts senseStem): on the
// shrimp-pond fixture, whose company "dilarang menebar benur baru" while its permit is frozen, only a leave to stock
// ponds contradicts the story.

const contradictions = messagesOf(fixtureCorpus('tambak-udang'), 'contradiction');

describe('a permit named in a claim', () => {
  it('is no opposite of the story\'s ban', () => {
    assert.deepEqual(contradictions('Selama izinnya dibekukan, PT SWP wajib membenahi instalasi pengolahan air limbahnya dan tidak diperbolehkan menebar benur baru.'), []);
  });

  it('leaves a leave the ban opposes a contradiction', () => {
    assert.equal(contradictions('Selama izinnya dibekukan, PT SWP wajib membenahi instalasi pengolahan air limbahnya dan diperbolehkan menebar benur baru.').length, 1);
  });
});
