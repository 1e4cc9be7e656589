import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/index/corpus';
import { checkDraft } from '../../server/src/core/checks/check';

// A sentence that holds every word of its closest passage and negates one of them says the opposite of it: no
// support, and no weak finding either, however close the passage.

const corpus = Corpus.build([
  { uri: 'film.txt', label: 'film.txt', format: 'plaintext', text: 'In 2007 the most successful film was El Greco, directed by Yannis Smaragdis.' },
  { uri: 'abroad.txt', label: 'abroad.txt', format: 'plaintext', text: 'The film was not a success abroad, where few cinemas showed it.' },
  { uri: 'amish.txt', label: 'amish.txt', format: 'plaintext', text: 'The Amish community forbids the sale of alcohol and tobacco on its land.' },
]);
const indonesian = Corpus.build([{ uri: 'film-id.txt', label: 'film-id.txt', format: 'plaintext',
  text: 'Pada tahun 2007, film yang paling sukses adalah El Greco, yang disutradarai oleh Yannis Smaragdis.' }]);
const findings = (text: string, sources = corpus) =>
  checkDraft(sources, text + '\n', 'markdown').filter(d => d.severity === 'error' || d.severity === 'warning');

describe('a negation the closest passage lacks', () => {
  it('flags an English sentence that denies what the passage states, and says so', () => {
    const [d, more] = findings('El Greco was not the most successful film in 2007.');
    assert.equal(more, undefined);
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /without the negation: “In 2007 the most successful film was El Greco/);
  });

  it('reports an Indonesian denial of a stated fact as a warning, not as a weak finding', () => {
    const [d] = findings('El Greco bukan sebuah film.', indonesian);
    assert.equal(d?.severity, 'warning');
    assert.match(d.message, /tanpa penyangkalan/);
  });

  it('passes the same sentence without the negation, and a negation the passage has too', () => {
    assert.deepEqual(findings('El Greco was the most successful film in 2007.'), []);
    assert.deepEqual(findings('The film was not a success abroad.'), []);
  });

  it('leaves a denial the passage words otherwise to the other checks ("not allowed" for "forbids")', () => {
    for (const d of findings('Alcohol and tobacco are not allowed.')) assert.doesNotMatch(d.message, /without the negation/);
  });
});

describe('a negation the closest passage lacks, beside a negation of its own', () => {
  const sources = Corpus.build([{ uri: 'warga.txt', label: 'warga.txt', format: 'plaintext', text: [
    'Warga Desa Waringin memperhatikan nelayan itu terus batuk yang tak kunjung sembuh, lalu melaporkannya ke puskesmas.',
    'Becak yang merupakan angkutan murah itu bukanlah asli Indonesia, menurut para sejarawan kota.',
  ].join('\n\n') }]);
  const denial = (text: string) => findings(text, sources).filter(d => /tanpa penyangkalan/.test(d.message));

  it('flags a denial of what the passage states, its own negation being of another word', () => {
    assert.equal(denial('Tidak ada warga Desa Waringin yang memperhatikan nelayan itu.').length, 1);
  });

  it('reads "belum" against a passage that says it is still to come as the same', () => {
    const novel = Corpus.build([{ uri: 'novel.txt', label: 'novel.txt', format: 'plaintext',
      text: 'Penerbit Waringin kabarnya akan merilis novel terbaru Ayu Lestari pada 2026, meski jadwal pastinya masih belum diumumkan.' }]);
    assert.deepEqual(findings('Novel terbaru Ayu Lestari belum dirilis oleh Penerbit Waringin.', novel), []);
  });

  it('leaves a passage that denies it with the emphatic "bukanlah" to the other checks', () => {
    assert.deepEqual(denial('Becak bukan merupakan angkutan asli Indonesia.'), []);
  });
});
