import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/index/corpus';
import { checkDraft } from '../../server/src/core/checks/check';

// A superlative the passage does not make ("padang lamun terbesar di dunia") is the writer's claim; the same
// superlative in other words ("paling kuatnya", "terbarunya", "terbesar" for "terluas") is the passage's.

const source = (text: string) => Corpus.build([{ uri: 'a.txt', label: 'a.txt', format: 'plaintext', text }]);
const findings = (corpus: Corpus, text: string) =>
  checkDraft(corpus, text + '\n', 'markdown').filter(d => d.severity === 'error' || d.severity === 'warning');

describe('a superlative the passage does not make', () => {
  it('flags it, naming the superlative', () => {
    const coast = source('Ahli menyebutkan ekosistem pesisir Waringin berpotensi menyerap karbon, termasuk hutan bakau dan padang lamun.');
    const [d, more] = findings(coast, 'Ekosistem pesisir Waringin memiliki hutan bakau dan padang lamun terbesar.');
    assert.equal(more, undefined);
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /“terbesar”/);
  });

  it('flags the superlative whose rank the claim drops, and passes a rank the claim moves', () => {
    const cases = source('Penambahan harian kasus baru tersebut tertinggi kedua sejak pasien pertama diumumkan pada awal Maret lalu.');
    const [d] = findings(cases, 'Penambahan harian kasus baru tersebut tertinggi sejak pasien pertama diumumkan.');
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /“tertinggi”/);
    assert.deepEqual(findings(cases, 'Penambahan harian kasus baru tersebut tertinggi kedua sejak pasien pertama diumumkan.'), []);
    const firms = source('Amazon telah menjadi perusahaan Amerika keempat dengan kapitalisasi pasar terbesar.');
    assert.deepEqual(findings(firms, 'Perusahaan Amerika dengan kapitalisasi pasar terbesar keempat adalah Amazon.'), []);
  });

  it('passes the same superlative in other words', () => {
    assert.deepEqual(findings(source('Kunjungan kenegaraan Rasmussen ke salah satu sekutu paling kuatnya terjadi pekan lalu.'),
      'Kunjungan kenegaraan Rasmussen ke salah satu sekutu terkuatnya terjadi pekan lalu.'), []);
    assert.deepEqual(findings(source('Danau Waringin dikenal sebagai danau terbesar yang ada di Jambi.'), 'Danau Waringin adalah danau terluas di Jambi.'), []);
    assert.deepEqual(findings(source('Dalam wawancara, Ayu Lestari mengatakan bahwa album terbarunya sudah rampung.'), 'Album terbaru Ayu Lestari sudah rampung.'), []);
  });

  it('reads "paling banyak" before a figure as the figure\'s bound, no superlative', () => {
    const limit = source('Dalam operasi pasar itu, setiap warga hanya boleh membeli maksimal satu kilogram cabai rawit.');
    assert.deepEqual(findings(limit, 'Setiap warga boleh membeli paling banyak satu kilogram cabai rawit dalam operasi pasar itu.'), []);
  });
});
