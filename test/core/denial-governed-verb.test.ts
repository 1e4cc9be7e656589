import * as assert from 'node:assert/strict';
import { fixtureCorpus, messagesOf } from './seed-corpus';

// A verb a denying verb governs is denied (checks/polarity-flip.ts): "membantah kabar … bahwa para siswa dipulangkan
// lebih awal" says what "siswa tidak dipulangkan lebih awal" does, and is no contradiction of it. On the river
// fixture, whose headmistress denies the rumour.

const contradictions = messagesOf(fixtureCorpus('tenggelam-sungai'), 'contradiction');

describe('a verb under a denial', () => {
  it('agrees with a claim that denies it', () => {
    assert.deepEqual(contradictions('Kepala SMP Negeri 3 Tanjung Pauh Ratna Kusumawati menyatakan pelajaran pada hari kejadian selesai pukul 13.45 WIB sesuai jadwal, sehingga siswa tidak dipulangkan lebih awal.'), []);
  });
});
