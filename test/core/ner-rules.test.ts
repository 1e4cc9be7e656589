import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/index/corpus';
import { analyzeDraft } from '../../server/src/core/checks/check';

// Where the name rules and the tagger meet, in Indonesian news: the words between a title and the name belong to
// the title, a Roman numeral after a company's name is its number, a place list joined by "dan" is two places, a
// person links only to a bracketed acronym of their own initials, and one unknown word before a verb of saying is
// its speaker. Text in, names (text/kind/role) out, against an empty corpus.

const empty = Corpus.build([]);
const names = (text: string, corpus = empty) => analyzeDraft(corpus, text, 'plaintext').sentences
  .flatMap(s => s.names.map(n => `${n.text}/${n.kind}${n.role ? `/${n.role.text}` : ''}`));

describe('name rules with the tagger', () => {
  it('keeps the words between a title and the name in the title', () => {
    assert.deepEqual(names('Menteri Agama Suryadharma Ali membuka acara itu di Jakarta.'), ['Suryadharma Ali/person/Menteri Agama', 'Jakarta/place']);
  });

  it('keeps English local titles out of the name: "Sheriff Paul Whitcomb", "Councilmember Victor Almeida"', () => {
    assert.deepEqual(names('Sheriff Paul Whitcomb urged drivers to stay off flooded roads.'), ['Paul Whitcomb/person/Sheriff']);
    assert.deepEqual(names('The plan was opposed by Councilmember Victor Almeida on Monday.'), ['Victor Almeida/person/Councilmember']);
  });

  it('keeps a Roman numeral after a company\'s name in the name', () => {
    assert.deepEqual(names('Bandara dikelola PT Angkasa Pura I sejak lama.'), ['PT Angkasa Pura I/organization']);
  });

  it('reads an English name ending in a noun of place as a place, whatever the tagger says: "Skerra Island"', () => {
    assert.deepEqual(names('The turbines could kill gannets from the colony on Skerra Island.'), ['Skerra Island/place']);
    assert.deepEqual(names('Divers searched the Calder River and Mobley Bay on Friday.'), ['Calder River/place', 'Mobley Bay/place']);
    assert.deepEqual(names('The 07:42 service from Pellbridge to Carrow Junction left the rails.').filter(n => n.startsWith('Carrow')), ['Carrow Junction/place']);
  });

  it('keeps an organisation whole where the tagger cuts a "person" ending in "Agency" from it', () => {
    assert.deepEqual(names('According to the Calder Development Agency, the expansion should create 300 jobs.'), ['Calder Development Agency/organization']);
    assert.deepEqual(names('The Hudson Motor Car Company joined Nash-Kelvinator Corporation in 1954.'),
      ['Hudson Motor Car Company/organization', 'Nash-Kelvinator Corporation/organization']);
  });

  it('reads places joined by "dan" as two places', () => {
    assert.deepEqual(names('Kerusuhan terjadi di Kashgar dan Hotan pekan lalu.'), ['Kashgar/place', 'Hotan/place']);
  });

  it('links a person to the bracketed acronym of their initials, and an organisation to its own', () => {
    assert.deepEqual(names('Presiden Susilo Bambang Yudhoyono (SBY) menghadiri rapat dengan Partai Demokrasi Indonesia Perjuangan (PDIP).'),
      ['Susilo Bambang Yudhoyono/person/Presiden', 'SBY/person', 'Partai Demokrasi Indonesia Perjuangan/organization', 'PDIP/organization']);
  });

  it('takes one unknown word opening a sentence before a verb of saying for a person', () => {
    assert.deepEqual(names('Tumiran mengungkapkan bahwa pasokan listrik cukup.'), ['Tumiran/person']);
    // A word the sources use in lower case is an ordinary word opening the sentence, not a name.
    const sources = Corpus.build([{ uri: 'a', label: 'a.txt', text: 'Kata pemerintah daerah, pasokan aman.\n', format: 'plaintext' }]);
    assert.deepEqual(names('Pemerintah mengungkapkan bahwa pasokan listrik cukup.', sources), []);
  });
});

describe('places that news prose types by the words around them', () => {
  const kinds = (text: string) => analyzeDraft(empty, text, 'plaintext').sentences.flatMap(s => s.names.map(n => `${n.text}/${n.kind}`));

  it('reads a dateline, a place noun after the name, an apposition, "mayor of" and "live in" as places', () => {
    assert.ok(kinds('HARWICK – The ferry link will stay closed until the end of March.').includes('HARWICK/place'));
    // Two words in capitals, which the tagger takes for an organisation.
    assert.ok(kinds('MARLOW VALE — The Kestrel Bridge was closed to all traffic on Tuesday.').includes('MARLOW VALE/place'));
    assert.ok(kinds('The ferry runs to the coast of Norland province twice a week.').includes('Norland/place'));
    assert.ok(kinds('The bus goes through Kelso, a market town north of the river.').includes('Kelso/place'));
    assert.ok(kinds('Greta Holm, the mayor of Harwick, asked for emergency funds.').includes('Harwick/place'));
    assert.ok(kinds('About 4,000 people live in Harwick, most of them in the old harbour district.').includes('Harwick/place'));
    assert.ok(kinds('The dock workers\' union in Port Calder welcomed the decision.').includes('Port Calder/place'));
  });

  it('leaves people and acronyms as they were', () => {
    assert.ok(!kinds('Okafor, a city councillor, voted against the plan.').includes('Okafor/place'));
    assert.ok(!kinds('In Okafor\'s view, the plan was rushed.').some(k => k.endsWith('/place')));
    assert.ok(!kinds('APEC – terdiri dari Jepang dan Kanada – didirikan pada tahun 1989.').includes('APEC/place'));
  });
});

describe('organisations that English news names by the word they end in', () => {
  const kinds = (text: string) => analyzeDraft(empty, text, 'plaintext').sentences.flatMap(s => s.names.map(n => `${n.text}/${n.kind}`));

  it('does not open a name with a joining word: "of Ashford" in a headline is "Ashford"', () => {
    // The sources write "residents" in lower case: the headline's first word is an ordinary one.
    const sources = Corpus.build([{ uri: 'a', label: 'a.txt', text: 'Many residents queued for bottled water.\n', format: 'plaintext' }]);
    const headline = analyzeDraft(sources, 'Residents of Ashford told to boil water after bacteria found', 'plaintext').sentences.flatMap(s => s.names.map(n => n.text));
    assert.deepEqual(headline, ['Ashford']);
    assert.ok(kinds('The Bank of England raised interest rates on Thursday.').includes('Bank of England/organization'));
  });

  it('reads "Construction", "Partners" and the like as an organisation\'s', () => {
    assert.ok(kinds('The county confirmed that Hallam Construction had been appointed to carry out the work.').includes('Hallam Construction/organization'));
    assert.ok(kinds('Engineers from the consultancy Brightwater Partners told councillors the beams would need inspections.').includes('Brightwater Partners/organization'));
  });
});
