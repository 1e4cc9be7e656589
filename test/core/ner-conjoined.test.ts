import * as assert from 'node:assert/strict';
import { findNames } from '../../server/src/core/facts/names';
import { tokenize } from '../../server/src/core/text/tokens';
import { collectVocabulary, makeContext } from '../../server/src/core/facts/analyze';

// A body's name joins its fields with "dan" ("Kementerian Hukum dan HAM"): one organisation, not an organisation
// and a name of no kind. Only after a word for a body, and only over capitalised words that are no name of their
// own kind.

function names(sentence: string): string[] {
  const lower = new Set<string>(), midCap = new Set<string>();
  collectVocabulary(`para pejabat itu datang. rapat itu berlangsung lama.\n${sentence}`, lower, midCap);
  const tools = makeContext(lower, midCap).toolsFor('id');
  const opts = { isCommonWord: (n: string) => tools.isStopword(n) || lower.has(n), isKnownName: (n: string) => midCap.has(n) };
  return findNames(tokenize(sentence), opts).map(m => `${m.kind}:${m.text}`);
}

describe('a body whose name joins two fields with "dan"', () => {
  it('is one organisation: "Kementerian Kelautan dan Perikanan", "Kementerian Hukum dan HAM"', () => {
    assert.ok(names('Rapat itu digelar di Kementerian Kelautan dan Perikanan pekan lalu.').includes('organization:Kementerian Kelautan dan Perikanan'));
    assert.ok(names('Surat itu dikirim ke Kementerian Hukum dan HAM kemarin.').includes('organization:Kementerian Hukum dan HAM'));
  });

  it('leaves two names joined by "dan" apart when the first is no body or the second a place', () => {
    assert.ok(!names('Partai Golkar dan Jokowi bertemu kemarin.').some(n => n.includes(' dan ')));
    assert.ok(!names('Kementerian Luar Negeri dan Jakarta sepakat.').some(n => n.includes(' dan ')));
  });
});
