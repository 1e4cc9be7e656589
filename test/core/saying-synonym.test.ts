import * as assert from 'node:assert/strict';
import { analyzeDraft } from '../../server/src/core/checks/check';
import { claimTerms } from '../../server/src/core/index/support';
import { align } from '../../server/src/core/index/align';
import { synonymsOfWord } from '../../server/src/core/lexicon/synonyms';
import { corpusOfLines } from './seed-corpus';

// Words of saying stand for one another as verbs ("menyatakan" for "kata"), not as the noun of a statement:
// "pernyataan bersama" is a document two leaders sign, which no "kata Kremlin" states.

const corpus = corpusOfLines({
  'k.txt': ['Kedua pemimpin itu diharapkan menandatangani sejumlah perjanjian bilateral, kata Kremlin pada hari Selasa.'],
});

function credit(draft: string, word: string): number {
  const facts = analyzeDraft(corpus, draft + '\n', 'markdown'), s = facts.sentences[0];
  const terms = claimTerms(corpus, s, () => undefined, [], facts.lang);
  const k = terms.findIndex(t => t.norm === word);
  assert.ok(k >= 0, `no term ${word}`);
  return align(corpus, terms, { doc: 0, sentence: 0 }).credit[k];
}

describe('words of saying as synonyms', () => {
  it('credits a verb of saying where the passage has another', () => {
    assert.ok(credit('Kremlin menyatakan kedua pemimpin itu diharapkan menandatangani sejumlah perjanjian bilateral.', 'menyatakan') > 0);
  });

  it('does not credit the noun of a statement for a verb of saying', () => {
    assert.equal(credit('Kedua pemimpin itu menandatangani pernyataan bersama pada hari Selasa.', 'pernyataan'), 0);
    assert.deepEqual(synonymsOfWord('pernyataan', 'nyata'), []);
    assert.ok(synonymsOfWord('menyatakan', 'nyata').includes('kata'));
  });
});
