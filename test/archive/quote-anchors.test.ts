import * as assert from 'node:assert/strict';
import { ANCHOR_DOCS, columnWords, quoteAnchors } from '../../server/src/archive/quote-anchors';

// The words a quotation is looked up by in the archive: its rarest few that the archive holds (quote-anchors.ts).

describe('a quotation\'s anchors in the archive', () => {
  const docs: Record<string, number> = { kami: 9000, akan: 9500, terus: 4000, memperkuat: 300, kemitraan: 40, strategis: 700, kedua: 2500, negara: 8000 };
  const documentsWith = (w: string) => docs[w] ?? 0;

  it('are its three rarest words the archive holds, rarest first', () => {
    assert.deepEqual(quoteAnchors('Kami akan terus memperkuat kemitraan strategis kedua negara', documentsWith), ['kemitraan', 'memperkuat', 'strategis']);
  });

  it('leave out words the archive lacks (a typo) and words too common to narrow the search', () => {
    assert.deepEqual(quoteAnchors('Kami akan terus memperkuat kemitran strategis kedua negara', documentsWith), ['memperkuat', 'strategis']);
    assert.ok(docs.kedua > ANCHOR_DOCS && docs.terus > ANCHOR_DOCS);
    assert.deepEqual(quoteAnchors('Kami akan terus, kedua negara', documentsWith), [], 'looked up by trigrams alone');
  });

  it('are cut as the archive\'s column cuts words: A-Z lowered, split at anything else', () => {
    assert.deepEqual(columnWords('Xi-Putin’s “KEMITRAAN” 3,5% São'), ['xi', 'putin', 's', 'kemitraan', '3', '5', 's', 'o']);
    assert.deepEqual(quoteAnchors('“KEMITRAAN!” (kemitraan)', documentsWith), ['kemitraan']);
  });
});
