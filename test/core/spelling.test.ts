import * as assert from 'node:assert/strict';
import { SpellingVariants } from '../../server/src/core/text/spelling';

describe('spelling variants of names', () => {
  const names = new SpellingVariants(['samudera', 'zelensky', 'shoigu', 'xi', 'iran']);

  it('finds a known name one letter away', () => {
    assert.equal(names.find('samudra'), 'samudera');
    assert.equal(names.find('zelenskyy'), 'zelensky');
    assert.equal(names.find('shoygu'), 'shoigu');
  });

  it('leaves short names and names two letters away alone', () => {
    assert.equal(names.find('irak'), undefined);
    assert.equal(names.find('li'), undefined);
    assert.equal(names.find('samodro'), undefined);
  });

  it('does not count a different first letter as a spelling variant', () => {
    assert.equal(names.find('zhoigu'), undefined);
    assert.equal(new SpellingVariants(['gambia']).find('zambia'), undefined);
  });
});
