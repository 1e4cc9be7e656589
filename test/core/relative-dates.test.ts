import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/index/corpus';
import { checkDraft } from '../../server/src/core/checks/check';

// A passage that names its own year only as "this year" ("tahun ini") cannot rule out the year a claim gives: the
// other year it writes out is about something else. Made-up sources, so the test rests on the rule.

const corpus = Corpus.build([{
  uri: 'en.txt', label: 'en.txt', format: 'plaintext', text: [
    'Both the men\'s and the women\'s volleyball teams won the National Student Cup this year, building on their first win in 2018.',
    'The rowing club won the regional league in 2016 and again in 2018, its coach said.',
  ].join('\n'),
}, {
  uri: 'id.txt', label: 'id.txt', format: 'plaintext', text: [
    'Tim bola voli putri kampus itu menjuarai liga mahasiswa nasional tahun ini, setelah juara pertama kali pada 2018.',
  ].join('\n'),
}]);

const dateFindings = (text: string) => checkDraft(corpus, text + '\n', 'markdown').filter(d => d.code === 'date-mismatch');

describe('dates against a passage that says "this year"', () => {
  it('does not call a claimed year wrong where the passage gives its year as "this year"', () => {
    assert.deepEqual(dateFindings('Both the men\'s and the women\'s volleyball teams won the National Student Cup in 2019.'), []);
    assert.deepEqual(dateFindings('Tim bola voli putri kampus itu menjuarai liga mahasiswa nasional pada 2021.'), []);
  });

  it('still calls a year wrong where the passage writes every year out', () => {
    assert.equal(dateFindings('The rowing club won the regional league in 2016 and again in 2019, its coach said.').length, 1);
  });
});
