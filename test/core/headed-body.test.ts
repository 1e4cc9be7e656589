import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedIn } from './seed-corpus';

// What a draft says a person heads ("Borisov memimpin badan antariksa Tiongkok", "…, yang memimpin …", "…, who heads
// …") is a role: against a body of the same kind the sources say they head in another country, it is the wrong role.
// Heading something the sources never have them head ("memimpin delegasi") is weighed by the support check, not here.

const corpus = corpusOfLines({
  'rombongan.txt': [
    'Rombongan Perdana Menteri Norwegia Ingrid Dahl di Stockholm termasuk Lars Holm, yang memimpin badan perikanan Norwegia.',
    'Kedua negara sepakat berbagi data tangkapan ikan di Laut Utara.',
  ],
  'fleet.txt': ['Maria Okafor, who heads the fisheries agency of Norway, welcomed the new quota in Stockholm.',
    'Sweden and Norway agreed to share catch data.'],
});
const codesOf = (text: string) => flaggedIn(corpus, text + '\n').map(d => `${d.code}: ${d.message}`);

describe('a body a person heads', () => {
  it('flags another country for the body the sources have the person head, in the predicate or a relative clause', () => {
    for (const text of ['Lars Holm memimpin badan perikanan Swedia.', 'Lars Holm, yang memimpin badan perikanan Swedia, ikut dalam rombongan Dahl.']) {
      const [only, ...rest] = codesOf(text);
      assert.equal(rest.length, 0, text);
      assert.match(only, /^unknown-entity: .*“memimpin badan perikanan Norwegia”; draf menyebut “memimpin badan perikanan Swedia”/, text);
    }
  });

  it('passes the body as the sources give it, and a body of another kind', () => {
    assert.deepEqual(codesOf('Lars Holm, yang memimpin badan perikanan Norwegia, ikut dalam rombongan Dahl.'), []);
    assert.ok(!codesOf('Lars Holm memimpin delegasi Norwegia di Stockholm.').some(c => c.startsWith('unknown-entity')));
  });

  it('reads "who heads" in English', () => {
    assert.match(codesOf('Maria Okafor, who heads the fisheries agency of Sweden, welcomed the new quota in Stockholm.').join('\n'),
      /unknown-entity: .*“heads the fisheries agency of Norway”.*“heads the fisheries agency of Sweden”/);
    assert.deepEqual(codesOf('Maria Okafor, who heads the fisheries agency of Norway, welcomed the new quota in Stockholm.'), []);
  });
});
