import * as assert from 'node:assert/strict';
import { fixtureCorpus, flaggedBy } from './seed-corpus';

// A claim's relative clause ("sanksi yang dijatuhkan Pemerintah Kabupaten Tanjung Selaka") is what a passage's
// demonstrative stands for ("menerima sanksi tersebut") where the sentences before it say so: its words count as
// the passage's own when an opposite is weighed (checks/own-coverage.ts pointedBack). On the hospital fixture, whose
// director "menyatakan pihaknya menerima sanksi tersebut" after the regency's sanctions are told.

const flagged = flaggedBy(fixtureCorpus('pasien-ditolak'));
const codes = (text: string) => flagged(text + '\n').map(d => d.code);

describe('a relative clause a passage points back to', () => {
  it('lets the passage\'s opposite verb contradict the claim', () => {
    assert.deepEqual(codes('Direktur RS Kasih Anugerah, Maria Wulandari, menolak sanksi yang dijatuhkan Pemerintah Kabupaten Tanjung Selaka.'), ['contradiction']);
  });

  it('passes the passage\'s own verb', () => {
    assert.deepEqual(codes('Direktur RS Kasih Anugerah, Maria Wulandari, menerima sanksi yang dijatuhkan Pemerintah Kabupaten Tanjung Selaka.'), []);
  });
});
