import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadCorpusAsync, LoadedCorpus } from '../../server/src/corpus-files';
import * as v8 from 'node:v8';
import { IndexCache } from '../../server/src/index-cache';
import { checkDraft } from '../../server/src/core/checks/check';
import { SEEDS, REPO } from '../workspace';

// The analysed corpus on disk: a second load of unchanged sources comes from the cache and checks exactly as a
// fresh one; a changed source, a damaged or half-written cache file is never trusted.

const DRAFT = fs.readFileSync(path.join(REPO, 'examples', 'draft.md'), 'utf8');

describe('index cache', function () {
  this.timeout(20000);
  let root: string;
  let cacheDir: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sumber-cache-ws-'));
    cacheDir = path.join(root, '.cache');
    fs.mkdirSync(path.join(root, 'seeds'));
    for (const f of fs.readdirSync(SEEDS)) fs.copyFileSync(path.join(SEEDS, f), path.join(root, 'seeds', f));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const load = (): Promise<LoadedCorpus> => loadCorpusAsync(root, ['seeds/**/*.txt'], f => f, {}, {}, new IndexCache(cacheDir));
  const cacheFile = () => path.join(cacheDir, fs.readdirSync(cacheDir).find(f => f.endsWith('.idx'))!);

  it('restores a corpus that checks exactly like a fresh one', async () => {
    const first = await load();
    assert.equal(first.fromCache, false);
    const second = await load();
    assert.equal(second.fromCache, true);
    assert.deepEqual(second.corpus.stats, first.corpus.stats);
    assert.deepEqual(checkDraft(second.corpus, DRAFT, 'markdown'), checkDraft(first.corpus, DRAFT, 'markdown'));
    // The derived index comes from the file too, and is what deriving it again would give.
    assert.deepEqual(second.corpus.registry.entities, first.corpus.registry.entities);
    assert.equal(second.corpus.registry.lookup('putin'), second.corpus.registry.lookup('vladimir putin'));
    for (const stem of ['beijing', 'putin', 'kontributor']) assert.deepEqual(second.corpus.postingsOf(stem), first.corpus.postingsOf(stem));
    assert.deepEqual(second.corpus.derived(), first.corpus.derived());
  });

  it('stores the analysis compactly and gives back every fact unchanged', async () => {
    const fresh = (await load()).corpus;
    const restored = (await load()).corpus;
    assert.deepEqual(restored.docs.map(d => d.facts), fresh.docs.map(d => d.facts));
    assert.ok(v8.serialize(fresh.store.stored).length < v8.serialize(fresh.docs.map(d => d.facts)).length / 3);
  });

  it('rebuilds when a source changes, even at the same size', async () => {
    await load();
    const file = path.join(root, 'seeds', fs.readdirSync(path.join(root, 'seeds'))[0]);
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace(/\d/, d => String((Number(d) + 1) % 10)));
    const again = await load();
    assert.equal(again.fromCache, false);
    // The changed figure adds no word: the other files' analyses come from the old entry, and the result is a
    // fresh build's.
    assert.equal(again.corpus.reused, 4);
    assert.ok(again.notes?.some(n => /4 of 5 files unchanged/.test(n)), JSON.stringify(again.notes));
    const fresh = await loadCorpusAsync(root, ['seeds/**/*.txt'], f => f, {}, {});
    assert.deepEqual(again.corpus.docs.map(d => d.facts), fresh.corpus.docs.map(d => d.facts));
    assert.deepEqual(again.corpus.derived(), fresh.corpus.derived());
    // Written again with the four old analyses in it (their bytes reused as they were read): read back whole.
    const third = await load();
    assert.equal(third.fromCache, true);
    assert.deepEqual(third.corpus.docs.map(d => d.facts), fresh.corpus.docs.map(d => d.facts));
    assert.deepEqual(third.corpus.derived(), fresh.corpus.derived());
  });

  it('rebuilds, and says so, when the cache file is damaged or half written', async () => {
    await load();
    const bytes = fs.readFileSync(cacheFile());
    bytes[bytes.length - 10] ^= 0xff;
    fs.writeFileSync(cacheFile(), bytes);
    const damaged = await load();
    assert.equal(damaged.fromCache, false);
    assert.match(damaged.notes!.join(' '), /damaged/);
    assert.deepEqual(checkDraft(damaged.corpus, DRAFT, 'markdown').length > 0, true);

    fs.writeFileSync(cacheFile(), fs.readFileSync(cacheFile()).subarray(0, 500));
    const cut = await load();
    assert.equal(cut.fromCache, false);
    fs.writeFileSync(cacheFile(), 'not a cache');
    assert.equal((await load()).fromCache, false);
    assert.equal((await load()).fromCache, true);
    assert.deepEqual(fs.readdirSync(cacheDir).filter(f => f.endsWith('.tmp')), []);
  });

  it('keeps working when the cache cannot be written', async () => {
    fs.writeFileSync(cacheDir, 'a file where the cache folder should be');
    const loaded = await load();
    assert.equal(loaded.corpus.stats.documents, 5);
    assert.match(loaded.notes!.join(' '), /could not be written/);
  });

  it('writes between other work the same entry it writes at once, and a stopped write leaves the one before', async () => {
    const loaded = await loadCorpusAsync(root, ['seeds/**/*.txt'], f => f, {}, {}, new IndexCache(cacheDir), { deferCacheWrite: true });
    assert.equal(loaded.writeCache!(), undefined);
    const atOnce = fs.readFileSync(cacheFile());
    let turns = 0;
    const pause = async () => { turns++; await new Promise(r => setImmediate(r)); };
    // A turn after every step: five seed articles take less than the server's few milliseconds.
    const sliceMs = IndexCache.writeSliceMs;
    IndexCache.writeSliceMs = 0;
    try {
      fs.rmSync(cacheFile());
      assert.equal(await loaded.writeCacheAsync!(pause), undefined);
      assert.deepEqual(fs.readFileSync(cacheFile()), atOnce);
      assert.ok(turns > 10, `gave other work ${turns} turns`);
      // Stopped midway: the entry there was stays, and nothing half written is left.
      fs.writeFileSync(cacheFile(), 'the entry before');
      const stop = { isCancellationRequested: false };
      let steps = 0;
      const stopping = async () => { if (++steps === 5) stop.isCancellationRequested = true; await pause(); };
      assert.equal(await loaded.writeCacheAsync!(stopping, stop), undefined);
      assert.equal(fs.readFileSync(cacheFile(), 'utf8'), 'the entry before');
      assert.deepEqual(fs.readdirSync(cacheDir).filter(f => f.endsWith('.tmp')), []);
    } finally {
      IndexCache.writeSliceMs = sliceMs;
    }
    // And the entry written between other work is read back as the corpus.
    fs.writeFileSync(cacheFile(), atOnce);
    const again = await load();
    assert.equal(again.fromCache, true);
    assert.deepEqual(again.corpus.docs.map(d => d.facts), loaded.corpus.docs.map(d => d.facts));
  });
});
