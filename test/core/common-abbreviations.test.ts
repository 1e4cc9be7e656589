import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedBy } from './seed-corpus';

// Abbreviations of common nouns ("guru SD", "UU Perbankan") are no unknown names where the sources write them out
// ("guru sekolah dasar", "Undang-Undang Perbankan"; lexicon/abbreviations.ts). One the sources never write out is.

describe('abbreviations of common nouns', () => {
  const flagged = flaggedBy(corpusOfLines({
    'kasus.txt': [
      '"Uang kami di mana?" kata koordinator aksi, Agus Santoso (39), guru sekolah dasar yang kehilangan Rp 120 juta.',
      'Ia dijerat pasal penipuan dan penggelapan serta Undang-Undang Perbankan dengan ancaman hukuman hingga 15 tahun penjara.',
      ...fillerLines(6, 'id', 'Sendangrejo'),
    ],
  }));
  const unknown = (text: string) => flagged(text + '\n').filter(d => d.code === 'unknown-entity').map(d => text.slice(d.start, d.end));

  it('are known where the sources write them out', () => {
    assert.deepEqual(unknown('Koordinator aksi, Agus Santoso, adalah guru SD yang kehilangan Rp 120 juta.'), []);
    assert.deepEqual(unknown('Ia dijerat pasal penipuan, penggelapan, dan UU Perbankan dengan ancaman hukuman hingga 15 tahun penjara.'), []);
  });

  it('and an acronym of a name the passage spells out, its letters passing over "dan", are known', () => {
    const law = flaggedBy(corpusOfLines({
      'kasus.txt': [
        'Para tersangka dijerat Undang-Undang Informasi dan Transaksi Elektronik dengan ancaman hukuman hingga 10 tahun penjara.',
        ...fillerLines(6, 'id', 'Sungai Lintang'),
      ],
    }));
    const unknownIn = (text: string) => law(text + '\n').filter(d => d.code === 'unknown-entity').map(d => text.slice(d.start, d.end));
    assert.deepEqual(unknownIn('Para tersangka dijerat UU ITE dengan ancaman hukuman hingga 10 tahun penjara.'), []);
    assert.deepEqual(unknownIn('Para tersangka dijerat UU ITX dengan ancaman hukuman hingga 10 tahun penjara.'), ['UU ITX']);
  });

  it('of offices and institutions ("Kasat Reskrim", "Rutan") are known where the sources write them out', () => {
    const office = flaggedBy(corpusOfLines({
      'kasus.txt': [
        'Kepala Satuan Reserse Kriminal Polres Lamparan, AKP Rizal Nasution, mengatakan jumlah korban kini mencapai 268 orang.',
        'Tersangka ditahan selama 20 hari pertama di Rumah Tahanan Kelas IIB Karangwangi.',
        ...fillerLines(6, 'id', 'Lamparan'),
      ],
    }));
    const unknownIn = (text: string) => office(text + '\n').filter(d => d.code === 'unknown-entity').map(d => text.slice(d.start, d.end));
    assert.deepEqual(unknownIn('Kasat Reskrim Polres Lamparan AKP Rizal Nasution mengatakan jumlah korban kini mencapai 268 orang.'), []);
    assert.deepEqual(unknownIn('Tersangka dijebloskan ke Rutan Kelas IIB Karangwangi selama 20 hari pertama.'), []);
  });

  it('are unknown where they do not', () => {
    assert.deepEqual(unknown('Koordinator aksi, Agus Santoso, adalah guru SMP yang kehilangan Rp 120 juta.'), ['SMP']);
  });
});
