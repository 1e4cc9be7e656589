import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// A person a passage names only as the one spoken to ("… kata Dahl kepada Jonsson") is not its speaker
// (checks/speaker-near.ts). "According to" names the speaker. A made-up corpus.

const corpus = corpusOfLines({
  'forum.txt': [
    'Perdana Menteri Norwegia Ingrid Dahl dan Presiden Islandia Bjarni Jonsson bertemu di Tromsø pada hari Selasa.',
    '“Kami sangat menghargai sikap tegas Islandia soal kuota ikan,” kata Dahl kepada Jonsson.',
    'Keduanya juga membahas pelabuhan baru di utara.',
  ],
  'fares.txt': [
    'The transit authority approved its budget on Monday.',
    'Fares will rise by 5 percent in January, according to Chief Financial Officer Paul Okoro.',
  ],
});
const flagged = flaggedBy(corpus);

describe('a person named as the one spoken to', () => {
  it('is not the speaker of what was said to them', () => {
    const [d, ...rest] = flagged('Jonsson mengatakan Norwegia sangat menghargai sikap tegas Islandia soal kuota ikan.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /Jonsson/);
  });

  it('leaves the speaker, and one named after "according to", the speaker', () => {
    assert.deepEqual(flagged('Dahl mengatakan Norwegia sangat menghargai sikap tegas Islandia soal kuota ikan.\n'), []);
    assert.deepEqual(flagged('According to Paul Okoro, fares will go up 5 percent in January.\n'), []);
  });
});
