import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/index/corpus';
import { analyzeDraft } from '../../server/src/core/checks/check';

// Who said a quote, in the patterns the seeds' last three unattributed quotes stand in, each written here with
// other words and names: the one quoted (not the outlet that quotes), a pronoun restating the subject before it,
// "what he called" in Indonesian object voice; and a quote continued over paragraphs.

const empty = Corpus.build([]);

function speakers(text: string): string[] {
  const facts = analyzeDraft(empty, text, 'plaintext');
  return facts.quotes.map(q => `${q.attribution.speaker?.text ?? '-'} (${q.attribution.how})`);
}

describe('attribution: the one quoted, restated subjects, object voice, continued quotes', () => {
  it('credits the one quoted, not the outlet quoting: "X, yang dikutip oleh kantor berita Y sebagai …"', () => {
    const text = 'Menteri itu bertemu Samira Haddad, yang dikutip oleh kantor berita Antara sebagai menyebut rencana itu “langkah yang terlambat”.';
    assert.deepEqual(speakers(text), ['Samira Haddad (stated)']);
    assert.deepEqual(speakers('The minister met Samira Haddad, who was quoted by the Gazette as calling the plan “a late step”.'),
      ['Samira Haddad (stated)']);
  });

  it('credits the one an outlet quotes: "Y mengutip X yang …", "Y quoted X as …"', () => {
    assert.deepEqual(speakers('Kantor berita Antara mengutip Samira Haddad yang menyebut rencana itu “langkah yang terlambat”.'), ['Samira Haddad (stated)']);
    assert.deepEqual(speakers('The Gazette quoted Samira Haddad as calling the plan “a late step”.'), ['Samira Haddad (stated)']);
  });

  it('reads "menuding" (to accuse) as a verb that gives its subject the quote', () => {
    assert.deepEqual(speakers('Menteri Samira Haddad menuding pengembang merusak “pantai kami”.'), ['Samira Haddad (stated)']);
  });

  it('reads common verbs of assessing and conveying, and steps over an apposition of several commas to its person', () => {
    assert.deepEqual(speakers('Samira Haddad, pengajar kebijakan pesisir di Universitas Mandala, Makassar, menilai rencana itu “langkah yang terlambat”.'),
      ['Samira Haddad (stated)']);
    assert.deepEqual(speakers('Menteri Samira Haddad menyampaikan bahwa rencana itu “langkah yang terlambat”.'), ['Samira Haddad (stated)']);
    assert.deepEqual(speakers('Minister Samira Haddad argued that the plan was “a late step”.'), ['Samira Haddad (stated)']);
  });

  it('reads a pronoun right after the subject as that subject: "Pemimpin Chile dia baru-baru ini memperingatkan"', () => {
    const text = 'Presiden Chile Gabriel Boric hadir.\nPemimpin Chile dia baru-baru ini memperingatkan bahwa krisis dapat menyebar “ke seluruh kawasan”.';
    assert.deepEqual(speakers(text), ['Gabriel Boric (inferred)']);
  });

  it('reads "yang dia sebut sebagai “…”" (what he called) as the pronoun\'s speaker', () => {
    const text = 'Ayu Lestari berbicara kemarin.\nIa membahas apa yang dia sebut sebagai keadaan yang “rumit sekali”.';
    assert.deepEqual(speakers(text), ['Ayu Lestari (inferred)']);
  });

  it('gives a paragraph that reopens an unclosed quote to the same speaker, and only then', () => {
    const id = 'Wali Kota Rina Sari mengatakan, “Kami akan membangun jembatan baru tahun ini.\n\n' +
      '“Pekerjaan dimulai bulan depan.”\n\nDoni Prasetyo menolak rencana itu.\n\n“Tidak ada dana.”';
    assert.deepEqual(speakers(id), ['Rina Sari (stated)', 'Rina Sari (stated)', '- (none)']);
    const en = 'Mayor Elena Marsh said: “We will run forty new buses.\n\n“The first route opens in May.”\n\n' +
      'Councillor Tom Reyes voted against it.\n\n“Not one bus has been paid for.”';
    assert.deepEqual(speakers(en), ['Elena Marsh (stated)', 'Elena Marsh (stated)', '- (none)']);
  });
});
