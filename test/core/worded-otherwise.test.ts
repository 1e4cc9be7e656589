import * as assert from 'node:assert/strict';
import { checkDraft } from '../../server/src/core/checks/check';
import { corpusOfLines, fillerLines, fixtureCorpus } from './seed-corpus';

// An English claim whose words its passage says otherwise ("a single dissenting vote" for "the only vote against",
// "beat her rival" for "won … ahead of") is backed by that passage (index/support.ts, MEANING_CREDIT). These
// sentences were flagged as unsupported warnings before the word vectors (lexicon/word-vectors.ts).

const flagged = (fixture: string) => {
  const corpus = fixtureCorpus(fixture);
  return (text: string) => checkDraft(corpus, text + '\n', 'markdown').filter(d => d.severity === 'error' || d.severity === 'warning').map(d => d.code);
};

describe('a claim its passage words otherwise', () => {
  it('is backed, not flagged', () => {
    const vaccine = flagged('vaccine');
    assert.deepEqual(vaccine('The measles funding passed with a single dissenting vote, cast by Supervisor Linda Okafor, who wanted the department to get everything it had requested.'), []);
    assert.deepEqual(vaccine("The chief medical officer of St. Brendan's Regional Hospital urged people with a fever and rash to phone ahead rather than simply turn up at the hospital."), []);
    assert.deepEqual(flagged('byelection')('Brackwell beat her Unity Party rival by 2,338 votes on a turnout of just under half, well below the 63 percent at the last general election.'), []);
  });

  it('still needs what a person is in its own word: a nurse is not said by "hospital"', () => {
    assert.deepEqual(flagged('strike')("Keisha Danvers, a nurse at St Anselm's Hospital, had to walk 50 minutes to reach her 7 a.m. shift when the strike began."), ['unsupported-claim']);
  });

  it('has its figures and dates compared only with passages in its own words', () => {
    // "lasted twelve days" is near "two days of talks" by its words said otherwise, and the talks' days are no strike's.
    const codes = flagged('harbour')('Work resumed at all six berths on Sunday, after the strike had lasted twelve days.');
    assert.ok(!codes.includes('number-mismatch'), codes.join(' '));
    // The registry's start is no film's selection, however near "picked" is to "chosen" and "movie" to "films".
    const registry = corpusOfLines({ 'registry.txt': ['The national film registry has chosen films for preservation since it began in 1988.', ...fillerLines(12)] });
    const dated = checkDraft(registry, 'In 2018, the movie was picked for safekeeping by the national film registry.\n', 'markdown').map(d => d.code);
    assert.deepEqual(dated, ['unsupported-claim']);
  });
});
