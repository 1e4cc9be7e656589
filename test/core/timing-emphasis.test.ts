import * as assert from 'node:assert/strict';
import { corpusOfLines } from './seed-corpus';
import { analyzeDraft, checkDraft } from '../../server/src/core/checks/check';
import { claimTerms } from '../../server/src/core/index/support';
import { bestEvidence } from '../../server/src/core/index/best-evidence';
import { FEATURE_NAMES, supportFeatures } from '../../server/src/core/verifier/features';

// "hanya"/"only" that stresses how soon something came ("hanya beberapa jam setelah", "only days before") restricts
// nothing the claim says, so the verifier does not read it as the operator it is in "hanya Dahl yang hadir". Made-up
// sources, so each case rests on the rule.

const corpus = corpusOfLines({
  'kunjungan.txt': ['Perdana Menteri Norwegia Ingrid Dahl mendarat di Stockholm beberapa jam setelah Menteri Perikanan Swedia mengumumkan penghentian semua kapal penangkap ikan.'],
  'visit.txt': ['Prime Minister Ingrid Dahl landed in Stockholm a few hours after the Swedish fisheries minister announced a halt to all fishing boats.'],
});
const onlyFeature = (text: string, op: string) => {
  const claim = analyzeDraft(corpus, text, 'plaintext').sentences[0];
  const terms = claimTerms(corpus, claim, () => undefined);
  return supportFeatures(corpus, claim, terms, bestEvidence(corpus, terms, 1)[0])[FEATURE_NAMES.indexOf(`claimOnly:${op}`)];
};
const flagged = (text: string) => checkDraft(corpus, text + '\n', 'markdown').filter(d => d.severity === 'error' || d.severity === 'warning');

describe('"only" that stresses timing', () => {
  it('is no operator before a span of time and "setelah"/"after"', () => {
    assert.equal(onlyFeature('Ingrid Dahl mendarat di Stockholm hanya beberapa jam setelah Menteri Perikanan Swedia mengumumkan penghentian semua kapal penangkap ikan.', 'hanya'), 0);
    assert.equal(onlyFeature('Ingrid Dahl landed in Stockholm only hours after the Swedish fisheries minister announced a halt to all fishing boats.', 'only'), 0);
  });

  it('still is one where it restricts what is claimed', () => {
    assert.equal(onlyFeature('Hanya Ingrid Dahl yang mendarat di Stockholm setelah Menteri Perikanan Swedia mengumumkan penghentian semua kapal penangkap ikan.', 'hanya'), 1);
  });

  it('lets the paraphrase pass', () => {
    assert.deepEqual(flagged('Ingrid Dahl mendarat di Stockholm hanya beberapa jam setelah Menteri Perikanan Swedia mengumumkan penghentian semua kapal penangkap ikan.'), []);
  });
});
