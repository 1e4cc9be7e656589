import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkFolderAhead, sampleText, warmUpText, AheadChecks } from '../../server/src/check-ahead';
import { analyzeDraft, DEFAULT_OPTIONS } from '../../server/src/core/checks/check';
import { SentenceCheckCache } from '../../server/src/core/checks/sentence-cache';
import { CancelledError } from '../../server/src/core/cancellation';
import { toSettings } from '../../server/src/settings';
import type { FolderCorpus } from '../../server/src/folders';
import { seedCorpus } from '../core/seed-corpus';
import { REPO } from '../workspace';

// What the server checks before a writer asks: the newest drafts on disk, whose findings then come from the
// sentence cache when they are opened, and corpus sentences the start-up warm-up did not take.

const SAMPLE = fs.readFileSync(path.join(REPO, 'examples', 'draft.md'), 'utf8');

describe('checking ahead', () => {
  const corpus = seedCorpus();
  const folder = { loaded: { corpus } } as unknown as FolderCorpus;
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sumber-check-ahead-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function context(cache: SentenceCheckCache, skip: (uri: string) => boolean = () => false): AheadChecks & { checked: number[] } {
    const checked: number[] = [];
    const pause = () => new Promise<void>(r => setImmediate(r));
    return {
      checked,
      skip,
      pause,
      settingsFor: async () => toSettings({}),
      checkAhead: async (_f, facts, settings, token) => { checked.push(facts.sentences.length); await cache.check(facts, settings.check, { token, pause }); },
    };
  }

  it('samples corpus sentences the start-up warm-up left out, from every document in turn', async () => {
    const warm = new Set(warmUpText(corpus).split('\n\n'));
    const sample = (await sampleText(corpus, 40)).split('\n\n');
    assert.equal(sample.length, 40);
    assert.ok(sample.every(s => !warm.has(s)), 'no sentence of the warm-up is checked twice');
    const docsOf = (s: string) => corpus.docs.findIndex(d => d.facts.sentences.some(x => x.text === s));
    assert.deepEqual([...new Set(sample.slice(0, corpus.docs.length).map(docsOf))].sort(), corpus.docs.map((_, i) => i));
    // Asked for more than the corpus has, it gives every sentence it has once.
    const all = (await sampleText(corpus, 1_000_000)).split('\n\n');
    const distinct = new Set(corpus.docs.flatMap(d => d.facts.sentences.map(s => s.text)));
    assert.equal(new Set(all).size, all.length);
    assert.equal(all.length + warm.size, distinct.size);
  });

  it('checks the newest draft on disk into the cache, so opening it checks nothing anew', async () => {
    const draft = path.join(dir, 'draft.md');
    fs.writeFileSync(draft, SAMPLE);
    const cache = new SentenceCheckCache(corpus);
    const ctx = context(cache);
    const done = await checkFolderAhead(ctx, dir, folder, toSettings({}), { isCancellationRequested: false });
    assert.equal(done.drafts, 1);
    // The seeds hold fewer sentences than the warm-up would take: the draft's and every one of theirs.
    const draftSentences = analyzeDraft(corpus, SAMPLE, 'markdown').sentences.length;
    assert.equal(done.sentences, draftSentences + (await sampleText(corpus, 1_000_000)).split('\n\n').length);
    const opened = await cache.report(analyzeDraft(corpus, SAMPLE, 'markdown'), DEFAULT_OPTIONS);
    assert.equal(opened.checkedAnew, 0);
    assert.ok(opened.diagnostics.length > 0, 'the sample draft has findings, read from the cache');
  });

  it('leaves out drafts the setting, a shared archive or the editor rule out, but still warms on the corpus', async () => {
    const draft = path.join(dir, 'draft.md');
    fs.writeFileSync(draft, SAMPLE);
    const never = { isCancellationRequested: false };
    for (const [settings, skip] of [
      [toSettings({ checkDraftsAhead: 0 }), () => false],
      [toSettings({ archive: 'postgres://writer@db.example/news' }), () => false],
      [toSettings({}), (uri: string) => uri === pathToFileURL(draft).toString()],
    ] as const) {
      const cache = new SentenceCheckCache(corpus);
      const done = await checkFolderAhead(context(cache, skip), dir, folder, settings, never);
      assert.equal(done.drafts, 0);
      // Every sentence of the seeds the warm-up before ready left, up to the background's share.
      assert.equal(done.sentences, (await sampleText(corpus, 1_000_000)).split('\n\n').length);
      assert.ok(done.sentences > 50);
      assert.ok((await cache.report(analyzeDraft(corpus, SAMPLE, 'markdown'), DEFAULT_OPTIONS)).checkedAnew > 0);
    }
  });

  it('stops between sentences once cancelled', async () => {
    const token = { isCancellationRequested: false };
    const cache = new SentenceCheckCache(corpus);
    const ctx = context(cache);
    setTimeout(() => { token.isCancellationRequested = true; }, 5);
    await assert.rejects(checkFolderAhead(ctx, dir, folder, toSettings({}), token), CancelledError);
    assert.ok(cache.misses < 200, `${cache.misses} sentences checked before it stopped`);
  });
});
