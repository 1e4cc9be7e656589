import * as assert from 'node:assert/strict';
import { fixtureCorpus, flaggedBy } from './seed-corpus';

// "meneken" for "menandatangani" (to sign) and "karam" for "tenggelam" (a ship sinking): words Indonesian news copy
// exchanges without changing what is claimed (lexicon/synonyms.ts). Claims of the sets written on these fixtures.

const serious = (flagged: ReturnType<typeof flaggedBy>) => (text: string) => flagged(text + '\n').filter(d => d.severity === 'error' || d.severity === 'warning');

describe('signing and sinking said otherwise', () => {
  it('takes "meneken" for "menandatangani"', () => {
    const election = serious(flaggedBy(fixtureCorpus('pilkada')));
    assert.deepEqual(election('Saksi dari kubu Hendra-Sri enggan meneken berita acara rekapitulasi suara.'), []);
  });

  it('takes "karam" for "tenggelam"', () => {
    const ferry = serious(flaggedBy(fixtureCorpus('kapal')));
    assert.deepEqual(ferry('KMP Bintang Selatra, yang sedang menuju Kamboka dari Rendang, karam di Selat Lurana pada Sabtu malam, 16 Maret 2024.'), []);
  });
});
