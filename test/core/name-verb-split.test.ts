import * as assert from 'node:assert/strict';
import { fixtureCorpus, flaggedBy } from './seed-corpus';

// A verb without a capital inside a tagged span ends one name and starts another (facts/ner-tagged-spans.ts cut):
// "tim Dinas Kesehatan memperlihatkan Darman" is the office and the man, which no name of any source holds together.
// On the hospital fixture, which names "Dinas Kesehatan" and the patient Darman.

const flagged = flaggedBy(fixtureCorpus('pasien-ditolak'));
const unknown = (text: string) => flagged(text + '\n').filter(d => d.code === 'unknown-entity').map(d => d.message);

describe('a verb inside a tagged name', () => {
  it('splits it, so the known names either side are not one unknown name', () => {
    assert.deepEqual(unknown('Rekaman CCTV yang diperiksa tim Dinas Kesehatan memperlihatkan Darman berada di IGD selama 35 menit tanpa menjalani penilaian triase.'), []);
  });

  it('leaves a made-up name after the verb unknown', () => {
    const [m] = unknown('Rekaman CCTV yang diperiksa tim Dinas Kesehatan memperlihatkan Budiman Santoso berada di IGD selama 35 menit.');
    assert.match(m ?? '', /Budiman/);
  });
});
