import * as assert from 'node:assert/strict';
import { checkDraft } from '../../server/src/core/checks/check';
import { editDistance } from '../../server/src/core/checks/name-spelling';
import { corpusOfLines, fillerLines } from './seed-corpus';

// A name no source uses, a letter or two from the closest passage's spelling (checks/name-spelling.ts): still
// unknown-entity, with the passage's spelling offered as the fix.

const corpus = corpusOfLines({
  'kontes.txt': [
    ...fillerLines(5, 'id'),
    'Pimpinan Eksekutif kontes ini adalah Svante Stockselius, yang juga merupakan kepala bidang dari Steering Group.',
    'Winstone bertemu dengan istrinya, Elaine, pada saat syuting That Summer pada tahun 1979.',
    ...fillerLines(5, 'id', 'Ambon'),
  ],
  'harbour.txt': [
    ...fillerLines(5, 'en'),
    'The harbour master, Ingrid Halvorsen, closed the Kelmsby quay to ferries on Tuesday.',
    ...fillerLines(5, 'en', 'Tromso'),
  ],
});
const unknownIn = (text: string) => checkDraft(corpus, text + '\n', 'markdown').filter(d => d.code === 'unknown-entity');

describe('a name written a letter or two from the closest passage\'s spelling', () => {
  it('offers the passage\'s spelling as the fix, in the message too', () => {
    const [d, ...rest] = unknownIn('Svante Stocklius adalah pimpinan eksekutif kontes ini.');
    assert.equal(rest.length, 0);
    assert.deepEqual(d.fixes.map(f => f.newText), ['Stockselius']);
    assert.match(d.message, /Mungkin maksudnya “Stockselius”/);
    const [w] = unknownIn('Elaine adalah istri dari Windstone.');
    assert.deepEqual(w?.fixes.map(f => f.newText), ['Winstone']);
    const [e] = unknownIn('On Tuesday, Halvorstein closed the Kelmsby quay to ferries.');
    assert.deepEqual(e?.fixes.map(f => f.newText), ['Halvorsen']);
    assert.match(e?.message ?? '', /Perhaps “Halvorsen”/);
  });

  it('passes once the fix is made', () => {
    assert.deepEqual(unknownIn('Svante Stockselius adalah pimpinan eksekutif kontes ini.'), []);
  });

  it('offers nothing for a name that is no slip of the passage\'s', () => {
    const [d] = unknownIn('Svante Lindqvist adalah pimpinan eksekutif kontes ini.');
    assert.ok(d, 'still unknown');
    assert.deepEqual(d.fixes, []);
    assert.doesNotMatch(d.message, /Mungkin maksudnya/);
    // Three letters more than the passage's name is another name, not a slip of it.
    const [e] = unknownIn('On Tuesday, Halvorsenius closed the Kelmsby quay to ferries.');
    assert.ok(e, 'still unknown');
    assert.deepEqual(e.fixes, []);
  });
});

describe('edits between two words', () => {
  it('count an insertion, a deletion, a replacement and a swap of neighbours as one each', () => {
    assert.equal(editDistance('winstone', 'windstone', 3), 1);
    assert.equal(editDistance('halvorsen', 'halversen', 3), 1);
    assert.equal(editDistance('stocklius', 'stockselius', 3), 2);
    assert.equal(editDistance('halvorsen', 'halvrosen', 3), 1);
  });

  it('stop past the bound', () => {
    assert.equal(editDistance('lindqvist', 'stockselius', 2), 3);
  });
});
