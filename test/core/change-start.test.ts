import * as assert from 'node:assert/strict';
import { corpusOfLines } from './seed-corpus';
import { checkDraft } from '../../server/src/core/checks/check';

// The figure a change starts from is what an earlier report said, often in another document than the passage that
// states where the change ended: it is looked for in every document the claim aligns with, beside a word of the
// claim, before it is called a mismatch. Made-up sources, so each case rests on the rule.

const corpus = corpusOfLines({
  'first.txt': ['Kebakaran melanda Pasar Sentral Sungkai pada Kamis dini hari.', 'Sedikitnya 300 kios dilaporkan hangus terbakar.',
    'Sebanyak 350 lapak sementara akan dibangun di halaman stadion.'],
  'later.txt': ['Dinas Perdagangan merevisi jumlah kios yang terbakar di Pasar Sentral Sungkai menjadi 412 kios pada Jumat.'],
  'cost.txt': ['The operator said about 150 metres of track had to be replaced, at a cost of about £1.8 million.'],
  'update.txt': ['Engineers found more damage to the track near Ashcombe on Monday.', 'The operator said the track repairs would now cost £2.6 million.'],
});
const numbers = (text: string) => checkDraft(corpus, text + '\n', 'markdown').filter(d => d.code === 'number-mismatch').map(d => d.message);

describe('the figure a change starts from', () => {
  it('passes a start figure that an earlier report gives for the same thing', () => {
    assert.deepEqual(numbers('Dinas Perdagangan merevisi jumlah kios yang terbakar di Pasar Sentral Sungkai dari 300 menjadi 412 kios.'), []);
    assert.deepEqual(numbers('The cost of the track repairs rose from about £1.8 million to £2.6 million.'), []);
  });

  it('flags a start figure no document gives, or gives only for something else', () => {
    assert.match(numbers('Dinas Perdagangan merevisi jumlah kios yang terbakar di Pasar Sentral Sungkai dari 250 menjadi 412 kios.').join('\n'), /“250”/);
    assert.match(numbers('Dinas Perdagangan merevisi jumlah kios yang terbakar di Pasar Sentral Sungkai dari 350 menjadi 412 kios.').join('\n'), /“350”/);
  });

  it('still compares the figure the change ends at', () => {
    assert.match(numbers('Dinas Perdagangan merevisi jumlah kios yang terbakar di Pasar Sentral Sungkai dari 300 menjadi 450 kios.').join('\n'), /“450”/);
  });
});
