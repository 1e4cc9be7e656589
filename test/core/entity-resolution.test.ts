import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/index/corpus';
import { checkDraft } from '../../server/src/core/checks/check';

// The unknown-name check resolves a name as the hover does: a surname the sources give only in full is that
// person (so it is never unknown, and the role the draft gives them is checked against theirs), and a title in
// front of a name is no unknown word of the name. Draft in, the check's findings out.

const corpus = Corpus.build([
  { uri: 'a', label: 'bridge.txt', format: 'plaintext', text: 'Mayor Ana Lindqvist said the bridge would open in May.\nThe council thanked her for the plan.' },
  { uri: 'b', label: 'film.txt', format: 'plaintext', text: 'Nadia Farouk made a film about the bridge.\nThe film will be shown in June.' },
]);

const entityFindings = (draft: string) =>
  checkDraft(corpus, draft, 'markdown').filter(d => d.code === 'unknown-entity').map(d => `${draft.slice(d.start, d.end)}: ${d.message}`);

describe('the unknown-name check resolves names as the hover does', () => {
  it('takes a surname the sources give only in full for that person, and checks the role the draft gives her', () => {
    assert.deepEqual(entityFindings('Lindqvist said the bridge would open in May.'), []);
    const found = entityFindings('Councillor Lindqvist said the bridge would open in May.');
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(found[0], /^Councillor: .*Ana Lindqvist.*Mayor/);
  });

  it('reads a title ending in an office word as a title, not as an unknown name', () => {
    assert.deepEqual(entityFindings('Executive Producer Nadia Farouk made a film about the bridge.'), []);
  });

  it('still reports a name no source has', () => {
    assert.equal(entityFindings('Mayor Ana Lindqvist and Olaf Brenner said the bridge would open in May.').length, 1);
  });
});
