import * as assert from 'node:assert/strict';
import { corpusOfLines, fixedSpans, flaggedIn } from './seed-corpus';
import { extractQuantities } from '../../server/src/core/facts/numbers';

// "sekali" is "once" after "hanya", "baru", "cuma" ("hanya sekali meninggalkan"), and "very" elsewhere ("besar
// sekali"). Once read as a count, it counts times as "dua kali" does: a draft's "dua kali" against it is a figure
// the source gives otherwise, and the fix replaces "dua kali" whole.

const corpus = corpusOfLines({
  'gubernur.txt': [
    'Gubernur Waringin hanya sekali meninggalkan provinsi itu sejak banjir bulan Maret, yaitu untuk rapat di Jakarta.',
    'Dua minggu kemudian, jembatan darurat di Tanjung Wangi dibuka kembali.',
  ],
});

describe('"sekali" as a count of times', () => {
  it('reads "once" after "hanya" and "baru", and not "very"', () => {
    assert.deepEqual(extractQuantities('Dia hanya sekali ke sana, dan baru sekali naik kapal.', 'id').map(q => [q.text, q.value]), [['sekali', 1], ['sekali', 1]]);
    assert.deepEqual(extractQuantities('Rumah itu besar sekali.', 'id'), []);
  });

  it('flags "dua kali" against "hanya sekali", with "sekali" for the whole count as the fix', () => {
    const text = 'Gubernur Waringin hanya dua kali meninggalkan provinsi itu sejak banjir bulan Maret.\n';
    const [d, ...rest] = flaggedIn(corpus, text);
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'number-mismatch');
    assert.deepEqual(fixedSpans(text, d), [['dua kali', 'sekali']]);
  });

  it('passes the count the source gives', () => {
    assert.deepEqual(flaggedIn(corpus, 'Gubernur Waringin hanya sekali meninggalkan provinsi itu sejak banjir bulan Maret.\n'), []);
  });
});
