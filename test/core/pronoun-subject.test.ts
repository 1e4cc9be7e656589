import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, fixtureCorpus, flaggedBy } from './seed-corpus';

// A passage that opens with a pronoun for the person the sentence before names ("… Siti Rahmawati menilai … Ia
// menyatakan siap …") speaks of that person in its own sentence (checks/own-coverage.ts); "bersedia" and "siap" say
// the same (lexicon/synonyms.ts). A claim's capitalised word after its subject is no verb (checks/unnamed-agent.ts).

describe('a passage whose subject is a pronoun', () => {
  const flagged = flaggedBy(corpusOfLines({
    'pilkades.txt': [
      'Sementara itu, Siti Rahmawati menilai tudingan kubu Hartono tidak berdasar. Ia menyatakan siap jika penghitungan ulang memang harus dilakukan.',
      'Panitia pemilihan menyimpan seluruh kotak suara dari lima TPS di kantor kecamatan.',
      ...fillerLines(6, 'id', 'Karangwangi'),
    ],
  }));
  const codes = (text: string) => flagged(text + '\n').map(d => d.code);

  it("opposes a claim that denies what it says of the person named before", () => {
    assert.ok(codes('Siti Rahmawati tidak bersedia jika penghitungan ulang dilakukan di TPS yang dipersoalkan kubu Hartono.').includes('contradiction'));
  });

  it('agrees with a claim that says it in other words', () => {
    assert.ok(!codes('Siti Rahmawati bersedia jika penghitungan ulang dilakukan di TPS yang dipersoalkan kubu Hartono.').includes('contradiction'));
  });
});

describe("a claim's subject and the name after it", () => {
  it('are no act a passage gives to another (a claim of the set on this fixture)', () => {
    const found = flaggedBy(fixtureCorpus('cabai'))('Pemkab Serdang Hilir menyediakan 6 ton cabai rawit yang didatangkan dari Jawa Timur.\n');
    assert.deepEqual(found.map(d => d.code), []);
  });
});
