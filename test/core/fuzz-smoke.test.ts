import * as assert from 'node:assert/strict';
import { CoreFuzzer, FuzzFailureError } from '../../server/src/tools/fuzz-core';
import { loadSamples, makeDraft } from '../../server/src/tools/fuzz-inputs';
import { Rng } from '../../server/src/tools/fuzz-random';
import { REPO } from '../workspace';

// The core part of `npm run fuzz`, short and with a fixed seed, so that a change that makes the core throw, break
// an invariant of its answers or turn slow on odd input fails here and not only in a long fuzzing run. Drafts are
// kept smaller than the script's and time budgets three times looser, for a shared CI machine.

const ITERATIONS = 200;

describe('fuzz smoke test (seed 1, core)', function () {
  this.timeout(60000);

  it(`survives ${ITERATIONS} random and mutated drafts and corpora within the time budgets`, async () => {
    const fuzzer = new CoreFuzzer({ seed: 1, samples: loadSamples(REPO), maxDraftChars: 8 * 1024, maxCorpusChars: 8 * 1024, slowFactor: 3 });
    for (let i = 0; i < ITERATIONS; i++) {
      try {
        await fuzzer.iteration(i);
      } catch (err) {
        if (!(err instanceof FuzzFailureError)) throw err;
        const f = err.failure;
        assert.fail(`${err.message}\ninput (${f.draft.text.length} chars): ${JSON.stringify(f.draft.text.slice(0, 300))}…\n` +
          `reproduce: npm run build && node scripts/fuzz.mjs --seed ${f.seed} --iteration ${f.iteration}`);
      }
    }
    assert.ok(fuzzer.stats.get('checkDraft')!.calls >= ITERATIONS);
    assert.ok(['mutated', 'repeat', 'random', 'quotes'].every(k => (fuzzer.inputKinds.get(k) ?? 0) > 0), JSON.stringify([...fuzzer.inputKinds]));
  });

  it('generates the same inputs for the same seed and iteration', () => {
    const samples = loadSamples(REPO);
    const a = makeDraft(Rng.forIteration(1, 17), samples, 4096), b = makeDraft(Rng.forIteration(1, 17), samples, 4096);
    assert.deepEqual(a, b);
    assert.notDeepEqual(makeDraft(Rng.forIteration(2, 17), samples, 4096), a);
  });
});
