import * as assert from 'node:assert/strict';
import { corpusOfLines } from './seed-corpus';
import { checkDraft } from '../../server/src/core/checks/check';

// A place given with a part of it between the locative and its name ("di timur jauh Norwegia", "in northern
// Norway") stands where the claim's place stands after its own locative; and a country the claim names only as a
// party ("kerja sama dengan Norwegia") may still be the place the passage puts the event in. Made-up sources.

const corpus = corpusOfLines({
  'latihan.txt': [
    'Kedua negara meningkatkan kerja sama militer, dengan Swedia mengirim ratusan tentara untuk ikut serta dalam latihan militer di utara Norwegia bulan lalu.',
    'Finlandia dan Denmark tidak ikut dalam latihan itu.',
  ],
  'drill.txt': ['Sweden sent hundreds of soldiers to take part in a military exercise in northern Norway last month.', 'Finland and Denmark stayed away.'],
});
const swaps = (text: string) => checkDraft(corpus, text + '\n', 'markdown').filter(d => d.code === 'unknown-entity').map(d => d.message);

describe('a place given with a part of it', () => {
  it('flags another country put where the passage puts the event', () => {
    assert.match(swaps('Dalam kerja sama militer dengan Norwegia, Swedia mengirim ratusan tentara ke latihan militer di Finlandia bulan lalu.').join('\n'),
      /Sumber menyebut “Norwegia”; draf menyebut “Finlandia”/);
    assert.match(swaps('Sweden sent hundreds of soldiers to take part in a military exercise in Finland last month.').join('\n'),
      /The source says “Norway”; the draft says “Finland”/);
  });

  it('passes the place as the passage gives it', () => {
    assert.deepEqual(swaps('Dalam kerja sama militer dengan Norwegia, Swedia mengirim ratusan tentara ke latihan militer di utara Norwegia bulan lalu.'), []);
    assert.deepEqual(swaps('Sweden sent hundreds of soldiers to take part in a military exercise in Norway last month.'), []);
  });
});
