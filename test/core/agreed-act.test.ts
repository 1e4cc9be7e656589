import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// A claim that parties agreed to an act is backed only by a passage that itself says an agreement: the act alone,
// or an agreement in the sentence beside it about something else, does not say it (checks/agreed-act.ts). A
// made-up corpus, so the rule and not the seed articles carries each case.

const corpus = corpusOfLines({
  'pelabuhan.txt': [
    'Menteri Perikanan Norwegia Ingrid Dahl tiba di Reykjavik pada hari Senin.',
    '“Kami sepakat bahwa perikanan di Atlantik Utara harus dikelola bersama,” kata Dahl.',
    'Hubungan militer antara Norwegia dan Islandia semakin menguat selama beberapa tahun terakhir.',
    'Norwegia terus memasok Islandia dengan mesin dan komponen penting untuk membangun kapal patroli.',
  ],
  'latihan.txt': ['Norwegia dan Islandia menandatangani pernyataan bersama untuk memperluas latihan penyelamatan di laut.', 'Latihan itu digelar setiap musim panas.'],
  'pasar.txt': ['Harga ikan naik menjelang musim dingin.', 'Gudang pendingin baru dibangun di dekat dermaga.', 'Nelayan muda kembali ke desa.'],
});
const flagged = flaggedBy(corpus);

describe('an act said to be agreed', () => {
  it('is flagged where the passage has the act and no agreement, naming the word it lacks', () => {
    const [d, ...rest] = flagged('Norwegia setuju memasok kapal patroli kepada Islandia.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /setuju/);
  });

  it('is flagged where the agreement stands in the sentence beside, about something else', () => {
    const [d, ...rest] = flagged('Norwegia dan Islandia sepakat memperkuat hubungan militer kedua negara.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unsupported-claim');
  });

  it('passes where the passage itself says the parties agreed (a joint statement signed)', () => {
    assert.deepEqual(flagged('Norwegia dan Islandia sepakat memperluas latihan penyelamatan di laut.\n'), []);
  });
});

const english = corpusOfLines({
  'harbour.txt': [
    'Norland keeps supplying Westmoor with engines and spare parts to build its patrol boats.',
    'The two governments signed a joint statement to expand sea rescue drills.',
    'Fishermen in the harbour are waiting for the new quotas.',
  ],
  'market.txt': ['Fish prices rose before the winter.', 'A new cold store was built near the docks.', 'Young fishermen returned to the villages.'],
});

describe('an act said to be agreed, in English', () => {
  it('is flagged where the passage has the act and no agreement, and passes on a signed joint statement', () => {
    const [d, ...rest] = flaggedBy(english)('Norland agreed to supply patrol boats to Westmoor.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /agreed/);
    assert.deepEqual(flaggedBy(english)('Norland and Westmoor agreed to expand sea rescue drills.\n'), []);
  });
});
