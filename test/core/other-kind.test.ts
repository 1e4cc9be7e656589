import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';
import { checkDraft } from '../../server/src/core/checks/check';

// A place given another administrative rank than its passage gives it: every word of the claim may stand in the
// passage, the claim's rank among them ("Kecamatan Bantur"), and yet a village is no district.

const corpus = corpusOfLines({
  'wonorejo.txt': ['Wonorejo adalah sebuah desa di wilayah Kecamatan Bantur, Kabupaten Malang, Provinsi Jawa Timur.'],
  'kosovo.txt': ['Kosovo adalah sebuah negara yang merdeka secara de facto. Sebelumnya, Kosovo adalah sebuah provinsi di Serbia.'],
  'ashby.txt': ['Ashby Green is a village in the district of Calder, east of the town of Merrow.'],
});
const findings = (text: string) => flaggedBy(corpus)(text + '\n');

describe('a place given another rank than its passage gives it', () => {
  it('flags an Indonesian village called a district, and names the rank', () => {
    const [d, more] = findings('Wonorejo adalah sebuah kecamatan.');
    assert.equal(more, undefined);
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /tidak memuat “kecamatan”: “Wonorejo adalah sebuah desa/);
  });

  it('reads the rank after "salah satu", and a kelurahan as a rank of its own', () => {
    const more = corpusOfLines({
      'wonosobo.txt': ['Wonosobo adalah salah satu kabupaten yang terdapat di Provinsi Jawa Tengah.'],
      'sembungan.txt': ['Sembungan adalah sebuah desa yang terletak di kecamatan Kejajar, kabupaten Wonosobo.'],
    });
    const flagged = (text: string) => checkDraft(more, text + '\n', 'markdown').filter(d => d.severity === 'warning').map(d => d.message);
    assert.match(flagged('Wonosobo adalah provinsi.')[0] ?? '', /“provinsi”/);
    assert.match(flagged('Sembungan adalah sebuah kelurahan.')[0] ?? '', /“kelurahan”/);
    assert.deepEqual(flagged('Wonosobo adalah sebuah kabupaten.'), []);
  });

  it('flags an English village called a town', () => {
    const [d] = findings('Ashby Green is a town.');
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /“town”/);
  });

  it('passes the rank the passage gives, and a rank the passage gives the place elsewhere in the sentence', () => {
    assert.deepEqual(findings('Wonorejo adalah sebuah desa.'), []);
    assert.deepEqual(findings('Ashby Green is a village.'), []);
    assert.deepEqual(findings('Kosovo adalah sebuah provinsi di Serbia.'), []);
  });
});
