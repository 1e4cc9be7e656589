import * as assert from 'node:assert/strict';
import { findNames } from '../../server/src/core/facts/names';
import { tokenize } from '../../server/src/core/text/tokens';
import { collectVocabulary, makeContext } from '../../server/src/core/facts/analyze';

// A sentence in, its name mentions out ("kind:text{role}"). The context is what analyze.ts gives the recogniser:
// the words a corpus writes in lower case and the words it capitalises mid-sentence, here from the sentence itself
// and a few ordinary sentences, so that words such as "kunjungan" and "meskipun" are known to be ordinary.

const BACKGROUND = 'kunjungan itu berlangsung lama. perang terus berlanjut. meskipun demikian, dia datang. partai itu kalah.';

function mentions(sentence: string) {
  const lower = new Set<string>(), midCap = new Set<string>();
  collectVocabulary(`${BACKGROUND}\n${sentence}`, lower, midCap);
  const tools = makeContext(lower, midCap).toolsFor('id');
  const opts = { isCommonWord: (n: string) => tools.isStopword(n) || lower.has(n), isKnownName: (n: string) => midCap.has(n) };
  return findNames(tokenize(sentence), opts);
}

function names(sentence: string): string[] {
  return mentions(sentence).map(m => `${m.kind}:${m.text}${m.role ? `{${m.role.text}}` : ''}`);
}

describe('name mentions', () => {
  it('takes a name after a noun for a place (a gate, an airport, a station) for that place, whole', () => {
    const found = names('Warga berunjuk rasa di dekat jalan tol, lalu bergerak ke Gerbang Tol Talang Padi dan Stasiun Sari Jaya.');
    assert.ok(found.includes('place:Gerbang Tol Talang Padi'), JSON.stringify(found));
    assert.ok(found.includes('place:Stasiun Sari Jaya'), JSON.stringify(found));
    assert.deepEqual(names('Rombongan presiden tiba di Bandara Sultan Hasanuddin.').filter(n => n.startsWith('person:')), []);
  });
  it('takes an event for no person ("Olimpiade Musim Dingin")', () => {
    const found = mentions('Putin melihat Xi pada awal Februari untuk Olimpiade Musim Dingin di Beijing.');
    const event = found.find(m => m.text.startsWith('Olimpiade'));
    assert.ok(!event || event.kind !== 'person', JSON.stringify(found));
  });
  it('takes no ordinary word that opens a sentence for a name, even one that ends titles ("Dalam", "Perdagangan")', () => {
    assert.deepEqual(names('Dalam pernyataan bersama, Beijing dan Moskow berjanji memperluas latihan.'), ['place:Beijing', 'place:Moskow']);
    assert.deepEqual(names('Perdagangan Tiongkok dengan Rusia mencapai $240 miliar; perdagangan itu tumbuh.'), ['place:Tiongkok', 'place:Rusia']);
    // The same word inside a title that opens the sentence is still part of the role.
    assert.ok(names('Menteri Dalam Negeri Tito Karnavian tiba di Jakarta.').some(n => /Tito Karnavian\{Menteri Dalam Negeri\}/.test(n)));
  });

  it('splits a title from the name, with the country in it as a place', () => {
    assert.deepEqual(names('Presiden Rusia Vladimir Putin tiba di Beijing.'),
      ['place:Rusia', 'person:Vladimir Putin{Presiden Rusia}', 'place:Beijing']);
  });

  it('takes a lower-case title in front of the name as the role', () => {
    assert.deepEqual(names('Perang itu berlanjut, kata pemimpin Tiongkok Xi Jinping.'),
      ['place:Tiongkok', 'person:Xi Jinping{pemimpin Tiongkok}']);
  });

  it('keeps a country out of a person name that follows it', () => {
    assert.deepEqual(names('Presiden Prancis Emmanuel Macron hadir.'), ['place:Prancis', 'person:Emmanuel Macron{Presiden Prancis}']);
  });

  it('finds organisations by their head word', () => {
    assert.deepEqual(names('Ho Tiang Bun, seorang profesor di Nanyang Technological University, mengatakan hal itu.'),
      ['person:Ho Tiang Bun', 'organization:Nanyang Technological University']);
  });

  it('splits a party from the person its title belongs to', () => {
    assert.deepEqual(names('Ketua Umum Partai Golkar Aburizal Bakrie hadir dalam acara itu.'),
      ['organization:Partai Golkar', 'person:Aburizal Bakrie{Ketua Umum Partai Golkar}']);
  });

  it('keeps an acronym in brackets apart from its expansion, with the same kind', () => {
    assert.deepEqual(names('Putusan itu dibacakan oleh Mahkamah Konstitusi (MK) pada sore hari.'),
      ['organization:Mahkamah Konstitusi', 'organization:MK']);
  });

  it('links the name to its acronym in brackets as one entity', () => {
    const sentence = 'Putusan itu dibacakan oleh Mahkamah Konstitusi (MK) pada sore hari.';
    const [name] = mentions(sentence);
    assert.equal(name.bracketed && sentence.slice(name.bracketed.start, name.bracketed.end), '(MK)');
  });

  it('flags a known place used as an actor or modifier, not as a location, and keeps it a place', () => {
    const flagged = (s: string) => mentions(s).filter(m => m.kind === 'place').map(m => `${m.text}${m.modifier ? '*' : ''}`);
    assert.deepEqual(flagged('Sebelumnya, serangan udara Israel pekan lalu menewaskan tiga orang.'), ['Israel*']);
    assert.deepEqual(flagged('Menteri itu tiba di Israel pekan lalu.'), ['Israel']);
    assert.deepEqual(flagged('Jika banyak informasi yang bisa diakses, tentu mereka ke Indonesia.'), ['Indonesia']);
  });

  it('keeps a place and the compass word after it together as a region', () => {
    assert.deepEqual(names('Ia tinggal di Jakarta Pusat sejak lama.'), ['place:Jakarta Pusat']);
  });

  it('does not take a sentence-initial ordinary word for a name', () => {
    // The sentence's first word is what this is about; one unknown word's kind is the tagger's to decide.
    assert.deepEqual(names('Kunjungan itu merupakan yang pertama bagi Putin.').map(n => n.replace(/^\w+:/, '')), ['Putin']);
    assert.deepEqual(names('Meskipun demikian, Perang terus berlanjut.'), []);
  });

  it('finds a name at the start of a sentence', () => {
    assert.deepEqual(names('Khalilzad terbang ke Yordania untuk berunding.'), ['person:Khalilzad', 'place:Yordania']);
  });

  it('leaves forms of address out of the name', () => {
    assert.deepEqual(names('Pak Jokowi sudah menyampaikan soal kenaikan harga.'), ['person:Jokowi']);
  });

  it('keeps every known place a place, wherever it stands and whatever its role in the sentence', () => {
    assert.deepEqual(names('Rusia dan Jepang telah melarang impor unggas.'), ['place:Rusia', 'place:Jepang']);
    assert.deepEqual(names('Amerika Serikat dan Korea Selatan menggelar latihan bersama.'), ['place:Amerika Serikat', 'place:Korea Selatan']);
  });

  it('reports a capitalised run it cannot place as a name all the same', () => {
    const found = names('Kemarin Zorblax Quentaro datang ke kantor.');
    assert.equal(found.length, 1);
    assert.match(found[0], /:Zorblax Quentaro$/);
  });

  it('gives the offsets of the name in the sentence', () => {
    const sentence = 'Menurut Haposan, permintaan itu disampaikan ke Sjahril.';
    const lower = new Set<string>(), midCap = new Set<string>();
    collectVocabulary(sentence, lower, midCap);
    const found = findNames(tokenize(sentence), { isCommonWord: n => lower.has(n), isKnownName: n => midCap.has(n) });
    assert.deepEqual(found.map(m => sentence.slice(m.start, m.end)), ['Haposan', 'Sjahril']);
    assert.deepEqual(found.map(m => m.kind), ['person', 'person']);
  });

  it('keeps a word with a digit out of a person\'s name, before it or after it, and out of no other name', () => {
    assert.deepEqual(names('Peluang hidup pasien virus Kotowi Mansati COVID-19 yang dirawat dengan ventilator bisa mencapai 10 persen.'), ['person:Kotowi Mansati']);
    assert.deepEqual(names('Pasien COVID-19 Budi Santoso sembuh.'), ['person:Budi Santoso']);
    assert.deepEqual(names('Presiden Joko Widodo G20 hadir.'), ['person:Joko Widodo{Presiden}']);
    assert.ok(names('KTT G20 digelar di Bali.').includes('other:KTT G20'));
  });
});
