import * as assert from 'node:assert/strict';
import { fixtureCorpus, flaggedIn } from './seed-corpus';

// A fraction between two of the claim's own figures is the share they make, read under its hedge ("180 liter per
// detik, kurang dari separuh debit normalnya yang sekitar 450 liter per detik"; checks/worked-figures.ts): no figure
// of the passage to compare it with. The story of own set BJ, where a made-up one passed either way.

const water = fixtureCorpus('air-bersih');
const codes = (text: string) => flaggedIn(water, text + '\n').map(f => f.code);

describe("a fraction of the claim's own figures", () => {
  it('is the share they make', () => {
    assert.ok(!codes('Debit Sungai Cisalangka di titik intake menyusut menjadi 180 liter per detik, kurang dari separuh debit normalnya yang sekitar 450 liter per detik.').includes('number-mismatch'));
  });

  it('still leaves a wrong figure to the number check', () => {
    assert.ok(codes('Debit Sungai Cisalangka di titik intake menyusut menjadi 150 liter per detik, kurang dari separuh debit normalnya yang sekitar 450 liter per detik.').includes('number-mismatch'));
  });
});
