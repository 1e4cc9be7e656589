import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// A passage that gives the claim's date to another act of the same thing: "was built in 1961 and last strengthened
// in 1994" for "was built in 1994". The date agrees with one of the passage's, but the passage dates the claim's
// own act otherwise (checks/date-passages.ts, anotherActs). A made-up corpus.

const flagged = flaggedBy(corpusOfLines({
  'bridge.txt': [
    'The Kestrel Bridge carries about 14,000 vehicles a day over the River Tamsin.',
    'The Kestrel Bridge was built in 1961 and last strengthened in 1994.',
  ],
  'saham.txt': ['Grup Volkswagen menjadi pemilik mayoritas saham SEAT pada tahun 1986, dan akhirnya memiliki seluruh saham perusahaan itu pada tahun 1990.'],
  'benteng.txt': ['Pasukan Sultan Qalawun merebut Latakia pada tahun 1287 dan Tripoli pada tanggal 27 April 1289, sehingga mengakhiri negara itu.'],
  'bantuan.txt': [
    'SAROLANGUN — Kementerian Sosial mengirimkan bantuan logistik untuk korban banjir di Kabupaten Sarolangun, Jambi, pada Selasa (14/1).',
    'Bantuan itu terdiri atas 2.000 paket makanan dan 300 tenda keluarga.',
    'Dua warga yang dilaporkan hilang ditemukan selamat pada Senin malam.',
  ],
}));
const dates = (text: string) => flagged(text).filter(d => d.code === 'date-mismatch');

describe('a date the passage gives to another act', () => {
  it('is a date mismatch, the date of the claim\'s act as the fix', () => {
    const [d] = dates('The Kestrel Bridge was built in 1994.\n');
    assert.deepEqual(d?.fixes.map(f => f.newText), ['1961']);
  });

  it('passes each act with its own date', () => {
    assert.deepEqual(dates('The Kestrel Bridge was built in 1961.\n'), []);
    assert.deepEqual(dates('The Kestrel Bridge was last strengthened in 1994.\n'), []);
  });

  it('passes a date right after a name, which dates the thing named rather than an act', () => {
    assert.deepEqual(dates('Grup Volkswagen menjadi pemilik penuh saham SEAT pada tahun 1990.\n'), []);
  });

  it('reads the date right after each of two names as that name\'s ("Latakia pada tahun 1287 dan Tripoli pada tanggal …")', () => {
    const [d] = dates('Pasukan Sultan Qalawun merebut Latakia pada tanggal 27 April 1289.\n');
    assert.deepEqual(d?.fixes.map(f => f.newText), ['tahun 1287']);
    assert.deepEqual(dates('Pasukan Sultan Qalawun merebut Tripoli pada tanggal 27 April 1289.\n'), []);
    assert.deepEqual(dates('Pasukan Sultan Qalawun merebut Latakia pada tahun 1287.\n'), []);
  });

  it('is held against a passage that states nearly all of the claim and ends on its only date', () => {
    // Another act of the story on Monday does not vouch for the aid's day.
    const [d] = dates('Kementerian Sosial mengirimkan bantuan untuk korban banjir pada Senin (13/1).\n');
    assert.deepEqual(d?.fixes.map(f => f.newText), ['Selasa (14/1)']);
    assert.deepEqual(dates('Kementerian Sosial mengirimkan bantuan untuk korban banjir pada Selasa (14/1).\n'), []);
  });
});
