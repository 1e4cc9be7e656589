import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedBy } from './seed-corpus';

// A thing put on the other side of the same place: the words of place are function words the support check weighs at nothing.

const corpus = corpusOfLines({
  'pantai.txt': ['Pantai Nyang Nyang berada di bawah tebing, sebelum Pura Uluwatu.', ...fillerLines(6, 'id')],
  'stadion.txt': ['Pada musim 2014, PSM Makassar harus berlaga di luar Sulawesi Selatan karena stadionnya direnovasi.', ...fillerLines(6, 'id', 'Garut')],
  'queue.txt': ['Protesters gathered outside the terminal on Monday morning before the vote.', ...fillerLines(6)],
});
const findings = (text: string) => flaggedBy(corpus)(text + '\n');

describe('a thing put on the other side of the same place', () => {
  it('flags the other side, showing both wordings', () => {
    const [above] = findings('Pantai Nyang Nyang berada di atas tebing.');
    assert.equal(above?.code, 'contradiction');
    assert.match(above.message, /“di bawah tebing”.*“di atas tebing”/);
    const [inside] = findings('Pada musim 2014, PSM Makassar berlaga di dalam Sulawesi Selatan.');
    assert.equal(inside?.code, 'contradiction');
    const [english] = findings('Protesters gathered inside the terminal on Monday morning before the vote.');
    assert.equal(english?.code, 'contradiction');
    assert.match(english.message, /“outside the terminal”.*“inside the terminal”/);
  });

  it('passes the side the passage gives, and a side word that places nothing ("dalam" without "di")', () => {
    assert.deepEqual(findings('Pantai Nyang Nyang berada di bawah tebing.'), []);
    assert.deepEqual(findings('Protesters gathered outside the terminal on Monday morning before the vote.'), []);
    assert.deepEqual(findings('Pada musim 2014, PSM Makassar harus berlaga dalam Sulawesi Selatan karena stadionnya direnovasi.').filter(d => d.code === 'contradiction'), []);
  });
});
