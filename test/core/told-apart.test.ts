import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/index/corpus';
import { checkDraft } from '../../server/src/core/checks/check';

// A count whose value the passage has for the claim's thing, but told apart by the next word: the passage's own
// count of what the claim says is another.

const corpus = (text: string) => Corpus.build([{ uri: 'p.txt', label: 'p.txt', format: 'plaintext', text }]);
const codes = (c: Corpus, text: string) => checkDraft(c, text + '\n', 'markdown').filter(d => d.severity === 'error' || d.severity === 'warning');

describe('a count told apart by the word after its thing', () => {
  it('flags the count of a part given as the count of the whole, in Indonesian and in English', () => {
    const id = corpus('Delapan tim bersaing pada putaran pertama musim; tujuh tim dari Sydney dan satu tim dari Newcastle.');
    const [d] = codes(id, 'Tujuh tim bersaing pada putaran pertama musim.');
    assert.equal(d?.code, 'number-mismatch');
    assert.match(d.message, /Sumber menyebut “Delapan”; draf menyebut “Tujuh”/);
    const en = corpus('Eight teams competed in the first round of the season: seven teams from Sydney and one team from Newcastle.');
    assert.match(codes(en, 'Seven teams competed in the first round of the season.')[0]?.message ?? '', /The source says “Eight”; the draft says “Seven”/);
  });

  it('passes the part as the passage tells it, and a figure that keeps the words its passage gives it', () => {
    const id = corpus('Delapan tim bersaing pada putaran pertama musim; tujuh tim dari Sydney dan satu tim dari Newcastle.');
    assert.deepEqual(codes(id, 'Tujuh tim dari Sydney ikut bersaing.'), []);
    const points = corpus('Dari sebuah pertandingan resmi, 3 poin diberikan kepada tim pemenang, 0 poin untuk tim yang kalah, dan masing-masing 1 poin untuk dua tim yang bermain imbang.');
    assert.deepEqual(codes(points, 'Dari sebuah pertandingan resmi, 1 poin diberikan untuk dua tim yang bermain imbang.'), []);
  });

  it('passes a figure the claim tells apart by what the passage names before it', () => {
    const distances = corpus('Pasien rujukan dibagi ke dua rumah sakit, yakni RSUD Larangan yang berjarak sekitar 47 kilometer dan RS Mitra Husada di Sendangsari yang berjarak 62 kilometer.');
    assert.deepEqual(codes(distances, 'Pasien rujukan harus menempuh sekitar 47 kilometer ke RSUD Larangan atau 62 kilometer ke RS Mitra Husada di Sendangsari.').map(d => d.code), []);
  });
});
