import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDraft } from '../../server/src/core/checks/check';
import { SentenceFacts } from '../../server/src/core/facts/analyze';
import { SentenceFactsMemo } from '../../server/src/core/facts/sentence-facts-memo';
import { rehearsalEdit } from '../../server/src/edit-rehearsal';
import { seedCorpus } from '../core/seed-corpus';
import { REPO } from '../workspace';

// The edit the server rehearses after a draft's first check: one letter typed into one sentence, analysed through a
// copy of the draft's memo, so that the writer's real next edit still reuses every sentence it did not touch.

const SAMPLE = fs.readFileSync(path.join(REPO, 'examples', 'draft.md'), 'utf8');

describe('the rehearsed edit', () => {
  it('types one letter into one sentence of the draft, and moves the sentences after it', () => {
    const corpus = seedCorpus();
    const facts = analyzeDraft(corpus, SAMPLE, 'markdown');
    const edited = rehearsalEdit(facts);
    assert.ok(edited !== undefined);
    assert.equal(edited.length, SAMPLE.length + 1);
    const after = analyzeDraft(corpus, edited, 'markdown');
    assert.equal(after.sentences.length, facts.sentences.length);
    const changed = after.sentences.filter((s, i) => s.text !== facts.sentences[i].text);
    assert.equal(changed.length, 1, 'one sentence differs');
    assert.ok(after.sentences.indexOf(changed[0]) < after.sentences.length - 1, 'sentences come after it');
    assert.equal(rehearsalEdit(analyzeDraft(corpus, 'Ya. Oh, ya.\n', 'markdown')), undefined, 'no word of four letters');
  });

  it('analysed through a copy of the memo, leaves the draft\'s memo with every sentence', () => {
    const corpus = seedCorpus();
    const memo = new SentenceFactsMemo<SentenceFacts>();
    const facts = analyzeDraft(corpus, SAMPLE, 'markdown', undefined, memo);
    const rehearsal = memo.copy();
    const edited = analyzeDraft(corpus, rehearsalEdit(facts)!, 'markdown', undefined, rehearsal);
    assert.equal(rehearsal.misses, 1, 'the rehearsal analysed its one new sentence');
    assert.deepEqual(edited, analyzeDraft(corpus, rehearsalEdit(facts)!, 'markdown'));
    memo.hits = memo.misses = 0;
    assert.deepEqual(analyzeDraft(corpus, SAMPLE, 'markdown', undefined, memo), facts);
    assert.deepEqual({ hits: memo.hits, misses: memo.misses }, { hits: facts.sentences.length, misses: 0 });
  });
});
