import * as assert from 'node:assert/strict';
import { analyzeDraft } from '../../server/src/core/checks/check';
import { claimTerms } from '../../server/src/core/index/support';
import { align } from '../../server/src/core/index/align';
import { compoundForms, CompoundVocabulary } from '../../server/src/core/index/compound-forms';
import { Word } from '../../server/src/core/facts/analyze';
import { corpusOfLines } from './seed-corpus';

// A compound spelt open in the draft and closed in the source, or the other way round ("kerja sama" and
// "kerjasama"): index/compound-forms.ts. A made-up corpus, so the rule carries each case.

const corpus = corpusOfLines({
  'forum.txt': [
    'Wali kota Lestari Wibowo akan menghadiri forum perdagangan dan kerjasama di Waringin pekan depan.',
    'Kedua kota menggelar pertemuan tatap muka pertama mereka sejak banjir besar tahun lalu.',
    'Para nelayan Waringin khawatir tanggul akan menutup jalur perahu mereka.',
  ],
});

/** The credit each word of a draft sentence gets from one source sentence (index/support.ts `align`). */
function credits(draft: string, sentence: number): Map<string, number> {
  const facts = analyzeDraft(corpus, draft + '\n', 'markdown'), s = facts.sentences[0];
  const terms = claimTerms(corpus, s, () => undefined, [], facts.lang);
  const a = align(corpus, terms, { doc: 0, sentence });
  return new Map(terms.map((t, k) => [t.norm, a.credit[k]]));
}

describe('compounds spelt open or closed', () => {
  it('credits an open compound of the draft where the source has the closed one', () => {
    const got = credits('Lestari Wibowo akan menghadiri forum perdagangan dan kerja sama di Waringin.', 0);
    assert.ok(got.get('kerja')! > 0);
    assert.equal(got.get('perdagangan'), 1);
  });

  it('credits a closed compound of the draft where the source has the open one', () => {
    assert.ok(credits('Kedua kota menggelar pertemuan tatapmuka pertama mereka.', 1).get('tatapmuka')! > 0);
  });

  it('credits no compound the source does not have', () => {
    assert.equal(credits('Lestari Wibowo akan menghadiri forum kerja bakti di Waringin.', 0).get('bakti'), 0);
  });

  const word = (norm: string, token: number): Word =>
    ({ norm, stem: norm, start: 0, end: 0, stop: norm === 'sama', cap: false, negatedPrefix: false, token });
  const vocab: CompoundVocabulary = {
    hasWord: n => ['kerja', 'sama', 'pasca', 'perang', 'ber', 'lari'].includes(n),
    hasStem: s => ['kerjasama', 'pascaperang'].includes(s),
    stem: n => n, isStopword: n => n === 'sama',
  };

  it('offers the closed form a word makes with its neighbour, only where the sources have it', () => {
    assert.deepEqual(compoundForms([word('kerja', 0), word('sama', 1)], 0, vocab), ['kerjasama']);
    assert.deepEqual(compoundForms([word('kerja', 0), word('keras', 1)], 0, vocab), []);
    // Not across punctuation: "kerja, sama" is no compound.
    assert.deepEqual(compoundForms([word('kerja', 0), word('sama', 2)], 0, vocab), []);
  });

  it('offers the halves of a closed compound, but no function word and no short prefix', () => {
    assert.deepEqual(compoundForms([word('pascaperang', 0)], 0, vocab), ['pasca', 'perang']);
    assert.deepEqual(compoundForms([word('kerjasama', 0)], 0, vocab), ['kerja']);
    assert.deepEqual(compoundForms([word('berlari', 0)], 0, vocab), []);
  });
});
