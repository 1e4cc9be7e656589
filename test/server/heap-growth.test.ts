import * as assert from 'node:assert/strict';
import { growingPercentFor } from '../../server/src/heap-growth';

// How far the heap may grow between full collections follows what lives: a small heap is not collected every few
// megabytes (a language server on a shared archive keeps about 40-50 MB alive), a large index keeps its peak near
// its live data.

const MB = 1024 * 1024;

describe('heap growth between full collections', () => {
  it('lets a small heap grow by tens of megabytes, not by a fifth of itself', () => {
    for (const live of [64 * MB, 100 * MB, 200 * MB, 300 * MB]) {
      const percent = growingPercentFor(live);
      assert.ok(live * percent / 100 >= 64 * MB, `${live / MB} MB live may grow by ${percent}%`);
    }
  });

  it('never lets the heap grow past twice its live data', () => {
    assert.equal(growingPercentFor(45 * MB), 100);
    assert.equal(growingPercentFor(10 * MB), 100);
    assert.equal(growingPercentFor(0), 100);
  });

  it('holds a large index to a fifth, so its peak stays near its live data', () => {
    assert.equal(growingPercentFor(600 * MB), 20);
    assert.equal(growingPercentFor(1200 * MB), 20);
  });

  it('grows smoothly between the two', () => {
    const percents = [50, 100, 150, 200, 250, 300, 350].map(mb => growingPercentFor(mb * MB));
    for (let i = 1; i < percents.length; i++) assert.ok(percents[i] <= percents[i - 1], percents.join(' '));
    assert.ok(percents.some(p => p > 20 && p < 100), percents.join(' '));
  });
});
