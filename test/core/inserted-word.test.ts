import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedIn } from './seed-corpus';
import { DEFAULT_OPTIONS, checkDraft } from '../../server/src/core/checks/check';

// A word the draft sets inside a phrase its source has side by side ("energi fusi nuklir" for "energi nuklir"):
// checks/inserted-word.ts. A made-up corpus, so the rule carries each case.

const corpus = corpusOfLines({
  'energi.txt': [
    'Gubernur Lestari Wibowo mengatakan provinsi itu akan mengembangkan energi nuklir untuk pembangkit listrik di pesisir utara.',
    'Rencana itu ditolak Dewan Kota bulan lalu karena biayanya terlalu tinggi.',
    'Para nelayan Waringin khawatir tanggul akan menutup jalur perahu mereka.',
    'Para peserta lomba masak di Waringin mengolah hasil tangkapan menjadi menu ikan menarik.',
    'Waringin adalah kota yang terletak di Kabupaten Sarolangun, Provinsi Jambi.',
    'Sutan Hamid merupakan Perdana Menteri Malindo dari 1 Februari 2005 hingga 25 Januari 2006.',
    'Ujong Kareung adalah desa di kecamatan Sukajaya, Kota Sabang.',
  ],
});

const flagged = (text: string) => flaggedIn(corpus, text);

describe('a word set inside a phrase of the source', () => {
  it('reports the word the draft wedges into the source phrase, and names it', () => {
    const found = flagged('Lestari Wibowo mengatakan provinsi itu akan mengembangkan energi fusi nuklir untuk pembangkit listrik di pesisir utara.\n');
    assert.equal(found.length, 1);
    assert.equal(found[0].code, 'unsupported-claim');
    assert.match(found[0].message, /“fusi”/);
  });

  it('passes the sentence as the source has it', () => {
    assert.deepEqual(flagged('Lestari Wibowo mengatakan provinsi itu akan mengembangkan energi nuklir untuk pembangkit listrik di pesisir utara.\n'), []);
  });

  it('reports a word wedged after "adalah": a narrower class than the source gives the thing', () => {
    const found = flagged('Waringin adalah ibu kota Provinsi Jambi.\n');
    assert.equal(found[0]?.code, 'unsupported-claim');
    assert.match(found[0].message, /“ibu”/);
  });

  it('passes a former holder of what the source says someone was, the name of the class, and the class as given', () => {
    assert.deepEqual(flagged('Sutan Hamid merupakan mantan Perdana Menteri Malindo.\n'), []);
    assert.deepEqual(flagged('Ujong Kareung adalah nama desa di kecamatan Sukajaya.\n'), []);
    assert.deepEqual(flagged('Waringin adalah kota di Provinsi Jambi.\n'), []);
  });

  it('passes a verb the draft sets between the words of a phrase: a predicate, not a narrower thing', () => {
    assert.deepEqual(flagged('Menu ikan dibuat menarik oleh para peserta lomba masak di Waringin.\n'), []);
  });
});

describe('a word set inside a phrase, with the support threshold set high', () => {
  // Above the passage's score the passage backs nothing, so the finding is no near miss; it must not turn weak
  // (information) for that: the wedged word still says the sentence is made up.
  const strict = { ...DEFAULT_OPTIONS, supportThreshold: 0.99 };
  const severities = (text: string) => checkDraft(corpus, text, 'markdown', strict).map(d => d.severity);

  it('keeps the finding a warning', () => {
    assert.deepEqual(severities('Lestari Wibowo mengatakan provinsi itu akan mengembangkan energi fusi nuklir untuk pembangkit listrik di pesisir utara.\n'), ['warning']);
  });

  it('leaves the sentence as the source has it weak', () => {
    assert.deepEqual(severities('Lestari Wibowo mengatakan provinsi itu akan mengembangkan energi nuklir untuk pembangkit listrik di utara.\n'), ['information']);
  });
});
