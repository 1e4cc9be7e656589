import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/index/corpus';
import { analyzeDraft, checkDraft } from '../../server/src/core/checks/check';
import { referencesAt } from '../../server/src/core/features/navigation';
import { hoverAt } from '../../server/src/core/features/hover';
import { nameSpelling, prepareLookupsSteps } from '../../server/src/core/index/name-lookups';

// A surname or given name that the sources only give within a full name: hover, definition and references still
// say who it is, from the draft's own earlier full name first, else when the corpus leaves no doubt.

const corpus = Corpus.build([
  { uri: 'a', label: 'bridge.md', format: 'markdown', text: 'Mayor Diane Okafor said the bridge would open in May.\n\nThe council thanked Diane Okafor for the plan.\n' },
  { uri: 'b', label: 'berg.md', format: 'markdown', text: 'Anna Berg runs the ferry company.\n\nLars Berg opposes the new bridge.\n' },
  // Wire copy: two articles carry the mayor's same words, one with other marks and case.
  { uri: 'c', label: 'wire-1.md', format: 'markdown', text: '“The bridge will open in May,” said Diane Okafor.\n' },
  { uri: 'd', label: 'wire-2.md', format: 'markdown', text: '"The bridge will open in may," said Diane Okafor.\n' },
]);

function hover(draft: string, needle: string): string | undefined {
  const facts = analyzeDraft(corpus, draft, 'markdown');
  return hoverAt(corpus, facts, draft.indexOf(needle) + 1, () => 'x', 'en')?.markdown;
}

describe('a name typed as a part of a full name', () => {
  it('resolves a surname the sources only give in full', () => {
    const draft = 'The bridge opens in May, Okafor said on Monday.';
    assert.match(hover(draft, 'Okafor') ?? '', /Diane Okafor/);
    const facts = analyzeDraft(corpus, draft, 'markdown');
    assert.equal(referencesAt(corpus, facts, draft.indexOf('Okafor') + 1).length, 4);
  });

  it('lists a quote that several sources carry once, from the first of them', () => {
    const markdown = hover('Diane Okafor spoke on Monday.', 'Okafor') ?? '';
    assert.equal(markdown.match(/bridge will open in May/gi)?.length, 1, markdown);
    assert.match(markdown, /wire-1\.md/);
  });

  it('leaves a surname two people share unresolved, unless the draft named one of them before', () => {
    assert.equal(hover('The ferry is late again, Berg said on Monday.', 'Berg'), undefined);
    const draft = 'Lars Berg spoke first. The bridge is too costly, Berg said.';
    assert.match(hover(draft, 'Berg said') ?? '', /Lars Berg/);
    assert.doesNotMatch(hover(draft, 'Berg said') ?? '', /Anna Berg/);
  });

  it('resolves the surname typed in lower case too', () => {
    assert.match(hover('the bridge opens in may, okafor said.', 'okafor') ?? '', /Diane Okafor/);
  });
});

// The unknown-name check resolves a name as the hover does: a surname the sources give only in full is that
// person (so it is never unknown, and the role the draft gives them is checked against theirs), and a title in
// front of a name is no unknown word of the name. Draft in, the check's findings out.

const checked = Corpus.build([
  { uri: 'a', label: 'bridge.txt', format: 'plaintext', text: 'Mayor Ana Lindqvist said the bridge would open in May.\nThe council thanked her for the plan.' },
  { uri: 'b', label: 'film.txt', format: 'plaintext', text: 'Nadia Farouk made a film about the bridge.\nThe film will be shown in June.' },
]);

const entityFindings = (draft: string) =>
  checkDraft(checked, draft, 'markdown').filter(d => d.code === 'unknown-entity').map(d => `${draft.slice(d.start, d.end)}: ${d.message}`);

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

// A server makes the corpus's lookups of names in steps after an index, before any request asks (after-index.ts):
// what they answer must be what the tables made on first need answer.
describe('the lookups of names made ahead, in steps', () => {
  it('answer as those made on first need', () => {
    const files = [
      { uri: 'a', label: 'bridge.txt', format: 'plaintext' as const, text: 'Mayor Ana Lindqvist said the bridge would open in May.\nLars Berg opposes the bridge.' },
      { uri: 'b', label: 'film.txt', format: 'plaintext' as const, text: 'Nadia Farouk made a film about the bridge with Diane Okafor.' },
    ];
    const ahead = Corpus.build(files), lazy = Corpus.build(files);
    let stops = 0;
    for (const _ of prepareLookupsSteps(ahead, 1)) stops++;
    assert.ok(stops >= ahead.registry.entities.length, `${stops} stops for ${ahead.registry.entities.length} names`);
    for (const corpus of [ahead, lazy]) {
      assert.equal(nameSpelling(corpus, 'lindqvst'), 'lindqvist');
      assert.equal(nameSpelling(corpus, 'farouq'), 'farouk');
      assert.equal(nameSpelling(corpus, 'barouk'), undefined);
      assert.equal(corpus.registry.byNamePart('okafor')?.name, 'Diane Okafor');
    }
  });
});
