import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/index/corpus';
import { corpusOfLines } from './seed-corpus';
import { checkDraft } from '../../server/src/core/checks/check';

// A negation or an opposite word in a passage contradicts a claim only when the passage is about the same moment:
// when the claim's figures (an amount, a year) stand in another sentence of the story and not in the passage, the
// passage is about something else. Made-up sources, English and Indonesian.

const english = corpusOfLines({ 'study.txt': [
  'Children who live near major roads are more likely to develop asthma, a study by Carrow University found.',
  'The study followed 4,100 children born between 2008 and 2013 in three cities.',
  'Owen Gallagher, a respiratory researcher who was not involved in the study, said it could not prove cause.',
] });
const indonesian = corpusOfLines({ 'pabrik.txt': [
  'PT Sinar Tekstil Nusantara resmi menutup pabrik pemintalan benangnya di Karangsari.',
  'Pabrik yang berdiri sejak 1989 itu pernah mempekerjakan lebih dari 4.000 orang.',
  'Bupati meminta PT Sinar Tekstil Nusantara menunda penutupan pabrik di Karangsari hingga akhir tahun.',
] });
const codes = (corpus: Corpus, text: string) => checkDraft(corpus, text + '\n', 'markdown').filter(d => d.severity === 'error').map(d => d.code);

describe('a contradiction about the claim\'s own moment', () => {
  it('is not read from a passage about something else when the claim\'s figure stands elsewhere in the story', () => {
    assert.deepEqual(codes(english, 'The study involved 4,100 children.'), []);
    assert.deepEqual(codes(indonesian, 'Pabrik PT Sinar Tekstil Nusantara di Karangsari dibuka pada 1989.'), []);
  });

  it('is still read where the passage holds the claim\'s figure, or the claim has none', () => {
    assert.deepEqual(codes(english, 'Owen Gallagher was involved in the study.'), ['contradiction']);
  });
});
