import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// A draft quote that takes a word from outside the source's quotation marks into its own ("“merusak keseimbangan,
// …”" where the source has merusak “keseimbangan, …”) is still that source quote, and its speaker still counts: in
// another's mouth it is misattributed (checks/quote-check.ts, sourceQuoteAt). A made-up corpus.

const corpus = corpusOfLines({
  'dewan.txt': [
    'Juru bicara dewan kota Lars Dahl mengatakan pelabuhan itu akan dibuka kembali pekan depan.',
    'Kementerian perikanan Norwegia mengatakan kedua kota merusak “keseimbangan, kepercayaan, dan kerja sama kawasan”.',
  ],
  'kopi.txt': ['Kopi dari Waringin dijual ke India dan Jepang.'],
});
const flagged = flaggedBy(corpus);
const quote = 'kedua kota “merusak keseimbangan, kepercayaan, dan kerja sama kawasan”.\n';

describe('a quote that takes a word from outside the source\'s marks', () => {
  it('is misattributed in another\'s mouth, naming the source\'s speaker', () => {
    const [d, ...rest] = flagged(`Lars Dahl mengatakan ${quote}`);
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'misattributed-quote');
    assert.match(d.message, /Kementerian perikanan Norwegia/);
  });

  it('passes in its speaker\'s mouth', () => {
    assert.deepEqual(flagged(`Kementerian perikanan Norwegia mengatakan ${quote}`), []);
  });
});
