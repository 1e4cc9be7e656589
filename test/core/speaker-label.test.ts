import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';
import { tokenize } from '../../server/src/core/text/tokens';
import { opensWithLabel } from '../../server/src/core/facts/speaker-label';

// A headline that names its speaker by a label ("Pengamat: …") is the label's statement: a person named in the
// sentence before it is not its speaker (facts/speaker-label.ts, checks/speaker-near.ts).

const opens = (text: string) => opensWithLabel(tokenize(text, 0, text.length));

describe('a speaker\'s label', () => {
  it('is up to three capitalised words and a colon, at the start or after a lead, before a statement', () => {
    assert.ok(opens('Pengamat: Armada Islandia Ditekan Eropa dan Dimanfaatkan Norwegia'));
    assert.ok(opens('Baca juga : Pengamat: Armada Islandia Ditekan Eropa'));
    assert.ok(opens('Menteri Luar Negeri: Kuota Harus Dikurangi Tahun Ini'));
  });

  it('is not a field, a lower-case lead, a long phrase or a colon later in the sentence', () => {
    assert.ok(!opens('Editor : Thalatie Yani'));
    assert.ok(!opens('Baca juga : armada nelayan ditekan pasar Eropa'));
    assert.ok(!opens('Para Menteri Perikanan Negara Nordik: kuota harus dikurangi tahun ini'));
    assert.ok(!opens('Dahl mengatakan hal ini kepada wartawan pada hari Senin dan menambahkan satu hal lagi: kuota harus dikurangi'));
  });
});

const corpus = corpusOfLines({
  'kunjungan.txt': [
    'Perdana Menteri Norwegia Ingrid Dahl tiba di Reykjavik pada hari Senin untuk kunjungan pertamanya ke luar negeri tahun ini.',
    'Baca juga : Pengamat: Armada Islandia Ditekan Eropa dan Dimanfaatkan Norwegia',
    'Nelayan di pelabuhan Akureyri menunggu kuota baru.',
  ],
  'kuota.txt': ['Menteri Perikanan Denmark Lars Berg tiba di Akureyri sehari kemudian.', 'Berg: Armada Denmark Siap Berbagi Kuota dengan Islandia'],
});
const flagged = flaggedBy(corpus);

describe('a statement under a speaker\'s label', () => {
  it('is not that of the person named in the sentence before it', () => {
    const [d, ...rest] = flagged('Dahl mengatakan armada Islandia ditekan Eropa dan dimanfaatkan Norwegia.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /Dahl/);
  });

  it('is that of the person the label names', () => {
    assert.deepEqual(flagged('Berg mengatakan armada Denmark siap berbagi kuota dengan Islandia.\n'), []);
  });
});
