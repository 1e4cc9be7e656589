import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/index/corpus';
import { analyzeDraft, checkDraft } from '../../server/src/core/checks/check';
import { holdsInOneClause } from '../../server/src/core/checks/negation-added';
import { Claim } from '../../server/src/core/checks/types';
import { Alignment } from '../../server/src/core/index/support';

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

// A denial that holds every word of the sentence, and two passages further down that hold fewer.
const deer = [
  { uri: 'bogor.txt', label: 'bogor.txt', format: 'plaintext' as const, text: 'Di kota Bogor terdapat juga sarana penangkaran rusa yaitu Penangkaran Rusa Giri Jaya Cariu Bogor. Harga tiket untuk memasuki kawasan Istana Bogor adalah gratis.' },
  { uri: 'rusa.txt', label: 'rusa.txt', format: 'plaintext' as const, text: 'Rusa di Penangkaran Rusa Giri Jaya Cariu bisa sudah jinak dan terbiasa dengan manusia yang ada di sekitarnya.' },
  { uri: 'istana.txt', label: 'istana.txt', format: 'plaintext' as const, text: 'Tak hanya itu, di Istana Bogor Anda juga dapat menyaksikan rusa-rusa yang berkeliaran bebas di sekitar kawasan.' },
];

describe('a negation the closest passage lacks', () => {
  it('lets no passage that holds fewer of the words back a sentence the closest one denies, and shows that one', () => {
    // "Tidak ada" denies the noun after it (negation.ts), so the denial is read as a contradiction of that passage.
    const [d, more] = findings('Tidak ada penangkaran rusa di Bogor.', Corpus.build(deer));
    assert.equal(more, undefined);
    assert.equal(d?.code, 'contradiction');
    assert.match(d.message, /draf menyebut “Tidak ada penangkaran”\. bogor\.txt: “Di kota Bogor terdapat/);
    assert.deepEqual(findings('Ada penangkaran rusa di Bogor.', Corpus.build(deer)), []);
    // A passage further down that holds every word with the sentence's own negation still backs it.
    const closed = { uri: 'tutup.txt', label: 'tutup.txt', format: 'plaintext' as const, text: 'Kini tidak ada lagi penangkaran rusa di Bogor.' };
    assert.deepEqual(findings('Tidak ada penangkaran rusa di Bogor.', Corpus.build([...deer, closed])), []);
  });

  it('reads words joined by "dan" as one statement of the denying passage, and a comma as the end of one', () => {
    const cave = Corpus.build([
      { uri: 'gua.txt', label: 'gua.txt', format: 'plaintext', text: 'Terdapat terowongan naik turun yang sangat sempit dan kecil sehingga para penyelam harus berusaha keras melewatinya.' },
      { uri: 'amish.txt', label: 'amish.txt', format: 'plaintext', text: 'Amish families allow travel by airplane, unlike older groups with tobacco farms and alcohol bans.' },
    ]);
    const oneClause = (text: string, doc: number) => {
      const draft = analyzeDraft(cave, text, 'plaintext');
      const terms = draft.sentences[0].words.filter(w => !w.stop).map(w => ({ stem: w.stem }));
      return holdsInOneClause({ terms: terms as Claim['terms'], corpus: cave }, { ref: { doc, sentence: 0 } } as Alignment);
    };
    assert.equal(oneClause('Tidak ada terowongan yang dilewati oleh para penyelam.', 0), true);
    assert.equal(oneClause('Tobacco and alcohol are not allowed.', 1), false);
  });

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
    // "Tidak ada warga … yang memperhatikan" denies the residents who did it and the act (negation.ts): a contradiction.
    const [d] = findings('Tidak ada warga Desa Waringin yang memperhatikan nelayan itu.', sources);
    assert.equal(d?.code, 'contradiction');
    assert.match(d.message, /draf menyebut “Tidak ada warga”\. warga\.txt: “Warga Desa Waringin memperhatikan/);
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

describe('a negation the sentence drops', () => {
  // Each against a source of the one sentence, so that no other sentence lends its words.
  const dropped = (source: string, text: string) => findings(text, Corpus.build([{ uri: 'a.txt', label: 'a.txt', format: 'plaintext', text: source }]))
    .filter(d => /dengan penyangkalan|with a negation/.test(d.message));

  it('flags a sentence that states what the passage denies outright, with "tidak akan ada" before the word', () => {
    // The noun after "tidak akan ada" is denied (negation.ts): the contradiction check speaks first.
    const [d, more] = findings('Akan ada kenaikan pajak karbon untuk 2026.', Corpus.build([{ uri: 'a.txt', label: 'a.txt', format: 'plaintext',
      text: 'Kementerian Keuangan menyatakan dalam sebuah catatan bahwa tidak akan ada kenaikan pajak karbon, setidaknya untuk 2026.' }]));
    assert.equal(more, undefined);
    assert.equal(d?.code, 'contradiction');
    assert.match(d.message, /sumber menyebut “tidak akan ada kenaikan”/);
  });

  it('passes what the passage states plainly in another clause than its negation', () => {
    assert.deepEqual(dropped('FastNet tidak menggunakan saluran telepon dalam menyediakan akses internet, tetapi menggunakan kabel pita lebar.',
      'FastNet menggunakan kabel pita lebar dalam menyediakan akses internet.'), []);
    assert.deepEqual(dropped('Olimpiade Musim Dingin diciptakan untuk memperlombakan cabang olahraga musim dingin seperti seluncur es dan ski yang tidak bisa diperlombakan dalam Olimpiade Musim Panas.',
      'Olimpiade Musim Dingin memperlombakan seluncur es.'), []);
  });

  it('passes what the passage denies of only some ("sebagian besar … tidak"), and what "tidak hanya" states', () => {
    assert.deepEqual(dropped('Di Abad Pertengahan, sebagian besar orang Kristen tidak memiliki akses ke Alkitab dalam bahasa ibu mereka.',
      'Ada orang Kristen yang memiliki akses ke Alkitab dalam bahasa ibu mereka.'), []);
    assert.deepEqual(dropped('Festival Waringin tidak hanya menampilkan musik keroncong, tetapi juga tari tradisional.', 'Festival Waringin menampilkan musik keroncong.'), []);
  });
});
