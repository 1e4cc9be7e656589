import * as assert from 'node:assert/strict';
import { askedAlike, withinEdits } from '../../server/src/archive/near-quotes';

// A quotation a typo away from one the archive was asked about is not asked again (archive/near-quotes.ts).

describe('a quotation a typo away from one asked', () => {
  const asked = new Set(['Kami akan terus memperkuat kemitraan strategis kedua negara']);

  it('counts as asked: a letter dropped, doubled or changed, or two', () => {
    assert.ok(askedAlike(asked, 'Kami akan terus memperkuat kemitraan strategis kedua negara'));
    assert.ok(askedAlike(asked, 'Kami akan terus memperkuat kemitraan stratgis kedua negara'));
    assert.ok(askedAlike(asked, 'Kami akan teruus memperkuat kemitraan strategis kedua negaru'));
  });

  it('does not: three changes, another quotation, or a short one changed at all', () => {
    assert.ok(!askedAlike(asked, 'Kami akan terus memperkuat kemitraan strategis ketiga negara'));
    assert.ok(!askedAlike(asked, 'Kami tidak akan memperkuat kemitraan strategis kedua negara'));
    const short = new Set(['tanpa batas sama sekali']);
    assert.ok(askedAlike(short, 'tanpa batas sama sekali'));
    assert.ok(!askedAlike(short, 'tanpa bates sama sekali'), 'under 24 characters, any change is asked again');
  });

  it('measures edits as the edit distance does', () => {
    assert.ok(withinEdits('kemitraan', 'kemitran', 1));
    assert.ok(withinEdits('kemitraan', 'kemitrana', 2));
    assert.ok(!withinEdits('kemitraan', 'kmitrana', 1));
    assert.ok(withinEdits('', 'ab', 2));
    assert.ok(!withinEdits('abc', 'xyz', 2));
  });
});
