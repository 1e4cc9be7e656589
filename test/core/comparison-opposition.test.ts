import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedIn } from './seed-corpus';

// A thing said to be outdone where the passage says it was not reached, or the other way round, in either language:
// a contradiction that names both wordings. The passage's own side, said in other words, passes; a comparison with
// a figure is the number check's.

const corpus = corpusOfLines({
  'tol.txt': [
    'Pengelola tol mencatat sekitar 11.000 kendaraan melintas setiap hari selama sepekan pertama, lebih sedikit dari perkiraan awal.',
    'Lampu tambahan akan dipasang di 12 titik sebelum akhir Juli.',
  ],
  'sales.txt': ['Orchard sales in the first quarter exceeded the forecast, the cooperative said on Monday.', 'Prices held steady.'],
  'cuaca.txt': ['Hujan deras mengguyur kota sepanjang sore.', 'Sejumlah jalan tergenang setinggi lutut orang dewasa.'],
});

describe('a comparison turned round', () => {
  it('is a contradiction that shows both wordings', () => {
    const [d] = flaggedIn(corpus, 'Pengelola tol mencatat jumlah kendaraan yang melintas selama sepekan pertama melebihi perkiraan awal.\n');
    assert.equal(d?.code, 'contradiction');
    assert.match(d.message, /“lebih sedikit dari perkiraan”.*“melebihi perkiraan”/);
    const [e] = flaggedIn(corpus, 'Orchard sales in the first quarter fell short of the forecast, the cooperative said.\n');
    assert.equal(e?.code, 'contradiction');
  });

  it('reads "dibandingkan" as "dari" between the comparison and its thing', () => {
    const [d] = flaggedIn(corpus, 'Pengelola tol mencatat jumlah kendaraan yang melintas selama sepekan pertama lebih banyak dibandingkan perkiraan awal.\n');
    assert.equal(d?.code, 'contradiction');
  });

  it('passes the passage\'s side in other words', () => {
    assert.deepEqual(flaggedIn(corpus, 'Pengelola tol mencatat jumlah kendaraan yang melintas selama sepekan pertama kurang dari perkiraan awal.\n'), []);
    assert.deepEqual(flaggedIn(corpus, 'Orchard sales in the first quarter surpassed the forecast, the cooperative said.\n'), []);
  });
});
