import * as assert from 'node:assert/strict';
import { fixtureCorpus, flaggedBy } from './seed-corpus';

// A sentence's first word is capitalised whatever it is: "Luapan Sungai Kalimuning …" (the river's overflow) opens
// with an ordinary word the sources use in another form ("meluap"), not with a name no source has
// (checks/entity-check.ts openedByOrdinaryWord); nor with a preposition ("Berdasarkan UU Nomor …"), which the name
// finder leaves out of a name as it does every function word. A made-up given name before a known surname is still
// unknown.

// The flash-flood fixture: its stories write "meluap", and name the regent Hendra Wiratmaja.
const flagged = flaggedBy(fixtureCorpus('banjir-bandang'));

describe('a name opened by the sentence\'s first word', () => {
  it('is no unknown name when that word is a form of one the sources use', () => {
    assert.deepEqual(flagged('Luapan Sungai Kalimuning yang terjadi sekitar pukul 02.30 WIB membawa lumpur dan batang kayu masuk ke permukiman warga.\n').map(d => d.code), []);
  });

  it('is unknown when the word is a given name no source has', () => {
    const [d] = flagged('Andi Wiratmaja menetapkan status tanggap darurat bencana selama dua pekan.\n');
    assert.equal(d?.code, 'unknown-entity');
    assert.match(d.message, /“Andi”/);
  });

  it('is no unknown name when that word is a trade or office before a name the sources have', () => {
    // The umrah-fraud fixture names the director Hendra Kurniawan Saputra and his "kuasa hukum", never a "pengacara".
    const umrah = flaggedBy(fixtureCorpus('penipuan-umrah'));
    const codes = umrah('Pengacara Hendra berdalih kliennya ditipu rekanan penyedia visa di Jakarta yang melarikan dana sekitar Rp 900 juta.\n').map(d => d.code);
    assert.ok(!codes.includes('unknown-entity'), codes.join());
    // A made-up name after the same noun is still unknown.
    const [d] = umrah('Pengacara Bambang Sulistyo berdalih kliennya ditipu rekanan penyedia visa di Jakarta.\n');
    assert.equal(d?.code, 'unknown-entity');
  });

  it('is no unknown name when that word is a preposition', () => {
    // The logging fixture writes "Undang-Undang Nomor 18 Tahun 2013", never "berdasarkan" or its root.
    const logging = flaggedBy(fixtureCorpus('pembalakan-liar'));
    const codes = logging('Berdasarkan UU Nomor 18 Tahun 2013 tentang Pencegahan dan Pemberantasan Perusakan Hutan, keenam tersangka terancam hukuman penjara paling lama 15 tahun.\n').map(d => d.code);
    assert.ok(!codes.includes('unknown-entity'), codes.join());
  });
});
