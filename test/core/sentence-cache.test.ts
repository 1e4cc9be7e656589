import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDraft, checkDraft, DEFAULT_OPTIONS } from '../../server/src/core/checks/check';
import { SentenceCheckCache } from '../../server/src/core/checks/sentence-cache';
import { sentenceKey } from '../../server/src/core/checks/sentence-keys';
import { CancelledError } from '../../server/src/core/cancellation';
import { originOf, SentenceFactsMemo } from '../../server/src/core/facts/sentence-facts-memo';
import { SentenceFacts } from '../../server/src/core/facts/analyze';
import { corpusOfLines, seedCorpus, seedDraft } from './seed-corpus';
import { REPO } from '../workspace';

// The editor checks through the sentence cache, the plain checkDraft is the reference: they must agree on every
// finding, and an edit must cost one sentence, not the draft.

const SAMPLE = fs.readFileSync(path.join(REPO, 'examples', 'draft.md'), 'utf8');

describe('sentence cache', () => {
  it('gives exactly the findings of a full check, on the sample draft and a long one', async () => {
    const corpus = seedCorpus();
    for (const text of [SAMPLE, seedDraft(8000)]) {
      const cache = new SentenceCheckCache(corpus);
      const cached = await cache.check(analyzeDraft(corpus, text, 'markdown'), DEFAULT_OPTIONS);
      assert.deepEqual(cached, checkDraft(corpus, text, 'markdown'));
      // A second pass over the same text comes from the cache and says the same.
      const again = await cache.check(analyzeDraft(corpus, text, 'markdown'), DEFAULT_OPTIONS);
      assert.deepEqual(again, cached);
    }
  });

  it("keys a sentence by whom the draft's earlier full name makes its surname, so one check is not reused for another", () => {
    // "Berg" alone is two people of the sources: the draft's full name before it says which.
    const corpus = corpusOfLines({
      'a.txt': ['Anna Berg memimpin perusahaan feri Waringin sejak 2019.'],
      'b.txt': ['Lars Berg dan Tomas Holm menentang rencana jembatan baru di Waringin.'],
    });
    const text = 'Lars Berg tinggal di Waringin. Berg menentang jembatan baru.\n\nAnna Berg tinggal di Waringin. Berg menentang jembatan baru.\n\n' +
      'Anna Berg pergi ke Tromsø. Berg menentang jembatan baru.\n';
    const draft = analyzeDraft(corpus, text, 'markdown');
    const [afterLars, afterAnna, afterAnnaAgain] = draft.sentences.filter(x => x.text.startsWith('Berg')).map(x => sentenceKey(corpus, draft, x, []));
    assert.notEqual(afterLars, afterAnna);
    assert.equal(afterAnna, afterAnnaAgain);
  });

  it('re-checks only the edited sentence, and moves the others findings with the text', async () => {
    const corpus = seedCorpus();
    const cache = new SentenceCheckCache(corpus);
    await cache.check(analyzeDraft(corpus, SAMPLE, 'markdown'), DEFAULT_OPTIONS);
    // A blank line typed at the top shifts every offset: nothing is re-checked, every finding moves.
    let before = cache.misses;
    const shifted = '\n' + SAMPLE;
    assert.deepEqual(await cache.check(analyzeDraft(corpus, shifted, 'markdown'), DEFAULT_OPTIONS), checkDraft(corpus, shifted, 'markdown'));
    assert.equal(cache.misses - before, 0);
    // One word changed in one sentence re-checks that sentence alone.
    before = cache.misses;
    const edited = shifted.replace('40 persen', '45 persen');
    assert.notEqual(edited, shifted);
    const found = await cache.check(analyzeDraft(corpus, edited, 'markdown'), DEFAULT_OPTIONS);
    assert.equal(cache.misses - before, 1);
    assert.deepEqual(found, checkDraft(corpus, edited, 'markdown'));
  });

  it("gives a full check's findings through the editor's memo, whose moved sentences keep their first analysis's key", async () => {
    const corpus = seedCorpus();
    const cache = new SentenceCheckCache(corpus), memo = new SentenceFactsMemo<SentenceFacts>();
    let text = SAMPLE;
    const first = analyzeDraft(corpus, text, 'markdown', undefined, memo);
    await cache.check(first, DEFAULT_OPTIONS);
    // Typing at the top moves every sentence: the copies stand for their first analysis, and nothing is re-checked.
    for (const typed of ['\n', '\n\n', '\n']) {
      text = typed + text;
      const before = cache.misses;
      const facts = analyzeDraft(corpus, text, 'markdown', undefined, memo);
      assert.ok(facts.sentences.every((s, i) => s !== first.sentences[i] && originOf(s) === originOf(first.sentences[i])));
      assert.deepEqual(await cache.check(facts, DEFAULT_OPTIONS), checkDraft(corpus, text, 'markdown'));
      assert.equal(cache.misses - before, 0);
    }
    // An edit in the middle re-checks its sentence only, and every finding is a full check's.
    text = text.replace('40 persen', '41 persen');
    const before = cache.misses;
    assert.deepEqual(await cache.check(analyzeDraft(corpus, text, 'markdown', undefined, memo), DEFAULT_OPTIONS), checkDraft(corpus, text, 'markdown'));
    assert.equal(cache.misses - before, 1);
  });

  it('keeps severities out of the cache: turning a check off takes effect on cached sentences', async () => {
    const corpus = seedCorpus();
    const cache = new SentenceCheckCache(corpus);
    const draft = analyzeDraft(corpus, SAMPLE, 'markdown');
    const all = await cache.check(draft, DEFAULT_OPTIONS);
    assert.ok(all.some(d => d.code === 'number-mismatch'));
    const off = await cache.check(draft, { ...DEFAULT_OPTIONS, severity: { ...DEFAULT_OPTIONS.severity, 'number-mismatch': 'off' } });
    assert.ok(!off.some(d => d.code === 'number-mismatch'));
    assert.equal(off.length, all.length - all.filter(d => d.code === 'number-mismatch').length);
  });

  it('pauses between slices and stops when cancelled', async () => {
    const corpus = seedCorpus();
    const token = { isCancellationRequested: false };
    let pauses = 0;
    const pause = async () => { pauses++; token.isCancellationRequested = true; };
    await assert.rejects(new SentenceCheckCache(corpus).check(analyzeDraft(corpus, seedDraft(30_000), 'markdown'), DEFAULT_OPTIONS, { token, pause }),
      (e: unknown) => e instanceof CancelledError);
    assert.equal(pauses, 1);
  });
});
