import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy, fixtureCorpus } from './seed-corpus';

// A name the sources never write, made of two known names' parts, in the place of the one the passage has
// ("Westmoor Cancer Centre" where the passage has the Carrow Cancer Centre and a Westmoor University): every word of
// it is known, yet it names nothing the sources name (checks/mixed-name.ts). A made-up corpus.

const flagged = flaggedBy(corpusOfLines({
  'travel.txt': [
    'Patients from the Northfield valley currently travel an average of 90 minutes each way to the Carrow Cancer Centre, a study by Westmoor University has found.',
    'The Northfield District Hospital will open a new cancer treatment wing in March 2027.',
  ],
}));
const names = (text: string) => flagged(text).filter(d => d.code === 'unknown-entity');

describe('a name made of two known names\' parts', () => {
  it('is unknown, with the name that ends like it', () => {
    const text = 'Valley patients currently travel to the Westmoor Cancer Centre for treatment.\n';
    const [d] = names(text);
    assert.equal(text.slice(d?.start, d?.end), 'Westmoor Cancer Centre');
    assert.match(d.message, /the sources name “Carrow Cancer Centre”/);
  });

  it('passes the name the sources write, and a shorter form of another', () => {
    assert.deepEqual(names('Valley patients currently travel to the Carrow Cancer Centre for treatment.\n'), []);
    assert.deepEqual(names('The Northfield Hospital will open a new cancer treatment wing in March 2027.\n'), []);
  });

  it('is unknown where the name of a body has another place in it than the sources give ("… Jepang" for "… Taiwan")', () => {
    const bodies = flaggedBy(corpusOfLines({
      'taiwan.txt': ['Kementerian luar negeri Taiwan mengatakan kedua negara merusak perdamaian dan stabilitas kawasan.'],
      'japan.txt': ['Jepang dan Korea Selatan memperkuat kerja sama pertahanan tahun ini.'],
    }));
    const found = (text: string) => bodies(text + '\n').filter(d => d.code === 'unknown-entity');
    const [d, ...rest] = found('Kementerian luar negeri Jepang mengatakan kedua negara merusak perdamaian dan stabilitas kawasan.');
    assert.equal(rest.length, 0);
    assert.match(d?.message ?? '', /sumber menyebut “Kementerian luar negeri Taiwan”/);
    assert.deepEqual(d.fixes.map(f => f.newText), ['Kementerian luar negeri Taiwan']);
    assert.deepEqual(found('Kementerian luar negeri Taiwan mengatakan kedua negara merusak perdamaian dan stabilitas kawasan.'), []);
  });

  it('is unknown where a body is named with another place of the story after it, and names the body with its own', () => {
    const trial = flaggedBy(fixtureCorpus('sidang'));
    const found = (text: string) => trial(text + '\n').filter(d => d.code === 'unknown-entity');
    const text = 'Vonis tujuh tahun penjara bagi Hendra dijatuhkan oleh Pengadilan Tipikor Lembah Hijau pada 14 November 2024.';
    const [d, ...rest] = found(text);
    assert.equal(rest.length, 0);
    assert.equal(text.slice(d?.start, d?.end), 'Pengadilan Tipikor Lembah Hijau');
    assert.match(d.message, /sumber menyebut “Pengadilan Tipikor Sungai Meranti”/);
    assert.deepEqual(d.evidence.map(e => e.text), ['Pengadilan Tipikor Sungai Meranti']);
    assert.deepEqual(found(text.replace('Lembah Hijau', 'Sungai Meranti')), []);
  });
});
