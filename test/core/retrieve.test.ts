import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus, SourceFile } from '../../server/src/core/index/corpus';
import { claimTerms } from '../../server/src/core/index/support';
import { retrieve } from '../../server/src/core/index/retrieve';
import { analyzeDraft } from '../../server/src/core/checks/check';
import { REPO } from '../workspace';

// Retrieval reuses its arrays from claim to claim (support.ts): what one claim left in them must not reach the next.
// A claim's candidates are the same whether it is the corpus's first claim or its hundredth, and copies of one
// sentence filed in two documents are kept once.

const FIXTURES = path.join(REPO, 'test/fixtures/english');
const files = fs.readdirSync(FIXTURES).sort().map((f): SourceFile => ({ uri: f, label: f, text: fs.readFileSync(path.join(FIXTURES, f), 'utf8'), format: 'plaintext' }));

function ranked(corpus: Corpus, claim: string, k = 10): string[] {
  const draft = analyzeDraft(corpus, claim, 'plaintext');
  const terms = claimTerms(corpus, draft.sentences[0], () => undefined);
  return retrieve(corpus, terms, k).map(r => `${corpus.docs[r.ref.doc].uri} ${r.ref.sentence} ${r.bm25.toFixed(6)}`);
}

describe('retrieval claim after claim', () => {
  const corpus = Corpus.build(files);
  // Claims made of the sources' own sentences, so each has many candidates that share words with the others'.
  const claims = corpus.docs.flatMap(d => d.facts.sentences.filter(s => s.words.length >= 6).slice(0, 12).map(s => s.text));

  it('ranks each claim as it ranks it first on a corpus of its own', () => {
    assert.ok(claims.length >= 20, `${claims.length} claims`);
    const seen = claims.map(c => ranked(corpus, c));
    claims.forEach((c, i) => assert.deepEqual(seen[i], ranked(Corpus.build(files), c), c));
    // Asked again after all the others, in the other order.
    for (let i = claims.length - 1; i >= 0; i--) assert.deepEqual(ranked(corpus, claims[i]), seen[i]);
  });

  it('ranks the sentence itself first, best first, and keeps a copy filed in another document once', () => {
    const claim = claims[0];
    const own = ranked(corpus, claim);
    assert.ok(own[0].startsWith(`${corpus.docs[0].uri} `), own[0]);
    const scores = own.map(r => Number(r.split(' ')[2]));
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
    const copied = Corpus.build([...files, { uri: 'zz-copy.txt', label: 'zz-copy.txt', text: `${claim}\n`, format: 'plaintext' }]);
    const withCopy = ranked(copied, claim), top = withCopy[0].split(' ');
    assert.equal(top[0], corpus.docs[0].uri);
    assert.deepEqual(withCopy.filter(r => r.endsWith(` ${top[2]}`)), [withCopy[0]], withCopy.join('\n'));
    // Alone, the copy is found.
    assert.ok(ranked(Corpus.build([{ uri: 'zz-copy.txt', label: 'zz-copy.txt', text: `${claim}\n`, format: 'plaintext' }, ...files.slice(1)]), claim)[0].startsWith('zz-copy.txt '));
  });
});
