import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedBy, sentenceAlone } from './seed-corpus';
import { deniedByLightVerb, isNegated } from '../../server/src/core/facts/negation';

// Verbs that only hold an act the noun after them names: "melakukan pengerukan" is dredging, "menggelar unjuk rasa"
// protesting. Denied in a claim, the noun's act is denied (facts/negation.ts); stated, the verb stands where a story
// has the noun's own verb (facts/event-framing.ts).

const negatedWords = (text: string) => {
  const s = sentenceAlone(text);
  return s.words.filter(w => isNegated(s.tokens, w) || deniedByLightVerb(s.tokens, w)).map(w => w.norm);
};

describe('light verbs before the act they hold', () => {
  it('pass a denial on to the act', () => {
    assert.deepEqual(negatedWords('Kecamatan tidak akan melakukan pengerukan di dermaga darurat.'), ['akan', 'melakukan', 'pengerukan']);
    assert.deepEqual(negatedWords('Warga tidak menggelar unjuk rasa.'), ['menggelar', 'unjuk']);
    assert.deepEqual(negatedWords('Kecamatan tidak akan mengatur jadwal pengerukan.'), ['akan', 'mengatur']);
  });

  const flagged = flaggedBy(corpusOfLines({
    'dermaga.txt': [
      'Camat Sungai Lebar, Hasanuddin Arif, mengatakan kecamatan akan mengatur jadwal pengerukan di dermaga darurat.',
      'Sementara itu, sekitar 70 orang tua siswa berunjuk rasa di halaman sekolah pada Rabu pagi.',
      ...fillerLines(6, 'id', 'Sungai Lebar'),
    ],
  }));

  it('flag a denied act that the sources state, and not a source\'s denied act in a clause of when', () => {
    assert.deepEqual(flagged('Hasanuddin Arif menyatakan kecamatan tidak akan melakukan pengerukan di dermaga darurat.\n').map(d => d.code), ['contradiction']);
    const tubuh = flaggedBy(corpusOfLines({ 'tubuh.txt': ['Saat kita tidak melakukan rehidrasi selama beberapa waktu, tubuh kita bisa mengalami stres.', ...fillerLines(6, 'id')] }));
    assert.deepEqual(tubuh('Tubuh kita butuh rehidrasi.\n').filter(d => d.code === 'contradiction'), []);
  });

  it('need no word of their own in the passage', () => {
    assert.deepEqual(flagged('Kurang lebih 70 orang tua siswa menggelar unjuk rasa di halaman sekolah pada Rabu pagi.\n'), []);
  });
});
