import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedBy } from './seed-corpus';

// A weekday a story names ("pada Selasa pagi") is a day of the week its dateline ends (checks/date-check.ts): the
// claim's full date on that day agrees with it; another day does not.

describe('a weekday of the story\'s week', () => {
  const flagged = flaggedBy(corpusOfLines({
    'sekolah.txt': [
      'Kontraktor Rehab Sekolah Diperiksa Polisi',
      'SUNGAI LEBAR, Kamis (16/10/2025) - Penyidik memeriksa kontraktor yang memperbaiki atap sekolah itu dua tahun lalu.',
      'Sementara itu, sekitar 70 orang tua siswa berunjuk rasa di halaman sekolah pada Selasa pagi.',
      ...fillerLines(6, 'id', 'Sungai Lebar'),
    ],
  }));

  it('agrees with the date of that weekday in the dateline\'s week', () => {
    // 14 October 2025 was a Tuesday, two days before the dateline.
    assert.deepEqual(flagged('Sekitar 70 orang tua siswa berunjuk rasa di halaman sekolah pada pagi hari 14 Oktober 2025.\n'), []);
  });

  it('flags another day, and the same weekday a week before', () => {
    for (const day of ['15', '7']) {
      const [d] = flagged(`Sekitar 70 orang tua siswa berunjuk rasa di halaman sekolah pada pagi hari ${day} Oktober 2025.\n`);
      assert.equal(d?.code, 'date-mismatch', day);
    }
  });
});
