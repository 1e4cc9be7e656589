import * as assert from 'node:assert/strict';
import { countVocabulary, VocabularyCounts } from '../../server/src/core/index/vocabulary-counts';

// The corpus vocabularies, kept as per-word file counts and updated by the files that changed: an update gives
// what counting the new set of files afresh gives, leaves the counts it came from as they were, and shares their
// sets when no word entered or left.

const file = (uri: string, text: string) => ({ uri, text });
const sorted = (c: VocabularyCounts) => { const s = c.sets(); return { lower: [...s.lower].sort(), midCap: [...s.midCap].sort() }; };

describe('vocabulary counts', () => {
  const a = file('a', 'kapal itu berlayar ke Surabaya kemarin'), b = file('b', 'kapal nelayan berlayar pagi, kata Budi Santoso');

  it('updates to what counting the new files afresh gives, through many updates, and keeps the old counts', () => {
    let counts = VocabularyCounts.of([a, b]);
    const first = sorted(counts);
    let files = [a, b];
    for (let i = 0; i < 20; i++) {
      // A file added, one changed, one removed, again and again: deeper than the layers an update stacks.
      files = [...files.filter(f => f.uri !== `n${i - 2}`), file(`n${i}`, `laporan ${i} tentang panen ${i % 3 ? 'padi' : 'jagung'} di Desa Kali${i}`)];
      if (i % 4 === 0) files = files.map(f => f.uri === 'a' ? file('a', `kapal itu berlayar ke Surabaya hari ke-${i}`) : f);
      counts = counts.updated(files);
      assert.deepEqual(sorted(counts), sorted(VocabularyCounts.of(files)), `after update ${i}`);
    }
    assert.deepEqual(sorted(VocabularyCounts.of([a, b])), first);
  });

  it('shares its sets with the counts before when no word entered or left', () => {
    const before = VocabularyCounts.of([a, b]);
    const sets = before.sets();
    const same = before.updated([a, b, file('c', 'kapal itu berlayar pagi')]);
    assert.equal(same.sets(), sets);
    const grown = before.updated([a, b, file('d', 'pesawat terbang tinggi')]);
    assert.notEqual(grown.sets(), sets);
    assert.ok(grown.sets().lower.has('pesawat') && !sets.lower.has('pesawat'));
    assert.ok(!before.updated([a]).sets().lower.has('nelayan'));
  });

  it('takes an archive\'s documents as counted already, so they are neither counted twice nor missed when they go', () => {
    const x = file('x', 'perahu nelayan merapat di dermaga');
    // An archive's own counts, of x and a; a writer's working set has drawn neither yet.
    const counted = countVocabulary([x.text, a.text]);
    const archive = VocabularyCounts.fromCounts(new Map(counted.lower), new Map(counted.midCap), []);
    const drawn = archive.countedAlready([x]).updated([x, b]);
    assert.deepEqual(sorted(drawn), sorted(VocabularyCounts.of([x, a, b])));
    // Were x counted again on joining, its words would outlive its leaving.
    assert.ok(!drawn.updated([b]).sets().lower.has('perahu'));
  });

  it('never copies the counts it was made from, however many updates stack on them', () => {
    // An archive's counts hold its whole vocabulary; a working set updates over them dozens of times a session.
    class ReadOnce extends Map<string, number> {
      override [Symbol.iterator](): never { throw new Error('the counts were read whole'); }
      override entries(): never { throw new Error('the counts were read whole'); }
    }
    const counted = countVocabulary([a.text, b.text]);
    const sets = { lower: new Set(counted.lower.map(([w]) => w)), midCap: new Set(counted.midCap.map(([w]) => w)) };
    let counts = VocabularyCounts.fromCounts(new ReadOnce(counted.lower), new ReadOnce(counted.midCap), [], sets);
    let files: Array<{ uri: string; text: string }> = [];
    for (let i = 0; i < 20; i++) {
      files = [...files, file(`d${i}`, i % 2 ? 'kapal nelayan berlayar' : 'Budi Santoso berlayar ke Surabaya')];
      counts = counts.updated(files);
    }
    assert.equal(counts.sets(), sets);
  });
});
