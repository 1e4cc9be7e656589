import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/index/corpus';
import { checkDraft } from '../../server/src/core/checks/check';

// A claim and a source sentence that both repeat one word hundreds of times ("x-x-x-…", found by the fuzzer in a
// mangled draft checked against a mangled source). The verifier's longest-common-run feature extended a run from
// every pair of start positions, a cube of the sentence length; a 4 KB draft took most of a second. The budget
// is twice the fuzzer's (50 ms per KB, at least 200 ms) and far below what the old feature took.

const sentence = (place: string) => `Putin berterima kasih kepada Xi ${'x-'.repeat(500)}x di ${place}.`;

describe('checking sentences that repeat one word hundreds of times', () => {
  it('takes time in proportion to the sentences, not their cube', () => {
    const corpus = Corpus.build([{ uri: 'a', label: 'a.txt', text: `${sentence('Beijing')}\n`, format: 'plaintext' }]);
    const draft = ['Moskow', 'Kyiv', 'Paris', 'Roma'].map(sentence).join('\n\n');
    checkDraft(corpus, 'Putin berterima kasih kepada Xi di Moskow.', 'plaintext');
    const started = process.hrtime.bigint();
    checkDraft(corpus, draft, 'plaintext');
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    assert.ok(ms < 2 * Math.max(200, (50 * draft.length) / 1024), `${ms.toFixed(0)} ms for ${(draft.length / 1024).toFixed(1)} KB`);
  });
});
