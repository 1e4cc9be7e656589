import * as assert from 'node:assert/strict';
import { clockTimes } from '../../server/src/core/facts/clock-times';
import { corpusOfLines, fillerLines, flaggedIn, sentenceAlone } from './seed-corpus';

// Times of day read from a sentence, and a wrong one caught against the passage that gives the right one.

function times(text: string): string[] {
  const s = sentenceAlone(text);
  return clockTimes(s.text, s.start, s.tokens).map(t => `${t.text}=${t.minutes}`);
}

describe('clock times', () => {
  it('reads English and Indonesian times of day, in minutes after midnight', () => {
    assert.deepEqual(times('The plane touched down at 11:42 a.m. and left at 4 p.m. on Friday.'), ['11:42 a.m.=702', '4 p.m.=960']);
    assert.deepEqual(times('Api terlihat sekitar pukul 02.30 WIB dan padam pukul 14.00.'), ['02.30 WIB=150', '14.00=840']);
  });

  it('leaves decimals, scores and counts alone', () => {
    assert.deepEqual(times('Inflation rose 2.30 percent, and the team won 3-1 with 11 players.'), []);
    assert.deepEqual(times('Harga naik 2.30 persen.'), []);
  });

  it('flags a time the best passage gives otherwise, and passes one the story gives near it', () => {
    const corpus = corpusOfLines({
      'fire.txt': [
        'The blaze started at about 4:40 a.m. in a boiler house on the north side of the mill.',
        'Sixty firefighters fought the blaze, which was brought under control at around 9:15 a.m.',
        ...fillerLines(12, 'en', 'Marrowby'),
      ],
    });
    const [d, ...rest] = flaggedIn(corpus, 'The blaze was brought under control at around 11:15 a.m.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'date-mismatch');
    assert.match(d.message, /“9:15 a\.m\.”; the draft says “11:15 a\.m\.”/);
    assert.deepEqual(flaggedIn(corpus, 'The blaze was brought under control at around 9:15 a.m.\n'), []);
    assert.deepEqual(flaggedIn(corpus, 'The blaze, which started at about 4:40 a.m., was brought under control.\n'), []);
  });
});
