import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus, SourceFile } from '../../server/src/core/index/corpus';
import { WideStats } from '../../server/src/core/index/corpus-stats';
import { claimTerms } from '../../server/src/core/index/support';
import { retrieve } from '../../server/src/core/index/retrieve';
import { analyzeDraft } from '../../server/src/core/checks/check';
import { REPO } from '../workspace';

// A corpus drawn from a larger whole (an archive's working set) weighs words as the whole does: a sentence it
// holds scores what it scores in the whole, and a word the whole knows is known.

const FIXTURES = path.join(REPO, 'test/fixtures/english');
const files = fs.readdirSync(FIXTURES).sort().map((f): SourceFile => ({ uri: f, label: f, text: fs.readFileSync(path.join(FIXTURES, f), 'utf8'), format: 'plaintext' }));
const whole = Corpus.build(files);
const statsOf = (c: Corpus): WideStats => ({
  sentenceCount: c.sentenceCount, avgSentenceLength: c.avgSentenceLength,
  sentencesWith: stem => c.postingsOf(stem).length, knowsWord: part => c.anyCaseVocab.has(part),
});
const CLAIM = 'Construction is scheduled to begin in early March 2025 and should take three years.';

function scored(corpus: Corpus): { weights: number[]; top: { uri: string; sentence: number; bm25: number } } {
  const draft = analyzeDraft(corpus, CLAIM, 'plaintext');
  const terms = claimTerms(corpus, draft.sentences[0], () => undefined);
  const [best] = retrieve(corpus, terms);
  return { weights: terms.map(t => t.weight), top: { uri: corpus.docs[best.ref.doc].uri, sentence: best.ref.sentence, bm25: best.bm25 } };
}

describe('a corpus drawn from a larger whole', () => {
  const holding = files.filter(f => f.text.includes(CLAIM));
  it('scores the sentence it holds as the whole does, and would not by its own counts', () => {
    assert.equal(holding.length, 1);
    const expected = scored(whole);
    assert.equal(expected.top.uri, holding[0].uri);
    const alone = scored(Corpus.build(holding));
    assert.notDeepEqual(alone.weights, expected.weights, 'one document alone weighs words otherwise');
    const drawn = scored(Corpus.build(holding).drawnFrom(statsOf(whole)));
    assert.deepEqual(drawn.weights, expected.weights);
    assert.deepEqual(drawn.top, expected.top);
  });

  it('knows the words of the whole that none of its documents uses', () => {
    const others = files.filter(f => !holding.includes(f));
    const word = [...new Set(others.flatMap(f => f.text.toLowerCase().match(/\p{L}{6,}/gu) ?? []))].find(w => whole.knowsWord(w) && !Corpus.build(holding).knowsWord(w));
    assert.ok(word, 'the other documents have a word of their own');
    assert.ok(Corpus.build(holding).drawnFrom(statsOf(whole)).knowsWord(word));
    assert.ok(!Corpus.build(holding).drawnFrom(statsOf(whole)).knowsWord('zyxwvutq'));
  });
});
