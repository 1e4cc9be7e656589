import * as assert from 'node:assert/strict';
import { corpusOfLines, fixtureCorpus, seedCorpus } from './seed-corpus';
import { checkDraft } from '../../server/src/core/checks/check';
import { Corpus } from '../../server/src/core/index/corpus';

// An act between two people that no source says of them, though the sources name the two side by side: every
// word may stand near both names, so only the act itself tells it apart. Made-up sources in both languages.

const indonesian = corpusOfLines({
  'kunjungan.txt': [
    'Presiden Arman Sudrajat bertemu Menteri Lestari Wibowo di Makassar pada Senin pagi.',
    'Dalam pertemuan itu, Arman Sudrajat memuji kerja Lestari Wibowo di bidang pangan.',
    'Lestari Wibowo kemudian meninjau pasar induk kota bersama para pedagang.',
    'Pada final sore harinya, Rudy Hartawan mengalahkan Sven Pedersen dalam tiga gim.',
  ],
});
const english = corpusOfLines({
  'council.txt': [
    'Mayor Dana Whitlock met Councillor Omar Haddad on Monday to discuss the flood plan.',
    'Whitlock thanked Haddad for his work on the river defences.',
  ],
});

const visit = corpusOfLines({
  'palu.txt': [
    'Presiden Arman Sudrajat tiba di Palu pada Selasa bersama Menteri Lestari Wibowo.',
    'Gubernur Sulawesi Tengah Bayu Pratama menyambutnya di bandara.',
    'Arman Sudrajat kemudian bertemu dengan Rina Salim, ketua DPRD setempat.',
    'Gubernur Sulawesi Tengah itu juga mengirim Dodi Kurnia ke Jakarta untuk menyiapkan kunjungan balasan.',
  ],
});

const unstated = (corpus: Corpus, text: string) =>
  checkDraft(corpus, text + '\n', 'markdown').filter(d => d.code === 'unsupported-claim' && /“.+” .+: (?:di tempat|where)/.test(d.message));

describe('acts between people that no source states', () => {
  it('flags an act the sources never say of two people they name together, pointing at where they are named', () => {
    const [found] = unstated(indonesian, 'Dalam pertemuan itu, Arman Sudrajat memecat Lestari Wibowo dari kabinet.');
    assert.ok(found, 'no finding');
    assert.match(found.message, /^Tidak ada sumber yang menyatakan bahwa Arman Sudrajat “memecat” Lestari Wibowo: di tempat sumber menyebut keduanya bersama-sama \(kunjungan\.txt\)/);
    assert.equal(found.evidence[0].text, 'Presiden Arman Sudrajat bertemu Menteri Lestari Wibowo di Makassar pada Senin pagi.');
    assert.equal(unstated(english, 'Dana Whitlock sued Omar Haddad over the flood plan.').length, 1);
  });

  it('passes an act a source states near both names, in another form of the verb or as its noun', () => {
    assert.deepEqual(unstated(indonesian, 'Arman Sudrajat memuji Lestari Wibowo atas kerjanya di bidang pangan.'), []);
    assert.deepEqual(unstated(indonesian, 'Arman Sudrajat menemui Lestari Wibowo di Makassar.'), []);
    assert.deepEqual(unstated(english, 'Dana Whitlock thanked Omar Haddad for his work on the river defences.'), []);
  });

  it('flags an act a sentence nearby says of one of the two with a third person', () => {
    const [found] = unstated(visit, 'Lestari Wibowo bertemu dengan Rina Salim di Palu.');
    assert.ok(found, 'no finding');
    assert.match(found.message, /Lestari Wibowo “bertemu dengan” Rina Salim/);
    // "kedua negara" is both countries, not both people.
    const dinner = corpusOfLines({ 'dili.txt': ['Menteri Lestari Wibowo tiba di Dili bersama Duta Besar Rina Salim.', 'Lestari Wibowo memuji hubungan kedua negara dalam jamuan makan malam.'] });
    assert.equal(unstated(dinner, 'Lestari Wibowo memuji Rina Salim dalam jamuan makan malam.').length, 1);
  });

  it('reads the act of a clause of purpose as the first one\'s agent\'s ("mengunjungi Palu untuk bertemu …")', () => {
    const [found] = unstated(visit, 'Lestari Wibowo mengunjungi Palu untuk bertemu Rina Salim.');
    assert.ok(found, 'no finding');
    assert.match(found.message, /Lestari Wibowo “bertemu” Rina Salim/);
    assert.deepEqual(unstated(visit, 'Arman Sudrajat mengunjungi Palu untuk bertemu Rina Salim.'), []);
  });

  it('passes an act a sentence says of one of the two by name and of the other by a pronoun or a role', () => {
    assert.deepEqual(unstated(visit, 'Bayu Pratama menyambut Arman Sudrajat di bandara.'), []);
    assert.deepEqual(unstated(visit, 'Bayu Pratama mengirim Dodi Kurnia ke Jakarta.'), []);
    assert.deepEqual(unstated(visit, 'Arman Sudrajat bertemu dengan Rina Salim di Palu.'), []);
    // Two who met talked: a meeting says the talk.
    assert.deepEqual(unstated(visit, 'Arman Sudrajat berbicara dengan Rina Salim di Palu.'), []);
    assert.deepEqual(unstated(english, 'Dana Whitlock met with Omar Haddad on Monday.'), []);
  });

  it('reads any result of a contest as the two having played', () => {
    assert.deepEqual(unstated(indonesian, 'Pada final itu, Rudy Hartawan melawan Sven Pedersen.'), []);
  });

  it('leaves a denied act to the contradiction check', () => {
    assert.deepEqual(unstated(indonesian, 'Arman Sudrajat tidak memecat Lestari Wibowo dari kabinet.'), []);
  });

  it('stays quiet on the seed articles\' own sentences', () => {
    const seeds = seedCorpus();
    for (const doc of seeds.docs) {
      const sentences = doc.facts.sentences.map(s => s.text).join('\n\n');
      assert.deepEqual(unstated(seeds, sentences).map(d => d.message), [], doc.label);
    }
  });
});

// An act the two do together on a thing, the thing between the verb and the other person: "menandatangani perjanjian
// dagang dengan …", "signed a trade deal with …". Said by a source that has the verb or the thing near both names.
const deal = corpusOfLines({
  'pertemuan.txt': [
    'Presiden Arman Sudrajat mengadakan pembicaraan dengan Menteri Lestari Wibowo di Makassar.',
    'Keduanya membahas harga beras dan stok gudang.',
    'Di Palu, Arman Sudrajat dan Rina Salim meneken perjanjian kerja sama pelabuhan.',
  ],
});

describe('an act of two people together on a thing', () => {
  it('flags the act no source says of them, quoting the act with its thing', () => {
    const [found] = unstated(deal, 'Arman Sudrajat menandatangani perjanjian dagang dengan Lestari Wibowo.');
    assert.match(found?.message ?? '', /Arman Sudrajat “menandatangani perjanjian dagang dengan” Lestari Wibowo/);
  });

  it('passes the act said near both names by its verb or by its thing', () => {
    assert.deepEqual(unstated(deal, 'Arman Sudrajat mengadakan pembicaraan dengan Lestari Wibowo di Makassar.'), []);
    assert.deepEqual(unstated(deal, 'Arman Sudrajat menandatangani perjanjian kerja sama pelabuhan dengan Rina Salim.'), []);
  });

  it('reads no act between two names in a verb of saying whose second name opens the clause it reports', () => {
    const outbreak = fixtureCorpus('keracunan');
    const said = checkDraft(outbreak, 'Hendra menyebut Salmonella tidak terdeteksi pada sampel air ataupun pada lauk lain yang disajikan.\n', 'markdown');
    assert.deepEqual(said.filter(d => /menyebut/.test(d.message)).map(d => d.message), []);
  });
});
