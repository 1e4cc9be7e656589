import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/index/corpus';
import { analyzeDraft } from '../../server/src/core/checks/check';

// Where the name rules and the tagger meet, in Indonesian news: the words between a title and the name belong to
// the title, a Roman numeral after a company's name is its number, a place list joined by "dan" is two places, a
// person links only to a bracketed acronym of their own initials, and one unknown word before a verb of saying is
// its speaker. Text in, names (text/kind/role) out, against an empty corpus.

const empty = Corpus.build([]);
const names = (text: string, corpus = empty) => analyzeDraft(corpus, text, 'plaintext').sentences
  .flatMap(s => s.names.map(n => `${n.text}/${n.kind}${n.role ? `/${n.role.text}` : ''}`));

describe('name rules with the tagger', () => {
  it('keeps the words between a title and the name in the title', () => {
    assert.deepEqual(names('Menteri Agama Suryadharma Ali membuka acara itu di Jakarta.'), ['Suryadharma Ali/person/Menteri Agama', 'Jakarta/place']);
  });

  it('keeps a Roman numeral after a company\'s name in the name', () => {
    assert.deepEqual(names('Bandara dikelola PT Angkasa Pura I sejak lama.'), ['PT Angkasa Pura I/organization']);
  });

  it('reads places joined by "dan" as two places', () => {
    assert.deepEqual(names('Kerusuhan terjadi di Kashgar dan Hotan pekan lalu.'), ['Kashgar/place', 'Hotan/place']);
  });

  it('links a person to the bracketed acronym of their initials, and an organisation to its own', () => {
    assert.deepEqual(names('Presiden Susilo Bambang Yudhoyono (SBY) menghadiri rapat dengan Partai Demokrasi Indonesia Perjuangan (PDIP).'),
      ['Susilo Bambang Yudhoyono/person/Presiden', 'SBY/person', 'Partai Demokrasi Indonesia Perjuangan/organization', 'PDIP/organization']);
  });

  it('takes one unknown word opening a sentence before a verb of saying for a person', () => {
    assert.deepEqual(names('Tumiran mengungkapkan bahwa pasokan listrik cukup.'), ['Tumiran/person']);
    // A word the sources use in lower case is an ordinary word opening the sentence, not a name.
    const sources = Corpus.build([{ uri: 'a', label: 'a.txt', text: 'Kata pemerintah daerah, pasokan aman.\n', format: 'plaintext' }]);
    assert.deepEqual(names('Pemerintah mengungkapkan bahwa pasokan listrik cukup.', sources), []);
  });
});
