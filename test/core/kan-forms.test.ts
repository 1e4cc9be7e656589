import * as assert from 'node:assert/strict';
import { analyzeDraft } from '../../server/src/core/checks/check';
import { claimTerms } from '../../server/src/core/index/support';
import { align } from '../../server/src/core/index/align';
import { corpusOfLines, fillerLines } from './seed-corpus';

// A bare verb in -kan ("jentik nyamuk kami temukan") and the same verb with a prefix ("ditemukan") stand under one
// stem for the claim's words (index/kan-forms.ts); "meninggal" (died) stands with "kematian" (death), not with
// "tinggal" (to stay), and "kejadian" (an incident) with "peristiwa", not with "menjadi" (text/stem.ts). A made-up corpus.

const corpus = corpusOfLines({
  'wabah.txt': [
    '"Jentik nyamuk kami temukan di hampir setiap rumah di Sungai Ringin," kata Maria.',
    'Total kasus sejak Januari kini mencapai 602, dengan lima kematian.',
    'Petugas menemukan sarang nyamuk di sekolah dan pasar.',
    'Sebagian warga tinggal di pengungsian sejak banjir.',
    'Tidak ada korban jiwa dalam peristiwa itu.',
    'Sungai itu menjadi sumber air bagi warga.',
    ...fillerLines(10, 'id', 'Sari Jaya'),
  ],
});

/** The credit each word of a draft sentence gets from one source sentence (index/support.ts `align`). */
function credits(draft: string, sentence: number): Map<string, number> {
  const facts = analyzeDraft(corpus, draft + '\n', 'markdown'), s = facts.sentences[0];
  const terms = claimTerms(corpus, s, () => undefined, [], facts.lang);
  const a = align(corpus, terms, { doc: 0, sentence });
  return new Map(terms.map((t, k) => [t.norm, a.credit[k]]));
}

describe('a bare verb in -kan and the same verb with a prefix', () => {
  it('credits the prefixed form of the draft where the source has the bare one', () => {
    // A form of the word counts as a synonym does (0.9): the stems differ.
    assert.ok(credits('Jentik nyamuk ditemukan di hampir setiap rumah di Sungai Ringin.', 0).get('ditemukan')! >= 0.9);
  });

  it('credits the bare form of the draft where the source has a prefixed one', () => {
    assert.ok(credits('Petugas temukan sarang nyamuk di sekolah.', 2).get('temukan')! >= 0.9);
  });
});

describe('"kejadian" (an incident)', () => {
  it('is found where the source says "peristiwa", and is not "menjadi" (to become)', () => {
    assert.ok(credits('Tidak ada korban jiwa dalam kejadian itu.', 4).get('kejadian')! >= 0.9);
    assert.ok(credits('Kejadian itu sumber air bagi warga.', 5).get('kejadian')! < 0.9);
  });
});

describe('"meninggal" (died)', () => {
  it('is found where the source says "kematian" (death)', () => {
    assert.equal(credits('Lima orang meninggal sejak Januari.', 1).get('meninggal'), 1);
  });

  it('is not "tinggal" (to stay): only the death told two sentences before counts, for less', () => {
    assert.ok(credits('Sebagian warga meninggal di pengungsian.', 3).get('meninggal')! < 1);
  });
});
