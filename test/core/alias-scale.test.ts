import * as assert from 'node:assert/strict';
import { aliasedWords } from '../../server/src/core/checks/name-forms';
import { corpusOfLines } from './seed-corpus';

// A name of hundreds of words (a pasted run of capitals, found by the fuzzer: a 12 KB draft took 1.4-2.7 s) is
// read for the places the sources name another way in time proportional to its length: every stretch of it was
// joined and looked up, a cube of its length, where no alias is longer than a few words. The budget is the
// fuzzer's floor, far below what the old reading took (about 2 s for these thousand words).

describe('a name of hundreds of words read for aliases', () => {
  const corpus = corpusOfLines({ 'us.txt': ['The U.S. Senate voted on Tuesday.'] });
  const words = [...Array.from({ length: 1000 }, () => 'ab'), 'united', 'states', 'senate'];

  it('still finds the alias among them, in time proportional to the name', () => {
    aliasedWords(corpus, ['united', 'states']);
    const started = process.hrtime.bigint();
    const found = aliasedWords(corpus, words);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    assert.deepEqual([...found].sort((a, b) => a - b), [1000, 1001]);
    assert.ok(ms < 200, `${ms.toFixed(0)} ms for ${words.length} words`);
  });
});
