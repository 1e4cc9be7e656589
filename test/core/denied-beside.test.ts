import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, messagesOf } from './seed-corpus';

// A claim's act that the story denies anyone did, in the sentence beside the passage that states the rest
// (checks/denied-beside.ts). Made-up sources.

const corpus = corpusOfLines({
  'fire.txt': [
    ...fillerLines(6),
    'Halden County Police said no one had been arrested in connection with the fire.',
    'Investigators were still trying to identify who had lit the campfire believed to have started the blaze near the Larkspur trail.',
    'The county fire chief, Ada Morrow, said crews had cleared the last hotspots on Sunday.',
    'No buildings were damaged.',
    ...fillerLines(6),
  ],
  'banjir.txt': [
    ...fillerLines(6, 'id'),
    'Polisi Resor Sarolangun mengatakan belum ada yang ditangkap terkait pembalakan liar di hulu sungai.',
    'Penyidik masih mencari pemilik gergaji mesin yang ditemukan di hulu Sungai Batang Asai.',
    ...fillerLines(6, 'id'),
  ],
});
const contradictions = messagesOf(corpus, 'contradiction');

describe('an act the story denies anyone did, beside the passage', () => {
  it('is a contradiction, shown against the denial', () => {
    const [m] = contradictions('Police have arrested a hiker suspected of lighting the campfire that started the blaze near the Larkspur trail.');
    assert.match(m ?? '', /“no one had been arrested”; the draft says “arrested”/);
    const [id] = contradictions('Polisi telah menangkap pemilik gergaji mesin yang ditemukan di hulu Sungai Batang Asai.');
    assert.match(id ?? '', /“belum ada yang ditangkap”/);
  });

  it('is none where the denial is of another actor, or the claim asks nothing of it', () => {
    // "No buildings were damaged" denies damage to buildings, not what the fire chief's crews did.
    assert.deepEqual(contradictions('The county fire chief, Ada Morrow, said crews had damaged nothing while clearing the last hotspots on Sunday.'), []);
    assert.deepEqual(contradictions('Investigators were still trying to identify who had lit the campfire that started the blaze near the Larkspur trail.'), []);
  });
});
