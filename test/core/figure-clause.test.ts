import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// A figure in one clause of a sentence that joins two facts of two stories is held against the passage that states
// its own clause, not the one that best covers the whole sentence (checks/figure-clause.ts). A made-up corpus: one
// story has the strike and how long it has lasted, another the minister's arrival, with no figure of its own.

const corpus = corpusOfLines({
  'mogok.txt': [
    'Mogok dua bulan para buruh pelabuhan telah melumpuhkan ekspor kopi dari Waringin.',
    'Serikat buruh menuntut kenaikan upah dan jaminan keselamatan kerja.',
  ],
  'kunjungan.txt': [
    'Menteri Perdagangan Lars Dahl tiba di Waringin pada hari Senin untuk bertemu para pengusaha kopi.',
    'Dahl berjanji membuka pasar baru bagi petani kopi.',
  ],
  'cuaca.txt': ['Musim hujan datang lebih awal di pesisir utara tahun ini.'],
});
const flagged = flaggedBy(corpus);
const numberFixes = (text: string) => flagged(text).filter(d => d.code === 'number-mismatch').flatMap(d => d.fixes.map(f => f.newText));

describe('a figure in a clause joined to another story', () => {
  it('is held against the passage stating its own clause', () => {
    assert.deepEqual(numberFixes('Mogok buruh telah berlangsung empat bulan ketika Menteri Perdagangan Lars Dahl tiba di Waringin untuk bertemu para pengusaha kopi.\n'), ['dua']);
  });

  it('passes when that passage gives the same figure', () => {
    assert.deepEqual(numberFixes('Mogok buruh telah berlangsung dua bulan ketika Menteri Perdagangan Lars Dahl tiba di Waringin untuk bertemu para pengusaha kopi.\n'), []);
  });
});
