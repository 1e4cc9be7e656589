import * as assert from 'node:assert/strict';
import { Corpus, SourceFile } from '../../server/src/core/index/corpus';
import { Postings } from '../../server/src/core/index/postings';
import { randomUpdates, seedPieces, updateSteps } from './seed-corpus';

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
  // As retrieval reads them: each stem's list now, put together from what changed when it was not laid out again.
  for (const [stem, list] of fl) assert.deepEqual(Array.from(updated.postingsOf(stem)), list, stem);
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

  for (const [share, how] of [[Infinity, 'keeping every change beside the lists laid out before'], [0, 'laying every change out in full']] as const) {
    it(`equal a fresh build after a random run of updates, ${how}`, async () => {
      const was = Postings.layOutShare;
      Postings.layOutShare = share;
      try {
        const run = randomUpdates(5, 12, step => `\nPutin berkata pada hari ke-${step}: kerja sama berlanjut.\n`);
        let corpus = await Corpus.buildAsync(run.first, { updatable: true });
        let fromEarlier = 0;
        for (const files of run.steps) {
          corpus = await Corpus.buildAsync(files, { previous: corpus.earlier(), updatable: true });
          if (corpus.postingsFromEarlier) fromEarlier++;
          sameIndex(corpus, Corpus.build(files));
        }
        assert.ok(fromEarlier >= 6, `${fromEarlier} of 12 updates made from the postings before`);
      } finally {
        Postings.layOutShare = was;
      }
    });
  }
});
