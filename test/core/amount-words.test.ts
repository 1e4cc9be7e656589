import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, fixtureCorpus, flaggedBy } from './seed-corpus';

// Hedges and words of amount that a passage words otherwise ("kira-kira" for "sekitar", "kebanyakan" for "sebagian
// besar", "kurang lebih" before a figure), "sebesar" and "hingga mencapai" leading into a figure and "hari" of "pagi hari" before a date are no words a passage must have
// (index/support.ts claimTerms). Which amount, most or few, is still the quantifier check's.

describe('hedges and words of amount', () => {
  const flagged = flaggedBy(corpusOfLines({
    'listrik.txt': [
      'Selama tiga hari, rumah sakit itu menghabiskan sekitar 9.000 liter solar untuk genset.',
      'Sekitar 78.000 pelanggan, sebagian besar di Kecamatan Bukit Jernih, masih padam pada Selasa sore.',
      'Jumlah laporan warga yang masuk ke posko pengaduan terus bertambah menjadi 517 laporan.',
      ...fillerLines(6, 'id', 'Bukit Jernih'),
    ],
  }));

  it('need not stand in the passage', () => {
    assert.deepEqual(flagged('Selama tiga hari, rumah sakit itu menghabiskan kira-kira 9.000 liter solar untuk genset.\n'), []);
    assert.deepEqual(flagged('Kurang lebih 9.000 liter solar dihabiskan rumah sakit itu untuk genset selama tiga hari.\n'), []);
    assert.deepEqual(flagged('Sekitar 78.000 pelanggan, kebanyakan di Kecamatan Bukit Jernih, masih padam pada Selasa sore.\n'), []);
    assert.deepEqual(flagged('Jumlah laporan warga yang masuk ke posko pengaduan terus bertambah hingga mencapai 517 laporan.\n'), []);
  });

  it('need not stand in the passage of a story that says the rest otherwise (claims of the sets on these fixtures)', () => {
    const blackout = flaggedBy(fixtureCorpus('pemadaman-listrik'));
    const crash = flaggedBy(fixtureCorpus('tabrakan-bus'));
    const loans = flaggedBy(fixtureCorpus('pinjol-ilegal'));
    assert.deepEqual(loans('Jumlah laporan korban yang masuk ke posko polisi terus bertambah hingga mencapai 517 laporan.\n'), []);
    assert.deepEqual(crash('Selain santunan Jasa Raharja sebesar Rp50 juta per korban meninggal, Pemerintah Kabupaten Karangsela memberikan Rp10 juta kepada setiap keluarga korban meninggal.\n'), []);
    assert.deepEqual(blackout('Setelah menghabiskan kira-kira 9.000 liter solar dalam tiga hari, genset RSUD Lubuk Seranai dimatikan pada Rabu pukul 07.00 WIB begitu aliran listrik PLN stabil.\n'), []);
  });

  it('leave a wrong figure and the opposite amount flagged', () => {
    assert.deepEqual(flagged('Selama tiga hari, rumah sakit itu menghabiskan kira-kira 7.000 liter solar untuk genset.\n').map(d => d.code), ['number-mismatch']);
    // "hingga mencapai" after a verb gives the figure reached, no bound that 517 would fit.
    assert.deepEqual(flagged('Jumlah laporan warga yang masuk ke posko pengaduan terus bertambah hingga mencapai 571 laporan.\n').map(d => d.code), ['number-mismatch']);
    assert.deepEqual(flagged('Sekitar 78.000 pelanggan, sebagian kecil di Kecamatan Bukit Jernih, masih padam pada Selasa sore.\n').map(d => d.code), ['contradiction']);
  });
});
