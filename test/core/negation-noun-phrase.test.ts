import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/index/corpus';
import { analyzeDraft } from '../../server/src/core/checks/check';
import { isNegated } from '../../server/src/core/facts/negation';
import { corpusOfLines, flaggedIn } from './seed-corpus';

// English "no" negates the noun phrase it opens, its noun a few words on ("no confirmed cases of illness"), and the
// verb that phrase is the subject of ("no illness had been confirmed"); not past the phrase ("no emotion as the
// verdict was read"), and not "No. 12" or a Japanese title's particle (facts/negation.ts).

const empty = Corpus.build([]);
const negatedWords = (text: string) => analyzeDraft(empty, text, 'plaintext').sentences
  .flatMap(s => s.words.filter(w => !w.stop && isNegated(s.tokens, w)).map(w => w.norm));

describe('a noun phrase opened by "no"', () => {
  it('negates the phrase\'s noun and the verb it is the subject of', () => {
    assert.deepEqual(negatedWords('She said there had been no confirmed cases of illness.'), ['confirmed', 'cases', 'illness']);
    assert.deepEqual(negatedWords('No illness had been confirmed.'), ['illness', 'confirmed']);
  });

  it('ends at a word that opens another part of the sentence', () => {
    assert.deepEqual(negatedWords('Hale showed no emotion as the verdict was read.'), ['emotion']);
    assert.deepEqual(negatedWords('No one had seen the report.'), ['one', 'seen']);
  });

  it('is no negation as "No." before a number or inside a Japanese title', () => {
    assert.deepEqual(negatedWords('Undang-Undang No. 12 Tahun 2011 mengatur pembentukan peraturan.'), []);
    assert.ok(!negatedWords('Drama Kekkon no Jōken dipentaskan di Tokyo.').includes('dipentaskan'));
  });

  it('lets a claim that says the same with "no" pass, and flags one that drops it', () => {
    const corpus = corpusOfLines({ 'health.txt': ['The county\'s director of public health said there had been no confirmed cases of illness linked to the water.'] });
    assert.deepEqual(flaggedIn(corpus, 'The director of public health said no illness had been confirmed as linked to the water.\n').map(d => d.code), []);
    assert.deepEqual(flaggedIn(corpus, 'The director of public health said there were confirmed cases of illness linked to the water.\n').map(d => d.code), ['contradiction']);
  });
});
