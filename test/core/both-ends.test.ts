import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedBy } from './seed-corpus';

// A claim that tells both ends of an event ("dimulai pukul 09.00 … selesai … pukul 12.30") against a passage that
// tells one of them ("Aksi berakhir damai sekitar pukul 12.30 WIB"): the passage's time is the claim's other time,
// not one against it (figure-finding.ts), and its "berakhir" no opposite of the claim's "dimulai"
// (contradiction-check.ts). Either end told alone, and wrong, is still flagged.

const flagged = flaggedBy(corpusOfLines({
  'aksi.txt': [
    'Ratusan nelayan berunjuk rasa di Pelabuhan Teluk Sembilang menuntut tambahan kuota solar bersubsidi.',
    'Massa mulai berkumpul pukul 09.00 WIB sambil membawa jeriken kosong dan spanduk.',
    'Aksi berakhir damai sekitar pukul 12.30 WIB.',
    ...fillerLines(6, 'id', 'Teluk Sembilang'),
  ],
}));

describe('a claim that tells both ends of an event', () => {
  it('is no mismatch with a passage that tells one end', () => {
    assert.deepEqual(flagged('Aksi nelayan yang dimulai pukul 09.00 WIB itu selesai dengan damai sekitar pukul 12.30 WIB.\n').map(d => d.code), []);
  });

  it('leaves a wrong end time a mismatch, and a start said where the passage has the end a contradiction', () => {
    assert.ok(flagged('Aksi nelayan itu berakhir damai sekitar pukul 13.30 WIB.\n').some(d => d.code === 'date-mismatch'));
    assert.ok(flagged('Aksi nelayan itu dimulai dengan damai sekitar pukul 12.30 WIB.\n').some(d => d.code === 'contradiction'));
  });
});
