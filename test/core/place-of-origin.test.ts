import * as assert from 'node:assert/strict';
import { fixtureCorpus, flaggedBy } from './seed-corpus';

// A person's village given with "asal" (where they come from) is weighed as "di" or "warga" give it: "petani jagung
// asal Desa Lewoboleng" where the story has "petani jagung di Desa Waiwadan" names another village, and the finding
// offers the story's. A country after "asal" is a nationality and is left to the other checks.

const eruption = flaggedBy(fixtureCorpus('gunung'));
const found = (text: string) => eruption(text + '\n').filter(d => d.severity === 'error' || d.severity === 'warning');

describe('a person\'s village given with "asal"', () => {
  it('is another village than the story\'s, with the story\'s as the fix', () => {
    const text = 'Yosefina Nogo, petani jagung asal Desa Lewoboleng, mendapati ladangnya tertutup abu setelah erupsi.';
    const [d, ...rest] = found(text);
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unknown-entity');
    assert.equal(text.slice(d.start, d.end), 'Desa Lewoboleng');
    assert.deepEqual(d.fixes.map(f => f.newText), ['Desa Waiwadan']);
  });

  it('passes the story\'s own village', () => {
    assert.deepEqual(found('Yosefina Nogo, petani jagung asal Desa Waiwadan, mendapati ladangnya tertutup abu.'), []);
  });
});
