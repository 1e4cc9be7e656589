import * as assert from 'node:assert/strict';
import { SpellingVariants } from '../../server/src/core/text/spelling';

describe('spelling variants of names', () => {
  const names = new SpellingVariants(['samudera', 'zelensky', 'shoigu', 'xi', 'iran']);

  it('finds a known name one letter away', () => {
    assert.equal(names.find('samudra'), 'samudera');
    assert.equal(names.find('zelenskyy'), 'zelensky');
    assert.equal(names.find('shoygu'), 'shoigu');
  });

  it('leaves short names and names two letters away alone', () => {
    assert.equal(names.find('irak'), undefined);
    assert.equal(names.find('li'), undefined);
    assert.equal(names.find('samodro'), undefined);
  });

  it('does not count a different first letter as a spelling variant', () => {
    assert.equal(names.find('zhoigu'), undefined);
    assert.equal(new SpellingVariants(['gambia']).find('zambia'), undefined);
  });

  it('makes the same table from whole names, at once or in steps', () => {
    const full = ['Sergei Shoigu', 'Indonesia Samudera', 'Xi Jinping', 'Volodymyr Zelensky', 'Iran', 'Samudera Pasai'];
    const steps = SpellingVariants.ofNamesSteps(full, 2);
    let stops = 0, step = steps.next();
    while (!step.done) { stops++; step = steps.next(); }
    assert.equal(stops, 3, 'a stop after every two names');
    for (const table of [SpellingVariants.ofNames(full), step.value]) {
      assert.equal(table.find('samudra'), 'samudera');
      assert.equal(table.find('zelenskyy'), 'zelensky');
      assert.equal(table.find('jinpin'), 'jinping');
      assert.equal(table.find('irak'), undefined);
    }
  });
});

describe('spelling variants against the rule itself', () => {
  /** The rule read literally: a form of the word (itself or less one letter) that is a form of the known word. */
  function reference(known: string[], word: string): string | undefined {
    const forms = (w: string) => [w, ...[...w].map((_, i) => w.slice(0, i) + w.slice(i + 1))];
    const distinct = [...new Set(known.filter(w => w.length >= 6))];
    if (word.length < 6) return undefined;
    for (const form of forms(word)) {
      for (const w of distinct) if (w !== word && w[0] === word[0] && Math.abs(w.length - word.length) <= 1 && forms(w).includes(form)) return w;
    }
    return undefined;
  }

  it('gives what the rule gives, first match included, on random words and their one-letter changes', () => {
    let seed = 7;
    const rnd = (n: number) => { seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5; return (seed >>> 0) % n; };
    const letters = 'aeiknrstu';
    const make = () => Array.from({ length: 5 + rnd(4) }, () => letters[rnd(letters.length)]).join('');
    const known = Array.from({ length: 300 }, make);
    const table = new SpellingVariants(known);
    const edits = (w: string) => {
      const at = rnd(w.length), c = letters[rnd(letters.length)];
      return [w.slice(0, at) + w.slice(at + 1), w.slice(0, at) + c + w.slice(at), w.slice(0, at) + c + w.slice(at + 1), w.slice(0, at) + (w[at + 1] ?? '') + w[at] + w.slice(at + 2)];
    };
    let found = 0;
    for (const w of known.slice(0, 150)) {
      for (const q of [w, ...edits(w), make()]) {
        const expected = reference(known, q);
        assert.equal(table.find(q), expected, q);
        if (expected) found++;
      }
    }
    assert.ok(found > 200, `only ${found} variants among the queries`);
  });
});
