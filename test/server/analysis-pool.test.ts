import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AnalysisPool, poolFor, worthThreadsChars } from '../../server/src/analysis-pool';
import { Corpus, SourceFile } from '../../server/src/core/index/corpus';
import { CancelledError } from '../../server/src/core/cancellation';
import { checkDraft } from '../../server/src/core/checks/check';
import { REPO, SEEDS } from '../workspace';

// Analysis on worker threads must give the corpus a one-thread build gives: the same facts, the same entities,
// the same findings on a draft. Files come back in any order and are filed in file order.

const DRAFT = fs.readFileSync(path.join(REPO, 'examples', 'draft.md'), 'utf8');
const seeds = (): SourceFile[] => fs.readdirSync(SEEDS).sort().map(f => ({ uri: f, label: f, text: fs.readFileSync(path.join(SEEDS, f), 'utf8'), format: 'plaintext' }));

describe('analysis on worker threads', function () {
  this.timeout(60_000);

  it('builds the same corpus as one thread, and the same findings', async () => {
    // Each seed twice under another name: more files than threads, so results overtake each other.
    const files = [...seeds(), ...seeds().map(f => ({ ...f, uri: `copy-${f.uri}`, label: `copy-${f.label}` }))];
    // Threads however little there is to analyse, so the threads are what is tested.
    const pool = new AnalysisPool(3, 0);
    let progress = 0;
    try {
      const apart = await Corpus.buildAsync(files, { parallel: pool, onProgress: done => { assert.ok(done > progress, 'progress only grows'); progress = done; } });
      const here = Corpus.build(files);
      assert.equal(progress, files.length);
      assert.deepEqual(apart.docs.map(d => d.facts), here.docs.map(d => d.facts));
      assert.deepEqual(apart.registry.entities, here.registry.entities);
      assert.deepEqual(apart.stats, here.stats);
      assert.deepEqual(checkDraft(apart, DRAFT, 'markdown'), checkDraft(here, DRAFT, 'markdown'));
      assert.ok(checkDraft(apart, DRAFT, 'markdown').length > 0, 'the sample draft has findings to compare');
    } finally {
      pool.close();
    }
  });

  it('stops when cancelled, closing its threads', async () => {
    const pool = new AnalysisPool(2, 0);
    const token = { isCancellationRequested: false };
    const files = [...seeds(), ...seeds().map(f => ({ ...f, uri: `copy-${f.uri}` }))];
    let filed = 0;
    const build = Corpus.buildAsync(files, { parallel: pool, token, onProgress: done => { filed = done; token.isCancellationRequested = true; } });
    await assert.rejects(build, CancelledError);
    assert.ok(filed < files.length, 'stopped before the end');
    await assert.rejects(pool.vocabulary(['Teks.']), /closed/);
  });

  it('fails an analysis still running when it is closed, instead of leaving it waiting', async () => {
    const pool = new AnalysisPool(1, 0);
    const vocab = { lowerVocab: new Set<string>(), midCapVocab: new Set<string>() };
    const running = pool.analyse(seeds().map((f, id) => ({ id, text: f.text, format: f.format })), vocab, () => undefined, undefined, true);
    pool.close();
    await assert.rejects(running, /closed/);
  });

  it('updates from an earlier corpus with threads at hand, analysing only the changed file', async () => {
    const pool = new AnalysisPool(2);
    try {
      const files = seeds();
      const before = await Corpus.buildAsync(files, { parallel: pool });
      const changed = files.map((f, i) => (i === 2 ? { ...f, text: `${f.text}\nSatu kalimat baru.\n` } : f));
      const after = await Corpus.buildAsync(changed, { parallel: pool, previous: before.earlier() });
      assert.equal(after.reused, files.length - 1);
      assert.deepEqual(after.docs.map(d => d.facts), Corpus.build(changed).docs.map(d => d.facts));
    } finally {
      pool.close();
    }
  });

  it('replaces a thread that runs out of memory under its limit, and still builds what one thread builds', async () => {
    const files = [...seeds(), ...seeds().map(f => ({ ...f, uri: `copy-${f.uri}`, label: `copy-${f.label}` }))];
    // 4 MB of old space: too little to load the models, so every thread runs out and is replaced.
    const pool = new AnalysisPool(2, 0, 4);
    try {
      const apart = await Corpus.buildAsync(files, { parallel: pool });
      const here = Corpus.build(files);
      assert.ok(pool.replaced >= 1, 'a thread was replaced');
      assert.deepEqual(apart.docs.map(d => d.facts), here.docs.map(d => d.facts));
      assert.deepEqual(apart.registry.entities, here.registry.entities);
    } finally {
      pool.close();
    }
  });

  it('is not started for a few small files, nor when no threads are wanted', () => {
    assert.equal(poolFor(seeds().map(f => f.text)), undefined);
    assert.equal(poolFor(['x'.repeat(1 << 20)], 0), undefined);
    const pool = poolFor(['x'.repeat(3 << 20), 'y'.repeat(3 << 20)], 2);
    assert.ok(pool);
    assert.equal(pool.size, 2);
    pool.close();
  });

  it('is started for less text on a machine with more cores than two, where it costs less', () => {
    assert.equal(worthThreadsChars(2), 4 << 20);
    assert.equal(worthThreadsChars(1), 4 << 20);
    assert.equal(worthThreadsChars(4), 512 << 10);
    const texts = ['x'.repeat(1 << 20), 'y'.repeat(1 << 20)];
    assert.equal(poolFor(texts, 2, worthThreadsChars(2)), undefined);
    const pool = poolFor(texts, 2, worthThreadsChars(8));
    assert.ok(pool);
    pool.close();
  });
});
