import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/index/corpus';
import { checkDraft } from '../../server/src/core/checks/check';
import { corpusOfLines } from './seed-corpus';

// The checks that compare a sentence with the passage that states nearly all of it: a negation on one side, a
// swapped name, a wrong title, another spelling of a name, a wrong order of magnitude. A small made-up corpus,
// so each behaviour rests on the rule and not on the seed articles.

const corpus = Corpus.build([{
  uri: 'a.txt', label: 'a.txt', format: 'plaintext', text: [
    'Menteri Luar Negeri Norwegia Ingrid Dahl tiba di Oslo pada hari Senin.',
    'Dalam wawancara dengan kantor berita Reuters, Dahl memuji kerja sama kedua negara di bidang perikanan.',
    'Kedua menteri tidak memberikan rincian baru tentang perjanjian perbatasan dalam konferensi pers mereka.',
    'Rencana itu ditolak oleh parlemen karena gagal menyerukan perlindungan bagi nelayan kecil.',
    'Perundingan berlangsung di sela-sela forum Dewan Arktik di Tromsø, Norwegia.',
    'Ratusan nelayan berunjuk rasa di depan gedung parlemen.',
    'Kapal patroli kedua negara berlayar bersama di Samudera Atlantik.',
    'Perdana Menteri Islandia, Bjarni Jonsson, juga hadir dalam forum tersebut.',
    'Jonsson, yang pernah menjabat sebagai menteri keuangan, mengatakan forum itu penting.',
    'Dahl kemudian terbang ke ibu kota Finlandia pada hari Selasa.',
    '“Forum ini penting bagi masa depan kawasan Arktik dan para nelayannya,” kata Dahl.',
    'Menteri Pertahanan Norwegia, Lars Berg, ikut dalam rombongan itu bersama Erik Lund.',
    'Dahl menyebut perjanjian perikanan itu “langkah bersejarah” bagi kedua negara.',
    'Pemerintah daerah tidak membantu nelayan kecil di pesisir utara selama musim dingin.',
    'Dahl pernah menjabat sebagai duta besar untuk Kanada.',
    'Universitas Kairo mengirim seorang pengamat.',
  ].join('\n'),
}, {
  uri: 'b.txt', label: 'b.txt', format: 'plaintext', text: [
    'Kantor berita AFP melaporkan bahwa Dahl akan mengunjungi Islandia dan Finlandia bulan depan.',
    'Pemerintah Finlandia menyambut rencana kunjungan itu.',
    'Pertemuan berikutnya akan digelar di Helsinki.',
    'Universitas Bergen mengirim dua peneliti ke forum itu.',
    'Dahl juga akan mengunjungi Tromsø, kota pelabuhan di utara, untuk bertemu para nelayan.',
  ].join('\n'),
}]);

const findings = (text: string) => checkDraft(corpus, text, 'markdown');
const codes = (text: string) => findings(text).map(d => d.code);

describe('sentence checks on a small corpus', () => {
  it('flags a fact whose negation the passage states', () => {
    const [d] = findings('Kedua menteri memberikan rincian baru tentang perjanjian perbatasan dalam konferensi pers mereka.');
    assert.equal(d?.code, 'contradiction');
    assert.match(d.message, /tidak memberikan/);
  });

  it('reads "gagal menyerukan" as "tidak menyerukan"', () => {
    assert.deepEqual(codes('Rencana itu ditolak oleh parlemen karena tidak menyerukan perlindungan bagi nelayan kecil.'), []);
    assert.deepEqual(codes('Rencana itu ditolak oleh parlemen karena menyerukan perlindungan bagi nelayan kecil.'), ['contradiction']);
  });

  it('flags a name swapped for another known name in the same place, with a fix', () => {
    const d = findings('Dalam wawancara dengan kantor berita AFP, Dahl memuji kerja sama kedua negara di bidang perikanan.');
    assert.deepEqual(d.map(x => x.code), ['unknown-entity']);
    assert.match(d[0].message, /Reuters/);
    assert.equal(d[0].fixes[0].newText, 'Reuters');
    assert.deepEqual(codes('Perundingan berlangsung di sela-sela forum Dewan Arktik di Tromsø, Finlandia.'), ['unknown-entity']);
    assert.match(findings('Perundingan berlangsung di sela-sela forum Dewan Arktik di Oslo.')[0]?.message ?? '', /Tromsø/);
  });

  it('leaves a quote put in the wrong mouth to the quote check: one finding, not two', () => {
    assert.deepEqual(codes('“Forum ini penting bagi masa depan kawasan Arktik dan para nelayannya,” kata Jonsson.'), ['misattributed-quote']);
  });

  it('holds a phrase of two words to the speaker the draft names', () => {
    const d = findings('Jonsson menyebut perjanjian perikanan itu “langkah bersejarah” bagi kedua negara.');
    assert.deepEqual(d.map(x => x.code), ['misattributed-quote']);
    assert.match(d[0].message, /Ingrid Dahl/);
  });

  it('flags a role the sources give to someone else', () => {
    const d = findings('Erik Lund, Menteri Pertahanan Norwegia, ikut dalam rombongan itu.');
    assert.deepEqual(d.map(x => x.code), ['unknown-entity']);
    assert.match(d[0].message, /Lars Berg/);
  });

  it('does not give a former role to the one who holds it now', () => {
    assert.deepEqual(codes('Erik Lund, mantan Menteri Pertahanan Norwegia, ikut dalam rombongan itu.'), []);
  });

  it('swaps a place only for one that locates the same thing', () => {
    // "Kapal patroli … berlayar bersama di Samudera Atlantik": the sailing, not the talks.
    assert.deepEqual(codes('Kapal patroli kedua negara berlayar bersama di Tromsø.'), ['unknown-entity']);
    assert.ok(!codes('Dahl di Oslo mengatakan kapal patroli kedua negara berlayar bersama.').includes('unknown-entity'));
  });

  it('lets a role name more places than the source, not other ones', () => {
    assert.deepEqual(codes('Dahl pernah menjabat sebagai duta besar Norwegia untuk Kanada.'), []);
    assert.deepEqual(codes('Dahl pernah menjabat sebagai duta besar untuk Finlandia.'), ['unknown-entity']);
  });

  it('does not read a noun as the negated verb of the same stem', () => {
    assert.ok(!codes('Bantuan pemerintah daerah bagi nelayan kecil di pesisir utara datang selama musim dingin.').includes('contradiction'));
  });

  it('flags a place the sources never name as one, where the passage has another', () => {
    // "Bergen" stands in the sources only inside "Universitas Bergen": known as a word, not as a place.
    const d = findings('Menteri Luar Negeri Norwegia Ingrid Dahl tiba di Bergen pada hari Senin.');
    assert.deepEqual(d.map(x => x.code), ['unknown-entity']);
    assert.match(d[0].message, /^Sumber menyebut “Oslo”; draf menyebut “Bergen”/);
    assert.equal(d[0].fixes[0].newText, 'Oslo');
  });

  it('flags such a place right after the verb the passage puts another place after', () => {
    // "Kairo" stands in the sources only inside "Universitas Kairo", a body, not a place.
    const d = findings('Dahl juga akan mengunjungi Kairo untuk bertemu para nelayan.');
    assert.deepEqual(d.map(x => x.code), ['unknown-entity']);
    assert.match(d[0].message, /^Sumber menyebut “Tromsø”; draf menyebut “Kairo”/);
    // Also where the draft names the body first: the place is not the body's short name.
    const after = findings('Universitas Kairo mengirim seorang pengamat.\n\nDahl juga akan mengunjungi Kairo untuk bertemu para nelayan.');
    assert.deepEqual(after.map(x => x.code), ['unknown-entity']);
  });

  it('does not call a city for its country a swap', () => {
    assert.deepEqual(codes('Dahl kemudian terbang ke Helsinki pada hari Selasa.').filter(c => c === 'unknown-entity'), []);
  });

  it('flags a wrong title given before a comma in the source', () => {
    const d = findings('Presiden Islandia, Bjarni Jonsson, juga hadir dalam forum tersebut.');
    assert.deepEqual(d.map(x => x.code), ['unknown-entity']);
    assert.match(d[0].message, /Perdana Menteri Islandia/);
  });

  it('does not give a role to a name that only qualifies another', () => {
    assert.deepEqual(codes('Dahl, orang kepercayaan Jonsson, diangkat menjadi menteri luar negeri.').filter(c => c === 'unknown-entity'), []);
  });

  it('accepts another spelling of a known name', () => {
    assert.deepEqual(codes('Kapal patroli kedua negara berlayar bersama di Samudra Atlantik.'), []);
  });

  it('flags a wrong order of magnitude', () => {
    const d = findings('Ribuan nelayan berunjuk rasa di depan gedung parlemen.');
    assert.deepEqual(d.map(x => x.code), ['number-mismatch']);
    assert.equal(d[0].fixes[0].newText, 'Ratusan');
  });
});

// A passage that names its own year only as "this year" ("tahun ini") cannot rule out the year a claim gives: the
// other year it writes out is about something else. Made-up sources, so the test rests on the rule.

const datedCorpus = Corpus.build([{
  uri: 'en.txt', label: 'en.txt', format: 'plaintext', text: [
    'Both the men\'s and the women\'s volleyball teams won the National Student Cup this year, building on their first win in 2018.',
    'The rowing club won the regional league in 2016 and again in 2018, its coach said.',
  ].join('\n'),
}, {
  uri: 'id.txt', label: 'id.txt', format: 'plaintext', text: [
    'Tim bola voli putri kampus itu menjuarai liga mahasiswa nasional tahun ini, setelah juara pertama kali pada 2018.',
  ].join('\n'),
}]);

const dateFindings = (text: string) => checkDraft(datedCorpus, text + '\n', 'markdown').filter(d => d.code === 'date-mismatch');

describe('a place the passage names in another role', () => {
  // The other article names Berlin as a place, as an archive would somewhere.
  const visit = (...lines: string[]) => Corpus.build([{ uri: 'c.txt', label: 'c.txt', format: 'plaintext', text: lines.join('\n') },
    { uri: 'd.txt', label: 'd.txt', format: 'plaintext', text: 'Forum Arktik tahun depan akan digelar di Berlin, Jerman.' }]);
  const passage = 'Selama kunjungannya ke Paris bulan lalu, Dahl mengkritik kebijakan perikanan Berlin.';
  const claim = 'Selama kunjungannya ke Berlin bulan lalu, Dahl mengkritik kebijakan perikanan.\n';

  it('flags it put where the passage puts another place', () => {
    const d = checkDraft(visit(passage, 'Pertemuan berikutnya belum dijadwalkan.'), claim, 'markdown');
    assert.deepEqual(d.map(x => x.code), ['unknown-entity']);
    assert.match(d[0].message, /^Sumber menyebut “Paris”; draf menyebut “Berlin”/);
  });

  it('leaves it alone where the passage or the next sentence also puts something there', () => {
    assert.deepEqual(checkDraft(visit(passage, 'Dahl kemudian terbang ke Pakis, Berlin.'), claim, 'markdown').map(x => x.code), []);
  });
});

describe('a name swapped where the best aligned passage is about the claimed name', () => {
  const council = Corpus.build([{ uri: 'h.txt', label: 'h.txt', format: 'plaintext', text: [
    'Mayor Elena Marsh, who chairs the council, said the vote was a turning point for the coast.',
    'The expansion will add two new berths.',
    'Councillor Tomas Reyes voted against the plan.',
  ].join('\n') }]);
  const found = (text: string) => checkDraft(council, text + '\n', 'markdown').filter(d => d.severity === 'error' || d.severity === 'warning');

  it('flags the name against the passage that states the rest, with its title set aside', () => {
    const d = found('Mayor Elena Marsh voted against the plan.');
    assert.deepEqual(d.map(x => x.code), ['unknown-entity']);
    assert.match(d[0].message, /^The source says “Tomas Reyes”; the draft says “Elena Marsh”/);
    assert.deepEqual(found('Councillor Tomas Reyes voted against the plan.'), []);
  });

  it('flags the name where the passage has another at the start of its clause, after a comma', () => {
    const harbour = corpusOfLines({ 'f.txt': [
      'Pertemuan antara Wali Kota Elena Marsh dan Tomas Reyes berlangsung di balai kota Waringin.',
      'Selama kunjungan itu, Reyes didesak oleh para nelayan untuk menggunakan pengaruhnya terhadap dewan kota untuk mengakhiri sengketa pelabuhan.',
      'Cuaca buruk sempat menunda keberangkatan kapal.',
    ] });
    const d = checkDraft(harbour, 'Marsh didesak oleh para nelayan untuk mengakhiri sengketa pelabuhan.\n', 'markdown');
    assert.deepEqual(d.map(x => x.code), ['unknown-entity']);
    assert.match(d[0].message, /^Sumber menyebut “Reyes”; draf menyebut “Marsh”/);
  });

  it('flags the name after the same verb where a comma ends the passage\'s clause, but not a member of a list', () => {
    const ship = corpusOfLines({ 'k.txt': [
      'Pertemuan antara Wali Kota Elena Marsh dan Tomas Reyes berlangsung di balai kota Waringin.',
      'Kapal feri tua itu dibeli Tomas Reyes, yang kemudian menjualnya kembali kepada dinas perhubungan.',
      'Film dokumenter tentang pelabuhan itu dibintangi Tomas Reyes, Elena Marsh dan Ida Berg.',
    ] });
    const d = checkDraft(ship, 'Kapal feri tua itu dibeli Elena Marsh.\n', 'markdown');
    assert.deepEqual(d.map(x => x.code), ['unknown-entity']);
    assert.match(d[0].message, /^Sumber menyebut “Tomas Reyes”; draf menyebut “Elena Marsh”/);
    assert.deepEqual(checkDraft(ship, 'Film dokumenter tentang pelabuhan itu dibintangi Ida Berg.\n', 'markdown').map(x => x.code), []);
  });

  it('does not swap a name the passage also has in the same words', () => {
    const app = corpusOfLines({ 'a.txt': [
      '"Hari ini kami memperkenalkan fitur Family Pairing, dan batasan baru untuk fitur Pesan Langsung," kata Donny Eryastha.'] });
    assert.deepEqual(checkDraft(app, 'Hari ini Donny Eryastha memperkenalkan fitur Family Pairing.\n', 'markdown').map(x => x.code), []);
  });

  it('flags a name put where the passage has another after "sedangkan", the claim\'s own name a sentence away', () => {
    const rain = corpusOfLines({ 'h.txt': ['Di Myanmar, pada pertengahan Mei sampai Oktober terjadi musim hujan. Di Thailand, musim hujan terjadi di Oktober sampai Januari, sedangkan Filipina terjadi hujan di sepanjang tahun.'] });
    const d = checkDraft(rain, 'Myanmar terjadi hujan sepanjang tahun.\n', 'markdown');
    assert.deepEqual(d.map(x => x.code), ['unknown-entity']);
    assert.match(d[0].message, /^Sumber menyebut “Filipina”; draf menyebut “Myanmar”/);
    assert.deepEqual(checkDraft(rain, 'Filipina terjadi hujan sepanjang tahun.\n', 'markdown').map(x => x.code), []);
  });

  it('does not swap the first item of a list with the next one, which stands before the same word', () => {
    const tennis = corpusOfLines({ 't.txt': ['Empat kejuaraan tenis terkemuka adalah Australia Terbuka yang dimainkan di lapangan keras, ' +
      'Prancis Terbuka yang dimainkan di lapangan tanah liat, Wimbledon yang dimainkan di lapangan rumput, dan AS Terbuka yang dimainkan juga di lapangan keras.'] });
    assert.deepEqual(checkDraft(tennis, 'Australia Terbuka dimainkan di lapangan keras.\n', 'markdown').map(x => x.code), []);
  });

  it('reads a surname as the full name the sources give', () => {
    const d = found('Marsh voted against the plan.');
    assert.deepEqual(d.map(x => x.code), ['unknown-entity']);
    assert.match(d[0].message, /^The source says “Tomas Reyes”; the draft says “Marsh”/);
  });
});

describe('a reported statement put in another mouth', () => {
  // The passage's neighbours name only its speaker: a name near the passage may be the writer's source.
  const said = Corpus.build([{ uri: 'r.txt', label: 'r.txt', format: 'plaintext', text: [
    'Panglima Angkatan Laut Erik Lund sebelumnya mengatakan bahwa armada patroli akan diperbesar tahun depan.',
    'Latihan gabungan itu berlangsung selama dua pekan.', 'Cuaca buruk sempat menunda keberangkatan kapal.',
    'Menteri Luar Negeri Norwegia Ingrid Dahl memuji kerja sama kedua negara di bidang perikanan.',
  ].join('\n') }, { uri: 'e.txt', label: 'e.txt', format: 'plaintext', text: [
    'Navy chief Tor Berg said the northern patrol fleet would grow next year.', 'The exercise lasted two weeks.',
    'Crews trained in the fjords.', 'Foreign Minister Ingrid Dahl praised the fisheries agreement.',
  ].join('\n') }]);
  const found = (text: string) => checkDraft(said, text + '\n', 'markdown').filter(d => d.severity === 'error' || d.severity === 'warning');

  it('flags the speaker where the passage has another one saying it, however each frames it', () => {
    const id = found('Menurut Ingrid Dahl, armada patroli akan diperbesar tahun depan.');
    assert.deepEqual(id.map(d => d.code), ['unknown-entity']);
    assert.match(id[0].message, /^Sumber menyebut “Erik Lund”; draf menyebut “Ingrid Dahl”/);
    const en = found('According to Ingrid Dahl, the northern patrol fleet would grow next year.');
    assert.deepEqual(en.map(d => d.code), ['unknown-entity']);
    assert.match(en[0].message, /^The source says “Tor Berg”; the draft says “Ingrid Dahl”/);
  });

  it('passes the statement in the mouth the passage puts it in', () => {
    assert.deepEqual(found('Menurut Erik Lund, armada patroli akan diperbesar tahun depan.'), []);
    assert.deepEqual(found('According to Tor Berg, the northern patrol fleet would grow next year.'), []);
  });
});

describe('an event put in a place its story never places anything in', () => {
  // The signing passage says nowhere; its story is set in Tokyo. The other article names Paris as a place.
  const build = (story: string[]) => Corpus.build([
    { uri: 's.txt', label: 's.txt', format: 'plaintext', text: story.join('\n') },
    { uri: 'o.txt', label: 'o.txt', format: 'plaintext', text: 'Officials in Paris welcomed the news. Pejabat di Paris menyambut kabar itu.' },
  ]);
  const english = build(['The two ministers met at the harbour forum in Tokyo on Tuesday.', 'Delegates praised the talks.',
    'Later the ministers signed a fishing agreement that runs for ten years.']);
  const indonesian = build(['Kedua menteri bertemu dalam forum pelabuhan di Tokyo pada hari Selasa.', 'Para delegasi memuji perundingan itu.',
    'Kemudian kedua menteri menandatangani perjanjian perikanan yang berlaku sepuluh tahun.']);
  const codesIn = (c: Corpus, text: string) => checkDraft(c, text + '\n', 'markdown').filter(d => d.severity === 'error' || d.severity === 'warning');

  it('flags the place, saying the passage does not say where and the story places nothing there', () => {
    const en = codesIn(english, 'The ministers signed a fishing agreement that runs for ten years in Paris.');
    assert.deepEqual(en.map(d => d.code), ['unknown-entity']);
    assert.match(en[0].message, /^No source puts this in Paris/);
    const id = codesIn(indonesian, 'Kedua menteri menandatangani perjanjian perikanan yang berlaku sepuluh tahun di Paris.');
    assert.deepEqual(id.map(d => d.code), ['unknown-entity']);
    assert.match(id[0].message, /^Tidak ada sumber yang menempatkan ini di Paris/);
  });

  it('flags a city that is no capital, where no story stating the rest names it at all', () => {
    const withCity = (story: string[]) => Corpus.build([
      { uri: 's.txt', label: 's.txt', format: 'plaintext', text: story.join('\n') },
      { uri: 'o.txt', label: 'o.txt', format: 'plaintext', text: 'Officials in Osaka welcomed the news. The minister will visit Osaka next month.' },
    ]);
    const story = ['The two ministers met at the harbour forum in Tokyo on Tuesday.', 'Delegates praised the talks.',
      'Later the ministers signed a fishing agreement that runs for ten years.'];
    const claim = 'The ministers signed a fishing agreement that runs for ten years in Osaka.';
    assert.deepEqual(codesIn(withCity(story), claim).map(d => d.code), ['unknown-entity']);
    // A story that names the city may hold the place the event was in: "Osaka" may be where its "harbour" lies.
    assert.deepEqual(codesIn(withCity([...story, 'The harbour of Osaka sent two delegates.']), claim), []);
  });

  it('leaves the place alone where the story places something there, however far from the passage', () => {
    assert.deepEqual(codesIn(english, 'The ministers signed a fishing agreement that runs for ten years in Tokyo.'), []);
    assert.deepEqual(codesIn(indonesian, 'Kedua menteri menandatangani perjanjian perikanan yang berlaku sepuluh tahun di Tokyo.'), []);
  });
});

describe('a negation against a passage that keeps the word in another sense', () => {
  const talks = Corpus.build([{ uri: 'e.txt', label: 'e.txt', format: 'plaintext', text: [
    'Meskipun kedua menteri mengatakan mereka berupaya mengakhiri sengketa, mereka tidak memberikan rincian baru dalam konferensi pers pada Senin sore.',
    'Pada hari yang sama, Dahl mengatakan dia akan memberi tahu para menteri tentang rincian hasil perundingan.',
  ].join('\n') }]);

  it('flags the claim the best passage denies, though a weaker one has the word without a negation', () => {
    const d = checkDraft(talks, 'Kedua menteri memberikan rincian baru dalam konferensi pers pada Senin sore.\n', 'markdown');
    assert.deepEqual(d.map(x => x.code), ['contradiction']);
    assert.match(d[0].message, /“tidak memberikan”/);
  });
});

describe('a role a passage gives with a pronoun', () => {
  const career = Corpus.build([{ uri: 'f.txt', label: 'f.txt', format: 'plaintext', text: [
    'Menteri Luar Negeri Norwegia Ingrid Dahl tiba di Oslo pada hari Senin.',
    'Dahl diperkirakan akan bertemu Jonsson di Islandia pada musim semi, melanjutkan tradisi kunjungan tahunan bergilir sejak ia menjadi sekretaris jenderal Partai Buruh pada 2015.',
  ].join('\n') }]);
  const roleFindings = (text: string) => checkDraft(career, text + '\n', 'markdown').filter(d => d.code === 'unknown-entity');

  it('takes a role that a passage stating the claim words the same way', () => {
    assert.deepEqual(roleFindings('Dahl menjadi sekretaris jenderal Partai Buruh pada 2015.'), []);
  });

  it('still flags a role no passage gives', () => {
    assert.match(roleFindings('Dahl menjadi Perdana Menteri Norwegia pada 2015.')[0]?.message ?? '', /“Menteri Luar Negeri Norwegia”; draf menyebut “Perdana Menteri Norwegia”/);
  });
});

describe('dates against a passage that says "this year"', () => {
  it('does not call a claimed year wrong where the passage gives its year as "this year"', () => {
    assert.deepEqual(dateFindings('Both the men\'s and the women\'s volleyball teams won the National Student Cup in 2019.'), []);
    assert.deepEqual(dateFindings('Tim bola voli putri kampus itu menjuarai liga mahasiswa nasional pada 2021.'), []);
  });

  it('still calls a year wrong where the passage writes every year out', () => {
    assert.equal(dateFindings('The rowing club won the regional league in 2016 and again in 2019, its coach said.').length, 1);
  });
});

// A title in quotation marks names a work; it is not a quotation of anyone.
const titledCorpus = Corpus.build([{
  uri: 'film.txt', label: 'film.txt', format: 'plaintext', text: [
    'Hoffman had finished most of his scenes for "Mockingjay — Part 2" before he died, the studio said.',
    'The first Hunger Games film was shot in North Carolina.',
  ].join('\n'),
}]);
const quoteCodes = (text: string) => checkDraft(titledCorpus, text + '\n', 'markdown').map(d => d.code).filter(c => c.startsWith('quote'));

describe('titles in quotation marks', () => {
  it('lets a title pass whose words the sources use, though they write it another way', () => {
    assert.deepEqual(quoteCodes('Hoffman had finished most of his scenes for "The Hunger Games: Mockingjay – Part 2" before he died.'), []);
  });

  it('still reports a title the sources never use, and a quotation that no source has', () => {
    assert.equal(quoteCodes('Hoffman had finished most of his scenes for "The Capitol Chronicles" before he died.').length, 1);
    assert.deepEqual(quoteCodes('"We are proud of every actor," the studio said.'), ['quote-not-found']);
  });
});
