import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// A speaker's statement that shares the claim's names and some words but none of the acts the claim has them report
// says something else (checks/speaker-near.ts, reportedNear). A made-up corpus: the act stands in the story's own
// words, in no one's mouth, and the one person quoted says something else.

const corpus = corpusOfLines({
  'pelabuhan.txt': [
    '"Kedua kota tidak akan saling meninggalkan dalam waktu dekat," kata Rini Astuti, pengamat ekonomi di Universitas Lembah Hijau.',
    'Wali Kota Pesisir Barat Arif Gunawan mengatakan pelabuhan kota itu akan diperluas tahun depan.',
    'Menurut dia, perluasan itu disebabkan oleh naiknya jumlah kapal barang.',
    'Kota Bandar Timur terus memasok Kota Pesisir Barat dengan suku cadang kapal yang dibutuhkan galangan di sana.',
    'Arif Gunawan mengatakan kedua kota harus bekerja sama, menambahkan “gangguan dari luar pasti akan gagal”.',
    'Arif Gunawan dan mitranya dari Bandar Timur berjanji memperdalam hubungan kedua kota, yang dipuji oleh wali kota itu sebagai yang terbaik dalam sejarah.',
  ],
});
const flagged = flaggedBy(corpus);

describe('an act put in a speaker\'s statement', () => {
  it('flags an act the speaker\'s statement does not report, as a warning naming the missing words', () => {
    const [d, ...rest] = flagged('Rini Astuti mengatakan Bandar Timur akan memasok kapal kepada Pesisir Barat dalam waktu dekat.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unsupported-claim');
    assert.equal(d.severity, 'warning');
    assert.match(d.message, /memasok/);
  });

  it('passes the speaker\'s own statement, its act and a cause said another way', () => {
    assert.deepEqual(flagged('Rini Astuti mengatakan kedua kota tidak akan saling meninggalkan dalam waktu dekat.\n'), []);
    assert.deepEqual(flagged('Arif Gunawan mengatakan pelabuhan Pesisir Barat akan diperluas tahun depan.\n'), []);
    assert.deepEqual(flagged('"Pelabuhan kota itu akan diperluas tahun depan," Arif Gunawan menjelaskan.\n'), []);
    // A verb of saying the claim reports with is matched by any the speaker's statement has.
    assert.deepEqual(flagged('Arif Gunawan memperingatkan bahwa gangguan dari luar pasti akan gagal.\n'), []);
    // Describing is the saying itself: "dipuji … sebagai yang terbaik" says what "menggambarkan … sebagai" does.
    assert.deepEqual(flagged('Arif Gunawan menggambarkan hubungan kedua kota sebagai yang terbaik dalam sejarah.\n'), []);
  });
});
