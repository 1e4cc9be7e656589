import * as assert from 'node:assert/strict';
import { MentionList, MentionListBuilder } from '../../server/src/core/index/mention-list';
import type { EntityMention } from '../../server/src/core/index/entity-types';

// An entity's packed mentions must give back exactly the mentions put in, in order, however the list was made:
// built, joined by a merge, or read back from the index cache's packed form. Lists with the same mentions must be
// equal field by field, since tests and the warm update compare registries that way.

function mentions(n: number, seed: number): EntityMention[] {
  const names = ['Joko Widodo', 'Jokowi', 'Widodo', 'Presiden Joko Widodo', 'JOKOWI', 'Pak Jokowi', 'Joko', 'Jkw', 'Mr Widodo', 'Widodo Joko'];
  return Array.from({ length: n }, (_, i) => ({ doc: (i * 7 + seed) % 13, sentence: i + seed, start: i * 40 + seed, end: i * 40 + seed + 6, text: names[(i * 3 + seed) % names.length] }));
}

describe('mention list', () => {
  it('gives back each mention in order, for short and long lists', () => {
    for (const n of [0, 1, 2, 8, 9, 30]) {
      const list = MentionList.of(mentions(n, 1));
      assert.equal(list.length, n);
      assert.deepEqual([...list], mentions(n, 1));
      assert.deepEqual(list.toArray(), mentions(n, 1));
      for (let i = 0; i < n; i++) assert.equal(list.text(i), mentions(n, 1)[i].text);
    }
  });

  it('keeps one copy of each spelling, numbered in order of first use', () => {
    const list = MentionList.of(mentions(30, 2));
    const spellings = list.packed().spellings;
    assert.deepEqual(spellings, [...new Set(mentions(30, 2).map(m => m.text))]);
  });

  it('joins two lists in order, and joined lists equal lists built at once', () => {
    for (const [a, b] of [[0, 3], [3, 0], [2, 5], [7, 20], [25, 25]]) {
      const joined = MentionList.of(mentions(a, 3)).concat(MentionList.of(mentions(b, 4)));
      const whole = MentionList.of([...mentions(a, 3), ...mentions(b, 4)]);
      assert.deepEqual([...joined], [...mentions(a, 3), ...mentions(b, 4)]);
      assert.deepEqual(joined, whole, `${a} + ${b}`);
    }
  });

  it('reads back its packed form equal to itself, and refuses a packed form that names no spelling', () => {
    for (const n of [1, 8, 9, 40]) {
      const list = MentionList.of(mentions(n, 5));
      const { ints, spellings } = list.packed();
      assert.deepEqual(MentionList.fromPacked(Int32Array.from(ints), spellings.slice()), list);
    }
    assert.throws(() => MentionList.fromPacked(Int32Array.from([0, 0, 0, 4, 1]), ['only one']), /no spelling/);
    assert.throws(() => MentionList.fromPacked(Int32Array.from([0, 0, 0]), ['x']), /partial/);
  });

  it('a builder given too little room grows, and one given too much trims', () => {
    for (const room of [1, 100]) {
      const b = new MentionListBuilder(room);
      for (const m of mentions(12, 6)) b.push(m.doc, m.sentence, m.start, m.end, m.text);
      assert.deepEqual(b.build(), MentionList.of(mentions(12, 6)));
    }
  });

  it('tells the documents it stands in without making mentions', () => {
    const list = MentionList.of(mentions(20, 7));
    const docs = new Set(mentions(20, 7).map(m => m.doc));
    assert.deepEqual(list.docs(), docs);
    for (let d = 0; d < 14; d++) assert.equal(list.inDoc(d), docs.has(d), `document ${d}`);
  });

  it('moves its documents as a file added before them moves them, and stays itself when all stand before it', () => {
    // A file added as document 2: documents 2 and up move one place on.
    const moved = Int32Array.from({ length: 6 }, (_, d) => (d < 2 ? d : d + 1));
    const early = MentionList.of([{ doc: 1, sentence: 0, start: 0, end: 4, text: 'Duda' }, { doc: 0, sentence: 2, start: 5, end: 9, text: 'Duda' }]);
    const late = MentionList.of([{ doc: 1, sentence: 0, start: 0, end: 4, text: 'Duda' }, { doc: 4, sentence: 1, start: 3, end: 7, text: 'DUDA' }]);
    assert.equal(early.withDocs(moved, 2), early);
    assert.equal(early.withDocs(moved), early);
    assert.deepEqual(late.withDocs(moved, 2).toArray(), [{ doc: 1, sentence: 0, start: 0, end: 4, text: 'Duda' }, { doc: 5, sentence: 1, start: 3, end: 7, text: 'DUDA' }]);
    assert.deepEqual(late.toArray().map(m => m.doc), [1, 4], 'the list itself is never changed');
  });
});
