import * as assert from 'node:assert/strict';
import { Corpus, SourceFile } from '../../server/src/core/index/corpus';
import { WordIndex } from '../../server/src/core/index/quote-index';
import { randomUpdates, seedPieces as sources, updateSteps } from './seed-corpus';

// The quote search's word-position index of a rebuilt corpus is made from the index before it (an editor's
// corpus after a source was added, changed or removed): it must hold exactly the places, in exactly the order,
// that an index made from scratch holds, or a quote could be found elsewhere after an edit than after a restart.

function samePlaces(updated: WordIndex, corpus: Corpus): void {
  const fresh = WordIndex.of(corpus);
  assert.equal(updated.words.length, fresh.words.length);
  for (const s of corpus.store.stored.strings) {
    assert.deepEqual(Array.from(updated.placesOf(s)), Array.from(fresh.placesOf(s)), s);
    assert.equal(updated.countOf(s), fresh.placesOf(s).length / 2, s);
  }
}

describe('the quote index of a rebuilt corpus', () => {
  it('is made from the index before and equals a fresh one: a file added in the middle, one changed, one removed', async () => {
    const files = sources();
    assert.ok(files.length >= 12, `${files.length} files`);
    const added: SourceFile = { uri: 'm-added.txt', label: 'm-added.txt', text: '“Kami siap berunding kapan saja,” kata Sergei Lavrov di Beijing.\n', format: 'plaintext' };
    const { steps } = updateSteps(files, added, '\n“Kami siap berunding,” kata Putin.\n');
    let corpus = Corpus.build(files);
    let index = WordIndex.of(corpus);
    for (const step of steps) {
      const next = await Corpus.buildAsync(step, { previous: corpus.earlier() });
      const updated = WordIndex.of(next, index);
      assert.ok(updated.fromEarlier, 'made from the index before');
      samePlaces(updated, next);
      corpus = next;
      index = updated;
    }
  });

  for (const [share, how] of [[Infinity, 'keeping every change beside the places laid out before'], [0, 'laying every change out in full']] as const) {
    it(`equals a fresh index after a random run of updates, ${how}`, async () => {
      const was = WordIndex.layOutShare;
      WordIndex.layOutShare = share;
      try {
        const run = randomUpdates(11, 12, step => `\nKata Putin ${step}: "Kami siap."\n`);
        let corpus = Corpus.build(run.first), index = WordIndex.of(corpus);
        for (const [step, files] of run.steps.entries()) {
          const next = await Corpus.buildAsync(files, { previous: corpus.earlier() });
          const updated = WordIndex.of(next, index);
          if (next.postingsFromEarlier) assert.ok(updated.fromEarlier, `step ${step}: made from the index before`);
          samePlaces(updated, next);
          corpus = next;
          index = updated;
        }
      } finally {
        WordIndex.layOutShare = was;
      }
    });
  }

  it('is made from scratch when the files come in another order', async () => {
    const files = sources();
    const corpus = Corpus.build(files);
    const reversed = await Corpus.buildAsync([...files].reverse(), { previous: corpus.earlier() });
    const index = WordIndex.of(reversed, WordIndex.of(corpus));
    assert.equal(index.fromEarlier, false);
    samePlaces(index, reversed);
  });
});
