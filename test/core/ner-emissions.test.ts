import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sentenceEmissions } from '../../server/src/core/facts/ner-emissions';
import { featureEmissions, sentenceFeatures, shippedModel } from '../../server/src/core/facts/ner-tagger';
import { collectVocabulary, makeContext } from '../../server/src/core/facts/analyze';
import { splitSentences } from '../../server/src/core/text/sentences';
import { tokenize } from '../../server/src/core/text/tokens';
import { Token } from '../../server/src/core/types';
import { SEEDS } from '../workspace';

// The tagger scores tokens from per-word records (ner-emissions.ts) instead of feature strings: the scores must
// be the very same numbers, bit for bit, as the weights of sentenceFeatures summed feature by feature, or names
// could change. Checked on every sentence of the seed articles, with all tokens scored and with some.

const texts = fs.readdirSync(SEEDS).sort().map(f => fs.readFileSync(path.join(SEEDS, f), 'utf8'));
const lower = new Set<string>(), midCap = new Set<string>();
for (const t of texts) collectVocabulary(t, lower, midCap);
const tools = makeContext(lower, midCap).toolsFor('id');
const ctx = { isCommonWord: (n: string) => tools.isStopword(n) || lower.has(n), isKnownName: (n: string) => midCap.has(n) };
const model = shippedModel();

function assertSame(tokens: readonly Token[], only: boolean[]): void {
  const fast = sentenceEmissions(tokens, ctx, model, only);
  const slow = featureEmissions(model, sentenceFeatures(tokens, ctx, model.gazetteer, only));
  assert.equal(fast.length, slow.length);
  for (let i = 0; i < fast.length; i++) {
    if (!Object.is(fast[i], slow[i])) assert.fail(`score ${i} of "${tokens.map(t => t.text).join(' ')}": ${fast[i]} != ${slow[i]}`);
  }
}

describe('name tagger emissions', () => {
  it('are bit-identical to summing the feature strings, on every seed sentence', () => {
    let sentences = 0;
    for (const text of texts) {
      for (const s of splitSentences(text, { hardLineBreaks: true, breaks: [] })) {
        const tokens = tokenize(text, s.start, s.end);
        assertSame(tokens, tokens.map(() => true));
        assertSame(tokens, tokens.map(t => /\p{Lu}/u.test(t.text)));
        sentences++;
      }
    }
    assert.ok(sentences > 100);
  });

  it('score odd tokens the same: a norm unlike its text\'s usual one, a "|"', () => {
    const tokens = tokenize('Presiden Joko Widodo tiba di Jakarta-Pusat.');
    assertSame(tokens, tokens.map(() => true));
    // A token "|" is also the separator inside a feature's name ("s-1s=Xx|x|X"): the lookup by parts must not
    // mistake one for the other.
    const bars = tokenize('Harga | Jakarta || naik, kata Menteri |Budi| dari BUMN.');
    assertSame(bars, bars.map(() => true));
    const odd = tokens.map(t => (t.text === 'Joko' ? { ...t, norm: 'widodo' } : t));
    assertSame(odd, odd.map(() => true));
  });
});
