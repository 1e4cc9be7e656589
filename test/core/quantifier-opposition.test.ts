import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedBy } from './seed-corpus';

// How many of a thing, said the other way round: the quantifiers are function words the support check weighs at nothing.

const corpus = corpusOfLines({
  'gigi.txt': ['Munculnya gigi bungsu memainkan peranan penting. Kebanyakan orang dewasa memiliki empat gigi bungsu.', ...fillerLines(6, 'id')],
  'ferry.txt': ['Not all of the ferry crossings to Harlow Island were cancelled on Tuesday.', ...fillerLines(6)],
  'museum.txt': ['The city council, which owns the building, will pay half of the cost of the new cameras.', ...fillerLines(6)],
});
const findings = (text: string) => flaggedBy(corpus)(text + '\n');

describe('an amount of a thing said the other way round', () => {
  it('flags a few where the passage says most, all where it says not all, the full where it says half, showing both wordings', () => {
    const [few] = findings('Sebagian kecil orang dewasa memiliki empat gigi bungsu.');
    assert.equal(few?.code, 'contradiction');
    assert.match(few.message, /“Kebanyakan orang”.*“Sebagian kecil orang”/);
    const [all] = findings('All of the ferry crossings to Harlow Island were cancelled on Tuesday.');
    assert.equal(all?.code, 'contradiction');
    assert.match(all.message, /“Not all of the ferry”.*“All of the ferry”/);
    const [full] = findings('The city council will pay the full cost of the new cameras.');
    assert.equal(full?.code, 'contradiction');
    assert.match(full.message, /“half of the cost”.*“full cost”/);
  });

  it('passes the amount the passage gives', () => {
    assert.deepEqual(findings('Sebagian besar orang dewasa memiliki empat gigi bungsu.'), []);
    assert.deepEqual(findings('Not all of the ferry crossings to Harlow Island were cancelled on Tuesday.'), []);
    assert.deepEqual(findings('The city council will pay half of the cost of the new cameras.'), []);
  });
});
