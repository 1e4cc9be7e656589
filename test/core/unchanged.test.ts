import * as assert from 'node:assert/strict';
import { offsetAfter, offsetBefore, spanUnchanged, unchangedParts } from '../../server/src/core/text/unchanged';

// Where offsets of an edited text stood before the edit: text before and after in, offsets out.

describe('offsets across an edit', () => {
  const before = 'Putin bertemu Xi. Harga naik 40 persen. Blinken menuduh China.';
  const after = 'Putin bertemu Xi. Harga minyak naik 40 persen. Blinken menuduh China.';

  it('keeps offsets before the edit, moves those after it, and has none inside it', () => {
    const u = unchangedParts(before, after);
    assert.equal(offsetBefore(u, after.indexOf('Xi')), before.indexOf('Xi'));
    assert.equal(offsetBefore(u, after.indexOf('Blinken')), before.indexOf('Blinken'));
    assert.equal(offsetBefore(u, after.indexOf('minyak') + 2), undefined);
    assert.equal(offsetAfter(u, before.indexOf('China')), after.indexOf('China'));
    assert.equal(offsetAfter(u, before.indexOf('Xi')), after.indexOf('Xi'));
  });

  it('tells a sentence the edit left alone from the one it changed', () => {
    const u = unchangedParts(before, after);
    const span = (s: string) => [before.indexOf(s), before.indexOf(s) + s.length] as const;
    assert.ok(spanUnchanged(u, ...span('Putin bertemu Xi.')));
    assert.ok(spanUnchanged(u, ...span('Blinken menuduh China.')));
    assert.ok(!spanUnchanged(u, ...span('Harga naik 40 persen.')));
  });

  it('does not let the shared start and end overlap when the edit repeats text', () => {
    // "aa" → "aaa": the shared start and end must not both claim the same characters.
    const u = unchangedParts('xaay', 'xaaay');
    assert.ok(u.head + u.tail <= 4);
    for (let o = 0; o <= 5; o++) {
      const b = offsetBefore(u, o);
      if (b !== undefined) assert.equal('xaay'[b], 'xaaay'[o], `offset ${o}`);
    }
  });
});
