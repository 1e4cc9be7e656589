import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/index/corpus';
import { checkDraft } from '../../server/src/core/checks/check';
import { CoreDiagnostic, Fix } from '../../server/src/core/checks/types';

// Quotes in the wrong mouth and their fixes, on a small English corpus shaped like the report that found the
// damage: a source that names an association in one sentence and quotes its president, described by her role,
// in the next. A fix must change the speaker's name and nothing the writer got right, and leave a sentence the
// checker then passes.

const corpus = Corpus.build([{
  uri: 'housing.txt', label: 'housing.txt', format: 'plaintext', text: [
    'Millbrook rents rise for third year',
    'Rents in Millbrook rose by 12 percent last year, the Millbrook Residents Association said on Monday.',
    '"Families are already stretched thin," said association president Gloria Haines.',
    'Council member Tom Reed said the council would look at the figures.',
    '"We cannot promise anything yet," Reed said.',
    '"Rents will keep rising," the Millbrook Residents Association said in its annual report.',
  ].join('\n'),
}]);

const check = (text: string) => checkDraft(corpus, text, 'markdown');
const apply = (text: string, fix: Fix) => text.slice(0, fix.start) + fix.newText + text.slice(fix.end);
const words = (text: string, d: CoreDiagnostic) => `${d.code} ${text.slice(d.start, d.end)}`;

/** Applies the only fix of the only misattribution, after checking that there is exactly that. */
function fixAttribution(text: string): string {
  const found = check(text);
  assert.deepEqual(found.map(d => d.code), ['misattributed-quote'], text);
  assert.equal(found[0].fixes.length, 1, text);
  return apply(text, found[0].fixes[0]);
}

describe('quotes in the wrong mouth (small English corpus)', () => {
  it('takes the person after a role to be the speaker: "said association president Gloria Haines"', () => {
    const quote = corpus.docs[0].facts.quotes.find(q => q.text.startsWith('Families'));
    assert.equal(quote?.attribution.speaker?.text, 'Gloria Haines');
    // The association named in the sentence before is not the speaker.
    assert.equal(quote?.attribution.how, 'stated');
  });

  it('passes the draft from the report, where the quote is Gloria Haines\'s, with her role written after her name', () => {
    const draft = '"Families are already stretched thin," said Gloria Haines, president of the Millbrook Residents Association.';
    assert.deepEqual(check(draft).map(d => words(draft, d)), []);
  });

  it('replaces the wrong speaker\'s name, and the words describing them, with the sources\' speaker', () => {
    const fixed = fixAttribution('"Families are already stretched thin," said council member Tom Reed.');
    assert.equal(fixed, '"Families are already stretched thin," said Gloria Haines.');
    assert.deepEqual(check(fixed), []);
  });

  it('changes only the name where the sources give the real speaker the same title', () => {
    const fixed = fixAttribution('"Families are already stretched thin," said association president Tom Reed.');
    assert.equal(fixed, '"Families are already stretched thin," said association president Gloria Haines.');
    assert.deepEqual(check(fixed), []);
  });

  it('writes the one word the sources call the speaker by for a one-word attribution', () => {
    const fixed = fixAttribution('"We cannot promise anything yet," Haines said.');
    assert.equal(fixed, '"We cannot promise anything yet," Reed said.');
    assert.deepEqual(check(fixed), []);
  });

  it('reports a quote given to an organisation instead of a person, or the other way round, without a fix', () => {
    for (const draft of [
      '"Families are already stretched thin," the Millbrook Residents Association said.',
      '"Rents will keep rising," said Gloria Haines.',
    ]) {
      const found = check(draft);
      assert.deepEqual(found.map(d => d.code), ['misattributed-quote'], draft);
      assert.deepEqual(found[0].fixes, [], draft);
    }
  });

  it('reports a quote both misworded and in the wrong mouth as both; the two fixes together leave nothing', () => {
    const draft = '"Families are stretched very thin," said Tom Reed.';
    const found = check(draft);
    assert.deepEqual(found.map(d => words(draft, d)), ['quote-mismatch Families are stretched very thin,', 'misattributed-quote Tom Reed']);
    // Applied from the end, so the first edit's offsets still hold.
    const fixed = found.flatMap(d => d.fixes).sort((a, b) => b.start - a.start).reduce(apply, draft);
    assert.equal(fixed, '"Families are already stretched thin," said Gloria Haines.');
    assert.deepEqual(check(fixed), []);
  });

  it('does not take a new statement after a quote\'s paragraph for its attribution', () => {
    const draft = '"Families are stretched very thin."\n\nReed said the council would look at the figures.';
    assert.deepEqual(check(draft).map(d => d.code), ['quote-mismatch']);
  });
});
