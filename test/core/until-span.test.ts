import * as assert from 'node:assert/strict';
import { corpusOfLines } from './seed-corpus';
import { checkDraft } from '../../server/src/core/checks/check';

// "could not be declared over until six weeks had passed" says when it may be, as "only after 42 days" does: no
// denial for the check of opposites. A plain "could not be declared over" still is one. Made-up sources.

const corpus = corpusOfLines({
  'outbreak.txt': ['Dr. Elena Vasquez, the county health officer, said the outbreak was slowing and could be declared over only after 42 days without a new case.'],
  'wabah.txt': ['Kepala dinas kesehatan Dewi Lestari mengatakan wabah itu dapat dinyatakan berakhir setelah 42 hari tanpa kasus baru.'],
});
const contradictions = (text: string) => checkDraft(corpus, text + '\n', 'markdown').filter(d => d.code === 'contradiction');

describe('a negation until a counted span', () => {
  it('is no denial of the act', () => {
    assert.deepEqual(contradictions('County health officer Elena Vasquez said the outbreak could not be declared over until six weeks had passed without a new case.'), []);
    assert.deepEqual(contradictions('Dewi Lestari mengatakan wabah itu tidak dapat dinyatakan berakhir sampai enam pekan berlalu tanpa kasus baru.'), []);
  });

  it('leaves a plain denial one', () => {
    assert.equal(contradictions('County health officer Elena Vasquez said the outbreak could not be declared over.').length, 1);
  });
});
