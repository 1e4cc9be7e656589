import * as assert from 'node:assert/strict';
import { Corpus, SourceFile } from '../../server/src/core/index/corpus';
import { seedPieces } from './seed-corpus';

// A corpus read from the disk cache (a warm start) holds the index but not what an update takes from the corpus
// before: the registry's per-document parts and the known words' counts. prepareUpdates makes them in the
// background; the update that follows must then be made from the corpus before, and equal a fresh build.

/** What a warm start reads: the analyses and the derived index of an earlier build, as the disk cache keeps them. */
function warm(files: SourceFile[]): Corpus {
  const built = Corpus.build(files);
  return Corpus.restore(files, built.store.stored, built.ctx.lowerVocab, built.ctx.midCapVocab, built.derived());
}

const listed = (c: Corpus) => c.registry.entities.map(e => ({ name: e.name, kind: e.kind, keys: [...e.keys].sort(), mentions: e.mentions, roles: e.roles }));

describe('an update after a warm start', () => {
  it('is made from the corpus before once prepared, and equals a fresh build', async () => {
    const files = seedPieces();
    const corpus = warm(files);
    assert.equal(corpus.registry.updatable, false, 'the disk cache keeps no parts');
    assert.equal(corpus.preparedForUpdates, false);
    await corpus.prepareUpdates(async () => undefined);
    assert.ok(corpus.registry.updatable);
    // The known words' counts too: without them the first update would read every word of the corpus again.
    assert.ok(corpus.preparedForUpdates);
    const changed = files.map((f, i) => (i === 4 ? { ...f, text: f.text + '\nPutin dan Xi Jinping menandatangani 14 dokumen kerja sama.\n' } : f));
    const next = await Corpus.buildAsync(changed, { previous: corpus.earlier(), updatable: true });
    assert.ok(next.postingsFromEarlier, 'postings made from those before');
    const fresh = Corpus.build(changed);
    assert.deepEqual(listed(next), listed(fresh));
    assert.deepEqual([...next.anyCaseVocab].sort(), [...fresh.anyCaseVocab].sort());
  });

  it('stops when cancelled, and the corpus still updates (from scratch)', async () => {
    const files = seedPieces();
    const corpus = warm(files);
    const token = { isCancellationRequested: true };
    await assert.rejects(corpus.prepareUpdates(async () => undefined, token));
    assert.equal(corpus.preparedForUpdates, false);
    const next = await Corpus.buildAsync(files.slice(1), { previous: corpus.earlier() });
    assert.equal(next.postingsFromEarlier, false);
    assert.deepEqual(listed(next), listed(Corpus.build(files.slice(1))));
  });
});
