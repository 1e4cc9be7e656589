import * as assert from 'node:assert/strict';
import { DocumentVocabularies } from '../../server/src/archive/vocabulary-ids';
import { vocabularyOf } from '../../server/src/archive/rows';

// An ingest keeps every document's vocabularies from its first pass to the batch that writes it, as ids into one
// table of words (archive/vocabulary-ids.ts): what a batch reads back must be the lists the first pass made.

describe('the vocabularies an ingest keeps per document', () => {
  const texts = [
    'Presiden Vladimir Putin bertemu Xi Jinping di Moskow. Keduanya membahas kerja sama ekonomi.',
    'Xi Jinping tiba di Moskow pada hari Senin, kata juru bicara Kremlin Dmitry Peskov.',
    '',
    'Kerja sama ekonomi kedua negara tumbuh; perdagangan mencapai rekor baru.',
  ];

  it('gives back each document\'s lists, in their order, whatever the documents share', () => {
    const kept = new DocumentVocabularies();
    const numbers = texts.map(t => kept.add(vocabularyOf(t)));
    assert.deepEqual(numbers, [0, 1, 2, 3]);
    assert.equal(kept.size, texts.length);
    texts.forEach((t, i) => assert.deepEqual(kept.get(i), vocabularyOf(t), `document ${i}`));
  });

  it('gives a word back to every document that has it, in either kind', () => {
    const kept = new DocumentVocabularies();
    kept.add({ lower: ['kerja', 'sama'], midCap: ['Moskow'] });
    kept.add({ lower: ['sama', 'ekonomi'], midCap: ['Moskow', 'Kremlin'] });
    assert.deepEqual(kept.get(0), { lower: ['kerja', 'sama'], midCap: ['Moskow'] });
    assert.deepEqual(kept.get(1), { lower: ['sama', 'ekonomi'], midCap: ['Moskow', 'Kremlin'] });
  });
});
