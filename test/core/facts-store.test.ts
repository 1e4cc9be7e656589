import * as assert from 'node:assert/strict';
import { FactsStore } from '../../server/src/core/index/facts-store';

// The store's table of interned strings: a store that continues another takes over its map of ids instead of
// copying it, so every id it gives must still be the position of that very string in its own table, and every
// store in the chain must keep answering for its own table alone.

function table(store: FactsStore, words: string[]): number[] {
  return words.map(w => store.idOf(w));
}

describe('facts store strings', () => {
  it('gives each string the id of its position, in every store of a chain that shares one map', () => {
    const first = new FactsStore();
    assert.deepEqual(table(first, ['beijing', 'putin', 'beijing', 'xi']), [0, 1, 0, 2]);
    const second = FactsStore.continuing(first.stored.strings, first);
    assert.deepEqual(table(second, ['putin', 'moskwa', 'xi', 'kremlin']), [1, 3, 2, 4]);
    // What the later store added is not in the earlier one's table.
    assert.equal(first.idOf('moskwa', true), -1);
    assert.equal(first.idOf('xi', true), 2);
    assert.deepEqual(first.stored.strings, ['beijing', 'putin', 'xi']);
    const third = FactsStore.continuing(second.stored.strings, second);
    assert.equal(third.idOf('kremlin', true), 4);
    assert.equal(third.idOf('jakarta'), 5);
    for (const store of [first, second, third]) store.stored.strings.forEach((s, i) => assert.equal(store.idOf(s, true), i));
  });

  it('keeps stores apart when two continue the same one, or the earlier one adds after handing its map on', () => {
    const base = new FactsStore();
    table(base, ['a', 'b']);
    const left = FactsStore.continuing(base.stored.strings, base);
    const right = FactsStore.continuing(base.stored.strings, base);
    // Both put a new string at id 2: each must find its own there, never the other's.
    assert.equal(left.idOf('kiri'), 2);
    assert.equal(right.idOf('kanan'), 2);
    assert.equal(left.idOf('kanan', true), -1);
    assert.equal(right.idOf('kiri', true), -1);
    assert.equal(base.idOf('pusat'), 2);
    assert.equal(left.idOf('kiri', true), 2);
    assert.equal(left.idOf('pusat', true), -1);
    assert.deepEqual([base, left, right].map(s => s.stored.strings), [['a', 'b', 'pusat'], ['a', 'b', 'kiri'], ['a', 'b', 'kanan']]);
  });
});
