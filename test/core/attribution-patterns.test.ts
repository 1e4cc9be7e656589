import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/index/corpus';
import { analyzeDraft } from '../../server/src/core/checks/check';

// Who said a quote, in the news patterns that name the speaker by a verb before the quote, by a role instead of
// a name, by a passive agent, by a name and an apposition before the verb after it, or by a pronoun after people
// spoken to; a quote sentence after one quoting someone is theirs going on. Text in, speaker (and how) out.

const empty = Corpus.build([]);

function speakers(text: string): string[] {
  const facts = analyzeDraft(empty, text, 'plaintext');
  return facts.quotes.map(q => `${q.attribution.speaker?.text ?? '-'} (${q.attribution.how})`);
}

describe('attribution patterns', () => {
  it('reads the name after an honorific the name finder leaves out: “…,” Ms Wharton said', () => {
    assert.deepEqual(speakers('Its chair, Denise Wharton, spoke first. "Nobody asked the people who actually live here," Ms Wharton said.'),
      ['Wharton (stated)']);
  });

  it('reads the subject of "called … “…”" as the speaker, past a relative clause', () => {
    assert.deepEqual(speakers('Mayor Ruth Adeyemi, who has led the town since 2020, called the plan “a fair deal for every family.”'),
      ['Ruth Adeyemi (stated)']);
  });

  it('gives a quote to the person named after an organisation\'s title: "kata Ketua Koperasi …, Hendra Saputra"', () => {
    assert.deepEqual(speakers('“Harga ini jauh lebih adil bagi petani kecil,” kata Ketua Koperasi Tani Makmur, Hendra Saputra, seusai rapat.'),
      ['Hendra Saputra (stated)']);
    assert.deepEqual(speakers('“The new rules will cost us members,” said Chair of the Dockworkers Union, Martin Okafor.'),
      ['Martin Okafor (stated)']);
    assert.deepEqual(speakers('“The new rules will cost us members,” said Dockworkers Union chair Martin Okafor.'), ['Martin Okafor (stated)']);
    assert.deepEqual(speakers('“The new rules will cost us members,” said Mayor Elena Marsh.'), ['Elena Marsh (stated)']);
  });

  it('reads the speaker after a quote over an apposition before the verb, and a quote sentence that follows as theirs', () => {
    assert.deepEqual(speakers('"Nobody goes into nursing to stand on a picket line," Mairead Collins, the union\'s branch secretary, told reporters. "But our members cannot pay their rent with applause."'),
      ['Mairead Collins (stated)', 'Mairead Collins (inferred)']);
    // An apposition with a verb of saying in it is no apposition: "Collins, who told reporters …" says nothing of the quote.
    assert.deepEqual(speakers('"We will not go back," Mairead Collins, who said little else, smiled.'), ['- (none)']);
    // A quote sentence with a speaker of its own keeps it; one that does not open its sentence inherits nothing.
    assert.deepEqual(speakers('"We won," Collins said. "It was hard," Hale said.'), ['Collins (stated)', 'Hale (stated)']);
  });

  it('reads the speaker after a quote where the description comes first: "…," the board\'s lead investigator, Priya Vandermeer, told reporters', () => {
    assert.deepEqual(speakers('"The valve should have been replaced long before March," the board\'s lead investigator, Priya Vandermeer, told reporters.'),
      ['Priya Vandermeer (stated)']);
    assert.deepEqual(speakers('"The valve should have been replaced," Greyline\'s operations director, Rafael Dunstan, told reporters.'),
      ['Rafael Dunstan (stated)']);
    // No verb of saying after the name: no speaker.
    assert.deepEqual(speakers('"The valve should have been replaced," the board\'s lead investigator, Priya Vandermeer, in her report.'), ['- (none)']);
  });

  it('gives a quote followed by "he said" to the person named before it', () => {
    assert.deepEqual(speakers('Sheriff Paul Whitcomb urged drivers to stay off flooded roads. “Turn around, don’t drown,” he said.'),
      ['Paul Whitcomb (inferred)']);
  });

  it('gives a quote a role stands for to the one person the document gives that role', () => {
    const text = 'Mayor Ruth Adeyemi opened the bridge on Monday.\nCouncillor Omar Haddad voted against it.\n“No one should pay a toll to cross their own river,” the mayor said.';
    assert.deepEqual(speakers(text), ['Ruth Adeyemi (inferred)']);
  });

  it('reads an office as well as a title: "the sheriff said" after "County Sheriff Dale Hutchins"', () => {
    const text = 'County Sheriff Dale Hutchins ordered the evacuation.\n“This levee was built for a smaller river,” the sheriff said.';
    assert.deepEqual(speakers(text), ['Dale Hutchins (inferred)']);
  });

  it('leaves a role two people hold, or no one, without a speaker', () => {
    const text = 'Mayor Ruth Adeyemi met Mayor Omar Haddad on Monday.\n“The bridge is open to everyone now,” the mayor said.';
    assert.deepEqual(speakers(text), ['- (none)']);
  });

  it('reads the role after the verb in Indonesian: "kata juru bicara itu"', () => {
    const text = 'Hana Pertiwi, juru bicara kementerian itu, menghadiri rapat.\n“Kami menolak tuduhan tersebut sepenuhnya,” kata juru bicara itu.';
    assert.deepEqual(speakers(text), ['Hana Pertiwi (inferred)']);
  });

  it('gives a country after a title to the person who holds that title: "pemimpin Iran mengatakan"', () => {
    const text = 'Hadir pula Presiden Iran Ebrahim Raisi dan Presiden Alexander Lukashenko.\nPemimpin Iran mengatakan bahwa sanksi akan membuat hubungan mereka “lebih kuat dari sebelumnya”.';
    assert.deepEqual(speakers(text), ['Ebrahim Raisi (inferred)']);
  });

  it('reads the agent of a passive verb of saying: "dipuji oleh presiden Rusia sebagai “…”"', () => {
    const facts = analyzeDraft(empty, 'Kedua pemimpin berjanji memperdalam hubungan, yang dipuji oleh presiden Rusia sebagai yang “terhebat dalam semua sejarah”.', 'plaintext');
    const [q] = facts.quotes;
    // The document names no Russian president, so the role is kept for the corpus to resolve.
    assert.equal(q.attribution.speaker, undefined);
    assert.equal(facts.text.slice(q.attribution.description!.start, q.attribution.description!.end), 'presiden Rusia');
  });

  it('points a pronoun past the people spoken to, back to the subject', () => {
    const text = 'Pada Kamis, Putin bertemu dengan Ebrahim Raisi dan Shehbaz Sharif.\nDengan Raisi dan Sharif, dia mengatakan hubungan “berkembang secara positif”.';
    assert.deepEqual(speakers(text), ['Putin (inferred)']);
  });

  it('credits a statement two make together to neither', () => {
    assert.deepEqual(speakers('Beijing dan Moskow mengatakan mereka akan “lebih memperdalam kerja sama militer”.'), ['- (none)']);
  });

  it('gives no one in a headline a pronoun\'s quote', () => {
    const text = 'Sebelumnya, Putin memuji Tiongkok.\nBaca juga : Putin dan Xi Jinping Bertemu, Sinyal Keras untuk AS\nDia juga memuji "pendekatan Tiongkok dalam menyelesaikan krisis."';
    assert.deepEqual(speakers(text), ['Putin (inferred)']);
  });

  it('gives a quote to the untitled name after the verb, not to a person its description names', () => {
    assert.deepEqual(speakers('“Uang ini untuk sekolah anak-anak,” ujar Sumiati, istri mendiang Joko Prasetyo.'), ['Sumiati (stated)']);
  });
});
