import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// A speaker named in the sentence beside a statement may have said it ("… kata Dahl." then "Ia menambahkan …"), but
// not where the statement's own sentence speaks of someone else and has nothing that points back to the speaker,
// nor after a statement whose pronoun points back to someone before it (checks/speaker-near.ts). A made-up
// corpus, so the rule and not the seed articles carries each case.

const corpus = corpusOfLines({
  'kunjungan.txt': [
    'Perdana Menteri Norwegia Ingrid Dahl tiba di Reykjavik pada hari Senin untuk kunjungan pertamanya ke luar negeri tahun ini.',
    'Bagi Presiden Islandia Bjarni Jonsson, kunjungan itu adalah kesempatan untuk menunjukkan bahwa armada nelayan Islandia tidak sepenuhnya bergantung pada pasar Eropa.',
    'Perdana Menteri Finlandia Sanna Koivisto bertemu dengan para nelayan di pelabuhan Akureyri.',
    'Ia mengatakan kuota penangkapan ikan di Laut Utara harus dikurangi, sejalan dengan usul Jonsson.',
    'Menteri Perikanan Denmark Lars Berg tiba di Akureyri sehari kemudian.',
  ],
});
const flagged = flaggedBy(corpus);

describe('a speaker named beside a statement', () => {
  it('is not its speaker where the statement speaks of someone else', () => {
    const [d, ...rest] = flagged('Dahl mengatakan armada nelayan Islandia tidak sepenuhnya bergantung pada pasar Eropa.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /Dahl/);
  });

  it('is its speaker where a pronoun there points back to them', () => {
    assert.deepEqual(flagged('Koivisto mengatakan kuota penangkapan ikan di Laut Utara harus dikurangi.\n'), []);
  });

  it('is not the one a pronoun points back from: the person named after "Ia mengatakan …"', () => {
    const [d, ...rest] = flagged('Berg mengatakan kuota penangkapan ikan di Laut Utara harus dikurangi.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unsupported-claim');
  });
});
