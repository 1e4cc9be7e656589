import * as assert from 'node:assert/strict';
import { corpusOfLines } from './seed-corpus';
import { checkDraft } from '../../server/src/core/checks/check';

// A passage that denies giving out a thing ("tidak memberikan rincian baru") speaks against a claim that has it
// given out with another verb of the kind ("memaparkan rincian baru"), in Indonesian and in English. Another verb
// ("meminta rincian") or another thing is no such claim; a word that counts the thing ("sejumlah") is passed over.
// Made-up sources, so each case rests on the rule.

const corpus = corpusOfLines({
  'id.txt': ['Meskipun kedua menteri mengatakan mereka berupaya mengakhiri sengketa perikanan, mereka tidak memberikan rincian baru apa pun dalam konferensi pers pada Kamis sore.'],
  'en.txt': ['Although the two ministers said they wanted to end the fishing dispute, they did not provide any new details at the press conference on Thursday afternoon.'],
});
const codes = (text: string) => checkDraft(corpus, text + '\n', 'markdown').filter(d => d.severity === 'error' || d.severity === 'warning').map(d => `${d.code}: ${d.message}`);

describe('verbs of giving out a thing', () => {
  it('flags a claim that has the denied thing given out with another such verb', () => {
    assert.match(codes('Dalam konferensi pers pada Kamis sore, kedua menteri memaparkan rincian baru tentang upaya mengakhiri sengketa perikanan.').join('\n'),
      /^contradiction: .*“tidak memberikan”.*“memaparkan”/);
    assert.match(codes('At the press conference on Thursday afternoon, the two ministers revealed new details of their plan to end the fishing dispute.').join('\n'),
      /^contradiction: /);
  });

  it('flags it also where the passage states less of the rest, which the verifier alone would take as support', () => {
    assert.match(codes('Dalam konferensi pers itu, para menteri perikanan kedua negara memaparkan rincian baru mengenai rencana mereka.').join('\n'),
      /^contradiction: .*“memaparkan”/);
  });

  it('reads the thing past a word that counts it ("sejumlah rincian", "several new details")', () => {
    assert.match(codes('Dalam konferensi pers pada Kamis sore, kedua menteri memaparkan sejumlah rincian baru tentang upaya mengakhiri sengketa perikanan.').join('\n'),
      /^contradiction: .*“memaparkan”/);
    assert.match(codes('At the press conference on Thursday afternoon, the two ministers revealed several new details of their plan to end the fishing dispute.').join('\n'),
      /^contradiction: /);
  });

  it('does not flag another verb or the denial kept', () => {
    assert.ok(!codes('Dalam konferensi pers pada Kamis sore, wartawan meminta rincian baru tentang upaya mengakhiri sengketa perikanan.').some(c => c.startsWith('contradiction')));
    assert.deepEqual(codes('Kedua menteri tidak memaparkan rincian baru dalam konferensi pers pada Kamis sore.'), []);
  });
});
