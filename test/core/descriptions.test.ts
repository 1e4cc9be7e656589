import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/index/corpus';
import { analyzeDraft } from '../../server/src/core/checks/check';
import { describeNames } from '../../server/src/core/facts/descriptions';
import { described } from './described';

// What a sentence says a name is, in the words around it: string in, "name: description (kind)" out. The
// sentences are news copy shaped like the seeds and the English fixtures, with other names.

const empty = Corpus.build([]);

describe('descriptions around a name (Indonesian)', () => {
  it('reads a role after a possessive and a relative phrase, before the comma', () => {
    assert.deepEqual(described('Rombongan Prabowo di Tokyo termasuk menteri keuangannya yang baru diangkat, Sri Hartati, dan pejabat lain.'),
      ['Sri Hartati: menteri keuangannya yang baru diangkat (person)']);
  });

  it('reads what a person leads from a relative clause', () => {
    assert.deepEqual(described('Ia datang bersama Budi Santoso, yang memimpin badan antariksa Indonesia Lapan.'),
      ['Budi Santoso: memimpin badan antariksa Indonesia Lapan (-)', 'Lapan: badan antariksa Indonesia (organization)']);
  });

  it('reads where a place is from "X, ibu kota provinsi Y", and the province as a province', () => {
    const out = described('Presiden juga akan mengunjungi Kupang, ibu kota provinsi Nusa Tenggara Timur di selatan Indonesia yang berbatasan dengan laut.');
    assert.ok(out.includes('Kupang: ibu kota provinsi Nusa Tenggara Timur di selatan Indonesia (place)'), out.join('\n'));
  });

  it('reads an organisation from the noun in front of its name', () => {
    assert.deepEqual(described('Hal itu dikutip oleh kantor berita negara Bernama pada Senin.'), ['Bernama: kantor berita negara (organization)']);
  });

  it('keeps the country of a title written after the name', () => {
    assert.ok(described('Hadir pula Presiden Ferdinand Marcos dari Filipina.').includes('Ferdinand Marcos: Presiden dari Filipina (person)'));
  });

  it('gives no one the title of the next person in a list', () => {
    const out = described('Hadir pula Presiden Iran Hassan Rouhani, Presiden Turki Abdullah Gul dan Presiden Vladimir Voronin dari Moldova.');
    assert.ok(!out.some(d => d.startsWith('Hassan Rouhani')), out.join('\n'));
  });

  it('reads no description from a noun that is the subject, the owner or a part of the name after it', () => {
    assert.deepEqual(described('Banyak warga membeli Bahan Bakar Minyak di pasar.'), []);
    assert.deepEqual(described('Hal itu terjadi di pesisir pantai utara Sumatra kemarin.'), []);
    assert.deepEqual(described('Ia tidak takut dengan partai bentukan Yenny Wahid itu.'), []);
  });

  it('describes no country, and no place by the place before it in a list', () => {
    const out = described('Tayuban adalah desa di kecamatan Panjatan, Kulon Progo, Daerah Istimewa Yogyakarta, Indonesia.');
    assert.ok(!out.some(d => d.startsWith('Kulon Progo:') || d.startsWith('Indonesia:')), out.join('\n'));
  });

  it('reads no description from a phrase that opens the sentence before the subject', () => {
    assert.deepEqual(described('Setelah bertemu presiden, Budi Santoso berkata bahwa ia puas.'), []);
  });
});

describe('an Indonesian office and its place before the comma', () => {
  it('reads the title with the place it is of, when the finder gave the title to the place or read it after the body', () => {
    assert.deepEqual(described('Bupati Sarolangun, Rahmat Hidayat, menetapkan status tanggap darurat selama 14 hari.'),
      ['Rahmat Hidayat: Bupati Sarolangun (person)']);
    assert.deepEqual(described('Kepala Badan Penanggulangan Bencana Daerah (BPBD) Sarolangun, Hendra Saputra, mengatakan air mencapai 1,5 meter.'),
      ['Hendra Saputra: Kepala Badan Penanggulangan Bencana Daerah (BPBD) Sarolangun (person)']);
  });

  it('still reads a list of places as a list', () => {
    assert.ok(!described('Warga desa di kecamatan Panjatan, Kulon Progo, mengungsi.').some(d => d.startsWith('Kulon Progo')));
  });
});

describe('descriptions around a name (English)', () => {
  it('reads an apposition after a possessive, and "its" as the organisation named before', () => {
    const facts = analyzeDraft(empty, 'The Lakeside Water Company raised prices. Its spokesman, Omar Haddad, said costs had doubled.', 'plaintext');
    const [first, second] = facts.sentences;
    const org = first.names.find(n => n.text === 'Lakeside Water Company')!;
    const all = describeNames(second.tokens, second.names, { lang: 'en', lastOrg: { start: org.start, end: org.end } });
    const d = all[second.names.findIndex(n => n.text === 'Omar Haddad')][0];
    assert.equal(d.text, 'Its spokesman');
    assert.deepEqual(d.of, { start: org.start, end: org.end });
  });

  it('reads the owner of a title: "Y\'s president, X"', () => {
    assert.ok(described('Lakeside College\'s president, Ruth Adeyemi, welcomed the plan.').includes('Ruth Adeyemi: Lakeside College\'s president (person)'));
  });

  it('reads a relative clause with a verb of leading', () => {
    assert.deepEqual(described('Omar Haddad, who heads the Lakeside Water Company, said costs had doubled.'),
      ['Omar Haddad: heads the Lakeside Water Company (-)']);
  });

  it('reads a place noun and where the place is', () => {
    assert.deepEqual(described('The road to Dunmore, a fishing village on the north coast, was closed.'),
      ['Dunmore: fishing village on the north coast (place)']);
  });

  it('reads an occupation after the name', () => {
    assert.deepEqual(described('The report was written by Ines Vidal, a hydrologist at the water board.'), []);
    assert.deepEqual(described('The report was written by Ines Vidal, a water engineer at the board.'),
      ['Ines Vidal: water engineer at the board (person)']);
  });

  it('reads no apposition where the name is the subject of the next verb', () => {
    assert.deepEqual(described('The union represents 900 workers at the port, Ines Vidal said.'), []);
  });

  it('reads a title owned by a name of several words after the comma', () => {
    assert.ok(described('"We are sorry," said Daniel Frost, Northvale Water\'s operations director.').includes('Daniel Frost: Northvale Water\'s operations director (person)'));
    // A name after the comma that owns nothing is the next of a list.
    assert.deepEqual(described('The panel heard Daniel Frost, Karen Lyle and two engineers.'), []);
  });

  it('reads a title "of" something before the comma, also where the name keeps its own title', () => {
    assert.ok(described('The county\'s director of public health, Dr Amara Singh, said the risk was low.')
      .includes('Amara Singh: The county\'s director of public health (person)'));
    assert.ok(described('The hospital\'s chief executive, Dr Samuel Okoye, opened the wing.').includes('Samuel Okoye: The hospital\'s chief executive (person)'));
  });

  it('takes nothing from "the mayor of X" for X', () => {
    assert.deepEqual(described('Ruth Adeyemi, the mayor of Dunmore, asked for funds.'), ['Ruth Adeyemi: mayor of Dunmore (person)']);
  });
});
