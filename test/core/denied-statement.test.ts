import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// Someone made to deny what the sources have stated (checks/denied-statement.ts). A made-up corpus, so the rule and
// not the seed articles carries each case.

const corpus = corpusOfLines({
  'pelabuhan.txt': [
    'Wali Kota Pesisir Barat Ratna Sari melaporkan bahwa pemerintah kota membantu nelayan membangun gudang pendingin.',
    'Ketua koperasi nelayan Budi Hartono membantah bahwa koperasi menerima dana dari pengembang pelabuhan.',
  ],
});
const flagged = flaggedBy(corpus);

describe('a denial of what the sources state', () => {
  it('is a contradiction, showing what the passage says instead', () => {
    const [d, ...rest] = flagged('Ratna Sari membantah bahwa pemerintah kota membantu nelayan membangun gudang pendingin.\n');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'contradiction');
    assert.match(d.message, /“melaporkan”.*“membantah”/);
  });

  it('passes a denial the sources report, and the statement as they give it', () => {
    assert.deepEqual(flagged('Budi Hartono membantah bahwa koperasi menerima dana dari pengembang pelabuhan.\n'), []);
    assert.deepEqual(flagged('Ratna Sari melaporkan bahwa pemerintah kota membantu nelayan membangun gudang pendingin.\n'), []);
  });
});
