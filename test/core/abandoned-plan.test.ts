import * as assert from 'node:assert/strict';
import { isNegated } from '../../server/src/core/facts/negation';
import { corpusOfLines, fillerLines, flaggedIn, sentenceAlone } from './seed-corpus';

// A plan's act that the sentence then calls off ("a plan … to move the route would not go ahead", "rencana untuk
// memindahkan … dibatalkan") is denied though no negation stands before it.

function negatedWords(text: string): string[] {
  const s = sentenceAlone(text);
  return s.words.filter(w => !w.stop && isNegated(s.tokens, w)).map(w => w.norm);
}

describe('a plan called off', () => {
  it('denies the act of a plan that would not go ahead or was cancelled, in English and Indonesian', () => {
    assert.ok(negatedWords('Marsh said a plan, first reported last month, to move the route to Porthaven would not go ahead.').includes('move'));
    assert.ok(negatedWords('The proposal to close the depot was scrapped on Monday.').includes('close'));
    assert.ok(negatedWords('Rencana untuk memindahkan terminal ke Tanjung Emas dibatalkan.').includes('memindahkan'));
  });

  it('leaves the act alone where the plan goes ahead, or the calling off is of something else', () => {
    assert.deepEqual(negatedWords('Marsh said the plan to move the route to Porthaven would go ahead.'), []);
    assert.deepEqual(negatedWords('The plan to move the route was praised, but the new terminal was cancelled.'), []);
    assert.ok(!negatedWords('The proposal to close the depot was not cancelled.').includes('close'));
  });

  it('reads a claim that the plan goes ahead as the opposite of the passage, and one that it does not as backed', () => {
    const corpus = corpusOfLines({
      'route.txt': [
        'Marsh said Corvale Air had assured him that a plan, first reported last month, to move its Dunmere route to Porthaven would not go ahead.',
        ...fillerLines(12, 'en', 'Marrowby'),
      ],
    });
    const [d, ...rest] = flaggedIn(corpus, 'Corvale Air will move its Dunmere route to Porthaven.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'contradiction');
    assert.match(d.message, /would not go ahead/);
    assert.deepEqual(flaggedIn(corpus, 'Corvale Air will not move its Dunmere route to Porthaven.\n'), []);
  });
});
