import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy, seedCorpus } from './seed-corpus';
import { analyzeDraft } from '../../server/src/core/checks/check';
import { placesSameThing } from '../../server/src/core/checks/place-slots';

// Whether two places locate the same thing: a content word shared before the locative ("Pertemuan di …"), or one
// side's before the locative and the other's right after the place ("Olimpiade Musim Dingin di Beijing" against "di
// Moskow untuk Olimpiade Musim Dingin"), dates left out (checks/place-slots.ts).

const corpus = corpusOfLines({ 'any.txt': ['Dahl melihat Lund untuk Festival Musim Dingin di Oslo.', 'Serangan militer di Helsinki berlanjut.'] });

/** Whether the place `a` in sentence `x` and the place `b` in sentence `y` locate the same thing. */
function same(x: string, a: string, y: string, b: string): boolean {
  const sx = analyzeDraft(corpus, x, 'markdown').sentences[0], sy = analyzeDraft(corpus, y, 'markdown').sentences[0];
  const name = sx.names.find(n => n.text === a)!, rival = sy.names.find(n => n.text === b)!;
  assert.ok(name && rival, `${a} or ${b} not read as a name`);
  return placesSameThing(sx, name, sy, rival);
}

describe('places that locate the same thing', () => {
  it('shares a word before the locative, or before it on one side and after the place on the other', () => {
    assert.ok(same('Pertemuan di Oslo berlangsung lama.', 'Oslo', 'Pertemuan di Helsinki berlangsung singkat.', 'Helsinki'));
    assert.ok(same('Dahl bertemu Lund di Helsinki untuk Festival Musim Dingin.', 'Helsinki', 'Dahl melihat Lund untuk Festival Musim Dingin di Oslo.', 'Oslo'));
  });

  it('does not take another event, nor the date after both, for the same thing', () => {
    assert.ok(!same('Pertemuan di Oslo pada hari Kamis.', 'Oslo', 'Serangan militer di Helsinki pada hari Kamis.', 'Helsinki'));
  });
});

describe('a capital put for the one the passage places the same event in', () => {
  it('is flagged on the seed articles, with the passage\'s place as the fix', () => {
    const flagged = flaggedBy(seedCorpus());
    const [d, ...rest] = flagged('Putin bertemu Xi di Moskow untuk Olimpiade Musim Dingin pada awal Februari.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unknown-entity');
    assert.deepEqual(d.fixes.map(f => f.newText), ['Beijing']);
    assert.deepEqual(flagged('Putin bertemu Xi di Beijing untuk Olimpiade Musim Dingin pada awal Februari.\n'), []);
  });
});
