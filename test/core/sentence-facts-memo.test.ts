import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDraft } from '../../server/src/core/checks/check';
import { SentenceFacts } from '../../server/src/core/facts/analyze';
import { SentenceFactsMemo, shifted } from '../../server/src/core/facts/sentence-facts-memo';
import { seedCorpus, seedDraft } from './seed-corpus';
import { REPO } from '../workspace';

// The editor re-analyses a draft after every edit through the memo; a fresh analysis is the reference. They must
// agree on every fact after any edit, and an edit must cost the sentences it touched.

const SAMPLE = fs.readFileSync(path.join(REPO, 'examples', 'draft.md'), 'utf8');

/** A deterministic pseudo-random sequence, so a failure can be replayed. */
function random(seed: number): () => number {
  let x = seed;
  return () => { x = (x * 1103515245 + 12345) % 2147483648; return x / 2147483648; };
}

const PIECES = [' ', '.', ', kata Putin', ' 42 persen', '\n\n', '“', '”', ' Kremlin', ' beijing', 'Senin', ' dan'];

describe('sentence facts memo', () => {
  it('gives exactly the facts of a fresh analysis after every edit of a random series', () => {
    const corpus = seedCorpus();
    const memo = new SentenceFactsMemo<SentenceFacts>();
    const next = random(7);
    let text = SAMPLE;
    for (let step = 0; step < 60; step++) {
      const at = Math.floor(next() * text.length);
      const cut = next() < 0.4 ? Math.floor(next() * 40) : 0;
      text = text.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)] + text.slice(at + cut);
      const incremental = analyzeDraft(corpus, text, 'markdown', undefined, memo);
      assert.deepEqual(incremental, analyzeDraft(corpus, text, 'markdown'), `after edit ${step} at ${at}`);
    }
    assert.ok(memo.hits > memo.misses, `${memo.hits} sentences reused, ${memo.misses} analysed`);
  });

  it('analyses again a sentence whose names depend on a word the edit made ordinary', () => {
    const corpus = seedCorpus();
    const memo = new SentenceFactsMemo<SentenceFacts>();
    // "Zorblat" opens the first sentence: is it a name? It is an ordinary word once the draft uses it in lower case.
    const first = 'Zorblat Putin bertemu Xi di Beijing pada hari Senin.\n\nIni kalimat kedua.';
    const before = analyzeDraft(corpus, first, 'markdown', undefined, memo);
    const second = first.replace('Ini kalimat kedua.', 'Ini kalimat kedua tentang zorblat.');
    const after = analyzeDraft(corpus, second, 'markdown', undefined, memo);
    assert.deepEqual(after, analyzeDraft(corpus, second, 'markdown'));
    assert.notDeepEqual(after.sentences[0].names.map(n => n.text), before.sentences[0].names.map(n => n.text));
  });

  it('costs one sentence per one-character edit of a long draft, and keeps only the draft it last saw', () => {
    const corpus = seedCorpus();
    const memo = new SentenceFactsMemo<SentenceFacts>();
    const text = seedDraft(20_000);
    const first = analyzeDraft(corpus, text, 'markdown', undefined, memo);
    const misses = memo.misses;
    const at = text.indexOf(' ', 10_000);
    const edited = text.slice(0, at) + 'x' + text.slice(at);
    const second = analyzeDraft(corpus, edited, 'markdown', undefined, memo);
    assert.equal(memo.misses - misses, 1);
    assert.equal(second.sentences.length, first.sentences.length);
    assert.equal(memo.size, new Set(second.sentences.map(s => s.text)).size);
    // The sentences after the edit moved by one character, and say so.
    const last = second.sentences.length - 1;
    assert.equal(second.sentences[last].tokens[0].start, first.sentences[last].tokens[0].start + 1);
  });

  it('shifts every offset of nested facts and nothing else', () => {
    const facts = { start: 3, end: 9, index: 2, text: 'start', tokens: [{ start: 3, end: 5, norm: 'end' }], role: { start: 4, end: 6 } };
    assert.deepEqual(shifted(facts, 10), { start: 13, end: 19, index: 2, text: 'start', tokens: [{ start: 13, end: 15, norm: 'end' }], role: { start: 14, end: 16 } });
    assert.equal(facts.tokens[0].start, 3, 'the original is left as it was');
  });
});
