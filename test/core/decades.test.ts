import * as assert from 'node:assert/strict';
import { extractDates } from '../../server/src/core/facts/dates';
import { corpusOfLines, flaggedIn } from './seed-corpus';

// A decade is a date ("the 1980s", "tahun 1950-an"): a year inside it agrees with it, another decade or a year
// outside it is a date mismatch. Before, a decade was read as nothing at all, and "closed in the 1990s" passed
// against "closed in the 1980s". A made-up corpus.

const corpus = corpusOfLines({
  'mill.txt': [
    'The Harwick textile mill closed in the 1980s after two hundred years of weaving.',
    'Its owner, Lydia Frome, said cheap imports had ruined the trade.',
    'The building was sold to the council in 2004.',
  ],
  'pasar.txt': ['Pasar Lama di Kota Baru mulai dibangun pada tahun 1950-an oleh pemerintah kota.', 'Kini pasar itu dikelola oleh koperasi pedagang.'],
});
const dates = (text: string) => flaggedIn(corpus, text + '\n').filter(d => d.code === 'date-mismatch').map(d => d.message);

describe('decades', () => {
  it('reads "1990s", "1990\'s", "late 1990s", "1950-an" and "tahun 2000-an" as decades, and no other four digits so', () => {
    const read = (text: string, lang: 'en' | 'id') => extractDates(text, lang).map(d => [d.text, d.decade, d.part]);
    assert.deepEqual(read('in the 1990s, the 1990\'s and the late 1980s', 'en'), [['1990s', 1990, undefined], ['1990\'s', 1990, undefined], ['late 1980s', 1980, 'late']]);
    assert.deepEqual(read('sejak 1950-an hingga tahun 2000-an', 'id'), [['1950-an', 1950, undefined], ['tahun 2000-an', 2000, undefined]]);
    assert.deepEqual(read('in the 1995s and in 1990', 'en').map(d => d[1]), [undefined]);
  });

  it('is a date mismatch against another decade or a year outside it', () => {
    assert.match(dates('The Harwick textile mill closed in the 1990s after two hundred years of weaving.').join(), /The source says “1980s”; the draft says “1990s”/);
    assert.equal(dates('The Harwick textile mill closed in 1995 after two hundred years of weaving.').length, 1);
    assert.match(dates('Pasar Lama di Kota Baru mulai dibangun pada tahun 1970-an oleh pemerintah kota.').join(), /“tahun 1950-an”/);
  });

  it('passes the same decade and a year inside it', () => {
    assert.deepEqual(dates('The Harwick textile mill closed in the 1980s after two hundred years of weaving.'), []);
    assert.deepEqual(dates('The Harwick textile mill closed in 1985 after two hundred years of weaving.'), []);
  });
});
