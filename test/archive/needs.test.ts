import * as assert from 'node:assert/strict';
import { needsOf } from '../../server/src/archive/needs';
import { analyzeDraft } from '../../server/src/core/checks/check';
import { seedCorpus } from '../core/seed-corpus';

// What a draft asks of an archive: per sentence the stems retrieval would look up (not stopwords, not figures),
// the names it gives, and its quotations long enough to search by.

describe('what a draft needs from an archive', () => {
  const corpus = seedCorpus();
  const text = 'Presiden Vladimir Putin bertemu Xi Jinping di Moskow pada 2023.\n\nPutin berkata: “Kami mendukung inisiatif rekan-rekan Tiongkok kami.” Lalu “ya” katanya.\n';
  const needs = needsOf([analyzeDraft(corpus, text, 'markdown')]);

  it('lists each sentence\'s content stems, without stopwords or figures', () => {
    assert.ok(needs.claims.length >= 2);
    const first = needs.claims[0];
    assert.ok(first.includes('temu'), `the stem of "bertemu": ${first.join(' ')}`);
    assert.ok(!first.includes('di') && !first.includes('pada'), 'stopwords bring nothing');
    assert.ok(!first.some(s => /^\d/.test(s)), 'a year is checked on its own');
  });

  it('gives each claim\'s first figure, else its first negation, with the words beside it, and its wording', () => {
    const between = '[^[:alnum:]]+';
    assert.equal(needs.marks[0], `(^|[^[:alnum:]])pada${between}2023([^[:alnum:]]|$)`);
    assert.equal(needs.wordings[0], `(^|[^[:alnum:]])${['presiden', 'vladimir', 'putin', 'bertemu', 'xi', 'jinping', 'di', 'moskow', 'pada', '2023'].join(between)}([^[:alnum:]]|$)`);
    const denied = needsOf([analyzeDraft(corpus, 'Rusia tidak (pernah) menyerang Kyiv.\n\nPutin bertemu Xi.\n', 'markdown')]);
    assert.equal(denied.marks[0], `(^|[^[:alnum:]])rusia${between}tidak${between}pernah([^[:alnum:]]|$)`);
    assert.equal(denied.marks[1], undefined);
  });

  it('names every name once, by its registry key, and the quotes long enough to search', () => {
    assert.ok(needs.names.includes('vladimir putin') && needs.names.includes('xi jinping'), needs.names.join(', '));
    assert.equal(new Set(needs.names).size, needs.names.length);
    assert.deepEqual(needs.quotes, ['Kami mendukung inisiatif rekan-rekan Tiongkok kami.']);
  });
});
