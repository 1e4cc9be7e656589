import * as assert from 'node:assert/strict';
import { meaningNear, vectorRow } from '../../server/src/core/lexicon/word-vectors';
import { stemEnglish } from '../../server/src/core/text/stem-english';

// English stems near in meaning by their word vectors (lexicon/word-vectors.ts), as the support check asks.

const near = (a: string, b: string) => meaningNear(stemEnglish(a), stemEnglish(b));

describe('English words near in meaning', () => {
  it('finds a word and its paraphrase near', () => {
    assert.ok(near('died', 'deaths') >= 0.7, `died/deaths ${near('died', 'deaths')}`);
    assert.ok(near('turnout', 'voters') >= 0.7, `turnout/voters ${near('turnout', 'voters')}`);
  });

  it('keeps words that share little of a meaning apart', () => {
    assert.ok(near('dissenting', 'against') < 0.5);
    assert.ok(near('passed', 'approved') < 0.7);
  });

  it('never finds opposites near, though their vectors are', () => {
    // "rise" and "fall", "agree" and "refuse" keep the same company: their cosines are 0.88 and 0.79.
    assert.equal(near('rise', 'fall'), 0);
    assert.equal(near('agreed', 'refused'), 0);
  });

  it('never finds two of the most frequent words near (cosines 0.80)', () => {
    assert.equal(near('take', 'day'), 0);
    assert.equal(near('year', 'week'), 0);
  });

  it('knows no stem it was not built with', () => {
    assert.equal(vectorRow('xqzzyvv'), undefined);
    assert.equal(near('xqzzyvv', 'strike'), 0);
  });
});
