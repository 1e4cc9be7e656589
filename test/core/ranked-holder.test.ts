import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, fixtureCorpus, flaggedBy, flaggedIn, sentenceAlone } from './seed-corpus';

// "Kapolres Batu Lintang AKBP Dedi Kurniawan mengatakan …": an office, what it is of, a rank and the holder,
// without commas. The rank shows where the holder's name starts (facts/ranked-holder.ts); the short forms of the
// office's unit are known where the sources write them out (lexicon/abbreviations.ts).

const names = (text: string) => sentenceAlone(text).names.map(n => `${n.text}|${n.kind}|${n.role?.text ?? ''}`);

describe('an office, a rank and its holder without commas', () => {
  it('reads the name after the rank as the person who holds the office', () => {
    assert.deepEqual(names('Kapolres Batu Lintang AKBP Dedi Kurniawan mengatakan penyidik telah memeriksa tujuh saksi.'),
      ['Batu Lintang|place|', 'Dedi Kurniawan|person|Kapolres Batu Lintang AKBP']);
  });

  it('reads no name in a rank before the holder after a comma, so the office is of the place before it', () => {
    assert.deepEqual(names('Kapolres Tanah Merapi, AKBP Hendra Wijaya Lubis, mengatakan penyidik telah memeriksa tujuh saksi.'),
      ['Tanah Merapi|place|', 'Hendra Wijaya Lubis|person|AKBP']);
  });

  it('leaves a title that holds "Jenderal" as it was', () => {
    const found = names('Sekretaris Jenderal Liga Arab Ahmed Aboul Gheit tiba di Kairo.');
    assert.ok(!found.some(n => n.startsWith('Aboul Gheit|')), found.join());
  });

  const flagged = flaggedBy(corpusOfLines({
    'tersangka.txt': [
      'Kepala Satuan Reserse Kriminal Polresta Batu Lintang, Kompol Ratna Sari, mengatakan tersangka ditangkap di rumahnya.',
      '"Tersangka menjual data itu kepada dua pembeli," ujar Ratna.',
      ...fillerLines(6, 'id', 'Batu Lintang'),
    ],
  }));

  it('gives a quote to the holder after the rank, not to the place of the office (BN\'s bn06)', () => {
    const found = flaggedIn(fixtureCorpus('narkoba-lapas'), 'Kapolres Tanah Merapi, AKBP Hendra Wijaya Lubis, mengatakan, "Napi itu yang mengatur semuanya dari dalam."\n');
    assert.deepEqual(found.map(d => d.code), []);
  });

  it("knows the holder, and the unit's short form that the sources write out", () => {
    const found = flagged('Kasat Reskrim Polresta Batu Lintang Kompol Ratna Sari mengatakan, "Tersangka menjual data itu kepada dua pembeli."\n');
    assert.deepEqual(found.map(d => d.code), []);
  });
});
