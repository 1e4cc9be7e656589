import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedBy } from './seed-corpus';

// An Indonesian possessive glued to a name by a hyphen ("uji KIR-nya") leaves the name known where the sources
// write it alone (checks/entity-check.ts). Made-up sources.

describe('a name with a possessive glued on', () => {
  const flagged = flaggedBy(corpusOfLines({
    'dokumen.txt': [
      'Uji berkala atau KIR bus milik PO Sinar Jaya juga kedaluwarsa sejak Oktober 2025.',
      ...fillerLines(6, 'id', 'Sukamaju'),
    ],
  }));
  const unknown = (text: string) => flagged(text + '\n').filter(d => d.code === 'unknown-entity').map(d => text.slice(d.start, d.end));

  it('is known by the name without it', () => {
    assert.deepEqual(unknown('Bus milik PO Sinar Jaya itu uji KIR-nya kedaluwarsa sejak Oktober 2025.'), []);
  });

  it('is still unknown when the name is', () => {
    assert.deepEqual(unknown('Bus milik PO Sinar Jaya itu uji STNK-nya kedaluwarsa sejak Oktober 2025.'), ['STNK-nya']);
  });
});
