import * as assert from 'node:assert/strict';
import { Corpus, SourceFile } from '../../server/src/core/index/corpus';
import { seedPieces, updateSteps } from './seed-corpus';

// An editor's corpus after a source was added, changed or removed has its postings and known words made from the
// corpus before (postings-update.ts). Retrieval must find the same sentences, in the same order, with the same
// lengths, as after a restart: every stem's list is compared with a fresh build's.

function sameIndex(updated: Corpus, fresh: Corpus): void {
  const u = updated.derived(), f = fresh.derived();
  assert.equal(u.postings.avgSentenceLength, f.postings.avgSentenceLength);
  assert.deepEqual(Array.from(u.postings.lengths), Array.from(f.postings.lengths));
  assert.deepEqual(Array.from(u.postings.firstSentence), Array.from(f.postings.firstSentence));
  assert.deepEqual(Array.from(u.postings.docOfSentence), Array.from(f.postings.docOfSentence));
  // Stems are numbered as they came, so lists are compared by stem; a stem no sentence holds any more may stay, empty.
  const lists = (p: typeof u.postings) => new Map(p.stems.map((s, n) => [s, Array.from(p.all.subarray(p.offsets[n], p.offsets[n + 1]))]));
  const ul = lists(u.postings), fl = lists(f.postings);
  for (const [stem, list] of fl) assert.deepEqual(ul.get(stem), list, stem);
  for (const [stem, list] of ul) if (!fl.has(stem)) assert.deepEqual(list, [], stem);
  assert.deepEqual([...updated.anyCaseVocab].sort(), [...fresh.anyCaseVocab].sort());
}

describe('the postings of an updated corpus', () => {
  it('are made from those before and equal a fresh build: a file added in the middle, one changed, one removed', async () => {
    const files = seedPieces();
    const added: SourceFile = { uri: 'm-added.txt', label: 'm-added.txt', text: 'Menteri Luar Negeri Qorvania, Ilse Brandtvik, tiba di Beijing pada 3 Mei 2024.\n', format: 'plaintext' };
    const { steps, changed } = updateSteps(files, added, '\nPutin menyebut pertemuan itu bersejarah dan produktif.\n');
    steps.push([...files.slice(0, 3), ...changed.slice(0, -1)]);
    let corpus = await Corpus.buildAsync(files, { updatable: true });
    for (const step of steps) {
      corpus = await Corpus.buildAsync(step, { previous: corpus.earlier(), updatable: true });
      assert.ok(corpus.postingsFromEarlier, 'made from the postings before');
      const fresh = Corpus.build(step);
      sameIndex(corpus, fresh);
      assert.equal(corpus.postingsOf('brandtvik').length > 0, step.includes(added));
    }
  });
});
