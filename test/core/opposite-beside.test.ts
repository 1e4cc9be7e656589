import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedBy } from './seed-corpus';

// A state the story gives the claim's event in a sentence that goes on about it ("Aksi itu … berlangsung tertib"),
// against the claim's opposite in the same frame ("… berlangsung ricuh"; checks/opposite-beside.ts).

describe('an opposite in the sentence that goes on about the event', () => {
  const flagged = flaggedBy(corpusOfLines({
    'aksi.txt': [
      'Sementara itu, sekitar 150 pedagang berunjuk rasa di depan kantor pengelola pasar di Jalan Merdeka sejak Senin pagi.',
      'Mereka menuntut uang sewa kios dikembalikan.',
      'Aksi itu dijaga puluhan polisi dan berlangsung tertib.',
      ...fillerLines(6, 'id', 'Sungai Lebar'),
    ],
  }));

  it('flags the opposite state', () => {
    const [d] = flagged('Unjuk rasa sekitar 150 pedagang di depan kantor pengelola pasar pada Senin pagi berlangsung ricuh.\n');
    assert.equal(d?.code, 'contradiction');
    assert.match(d.message, /“tertib”/);
  });

  it('passes the same state', () => {
    assert.deepEqual(flagged('Unjuk rasa sekitar 150 pedagang di depan kantor pengelola pasar pada Senin pagi berlangsung tertib.\n'), []);
  });

  it('flags an act the next sentence turns round in the passive, the claim\'s object its subject', () => {
    const offer = flaggedBy(corpusOfLines({
      'lahan.txt': [
        'Perusahaan, kata dia, telah menawarkan ganti rugi Rp 150.000 per meter persegi kepada warga Lembang Tua.',
        'Tawaran itu ditolak. Warga meminta kompensasi Rp 600.000 per meter persegi.',
        ...fillerLines(6, 'id', 'Lembang Tua'),
      ],
    }));
    const [d] = offer('Warga Lembang Tua menerima tawaran ganti rugi Rp 150.000 per meter persegi dari perusahaan.\n');
    assert.equal(d?.code, 'contradiction');
    assert.match(d.message, /“ditolak”/);
    assert.deepEqual(offer('Warga Lembang Tua menolak tawaran ganti rugi Rp 150.000 per meter persegi dari perusahaan.\n'), []);
  });
});

