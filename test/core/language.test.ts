import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectLanguage, languageTools, paragraphLanguage } from '../../server/src/core/text/language';
import { Corpus } from '../../server/src/core/index/corpus';
import { analyzeDraft, checkDraft } from '../../server/src/core/checks/check';
import { REPO, SEEDS } from '../workspace';

describe('language detection', () => {
  it('recognises Indonesian news prose', () => {
    const text = 'Presiden Rusia Vladimir Putin berterima kasih kepada pemimpin Tiongkok Xi Jinping atas usahanya '
      + 'menyelesaikan perang di Ukraina pada pertemuan puncak di Beijing.';
    assert.equal(detectLanguage(text), 'id');
  });

  it('recognises English news prose', () => {
    const text = 'Russian President Vladimir Putin thanked Chinese leader Xi Jinping for his efforts to end the war '
      + 'in Ukraine at a summit in Beijing on Thursday.';
    assert.equal(detectLanguage(text), 'en');
  });

  it('decides alike line by line (a draft being edited) and whole, however the lines fall and past the sample\'s end', () => {
    // Lines of both languages in changing proportions, one of them long enough to be cut by the sample's end mid-word.
    const id = 'Menurut dia, anggaran itu tidak akan cukup untuk para petani yang sudah menunggu sejak tahun lalu.';
    const en = 'The council said that the plan was not enough for the farmers who have been waiting since last year.';
    for (let k = 0; k < 12; k++) {
      const lines = Array.from({ length: 6 + k }, (_, i) => ((i * 7 + k) % 5 < 2 + (k % 3) ? id : en));
      const text = k % 4 === 0 ? lines.join('\n') + '\n' + 'Kata '.repeat(4000 + k) + ' the and' : lines.join('\n\n');
      assert.equal(detectLanguage(text, undefined, true), detectLanguage(text), `text ${k}`);
      assert.equal(detectLanguage(text, 'en', true), detectLanguage(text, 'en'), `text ${k}, unclear as English`);
    }
  });

  it('goes by the majority when a draft quotes the other language', () => {
    const text = 'Putin mengatakan kepada wartawan bahwa hubungan itu "the best in history" dan akan terus diperkuat.';
    assert.equal(detectLanguage(text), 'id');
  });

  it('takes the language a caller gives for a text whose function words do not tell, and goes by them when they do', () => {
    assert.equal(detectLanguage('Northvale Power customers lost electricity.', 'en'), 'en');
    assert.equal(detectLanguage('Pelanggan Northvale Power kehilangan listrik.', 'en'), 'en');
    assert.equal(detectLanguage('Pelanggan Northvale Power kehilangan listrik di kota itu.', 'en'), 'id');
    assert.equal(detectLanguage('Customers of Northvale Power lost electricity.', 'id'), 'en');
  });

  it('does not read an acronym in capitals as a function word', () => {
    // "AS" is Amerika Serikat, not the English "as".
    assert.equal(detectLanguage('Kongres AS bulan lalu menyetujui paket bantuan US$61 miliar.', 'id'), 'id');
    assert.equal(detectLanguage('As the storm passed, the town AS Roma visited was quiet.'), 'en');
  });

  it('does not read a function word inside a name or a title as the sentence\'s', () => {
    assert.equal(detectLanguage('The Death Cure direncanakan rilis Februari.'), 'id');
    assert.equal(detectLanguage('Guntur Siboro menjabat Head of Hooq Indonesia sejak 2018.'), 'id');
    assert.equal(detectLanguage('The film was released in February.'), 'en');
  });

  it('defaults to Indonesian for empty text, names only, or a tie', () => {
    assert.equal(detectLanguage(''), 'id');
    assert.equal(detectLanguage('Vladimir Putin, Xi Jinping'), 'id');
    assert.equal(detectLanguage('yang the'), 'id');
  });
});

describe('language tools', () => {
  it('wires Indonesian stopwords and stemming', () => {
    const tools = languageTools('id');
    assert.equal(tools.lang, 'id');
    assert.ok(tools.isStopword('yang'));
    assert.equal(tools.isStopword('presiden'), false);
    assert.equal(tools.stem('mengutuk'), tools.stem('dikutuk'));
  });

  it('passes the corpus lexicon to the Indonesian stemmer', () => {
    assert.equal(languageTools('id').stem('pedagang'), 'pedagang');
    assert.equal(languageTools('id', new Set(['dagang'])).stem('pedagang'), 'dagang');
  });

  it('wires English stopwords and stemming', () => {
    const tools = languageTools('en');
    assert.equal(tools.lang, 'en');
    assert.ok(tools.isStopword('the'));
    assert.equal(tools.isStopword('president'), false);
    assert.equal(tools.stem('condemned'), tools.stem('condemns'));
  });
});

describe('a draft mixing Indonesian and English', () => {
  const english = fs.readFileSync(path.join(REPO, 'test/fixtures/english/harbour-vote.txt'), 'utf8');
  const seed = fs.readFileSync(path.join(SEEDS, '004_b5881bf3274fa01a.txt'), 'utf8');
  const corpus = Corpus.build([
    { uri: 'vote', label: 'harbour-vote.txt', text: english, format: 'plaintext' },
    { uri: 'seed', label: '004.txt', text: seed, format: 'plaintext' },
  ]);
  const INDONESIAN = 'Presiden China Xi Jinping mengatakan dia dan pemimpin Rusia Vladimir Putin telah sepakat bahwa penyelesaian politik krisis Ukraina adalah arah yang benar.';
  const draft = [
    'The Port Calder harbour council voted on Tuesday to approve a $45 million expansion of the container terminal.',
    'Mayor Elena Marsh chairs the council, and Councillor Tomas Reyes voted against the plan.',
    INDONESIAN,
  ].join('\n\n');

  it('reads each clear paragraph in its own language, and the rest in the draft\'s', () => {
    const facts = analyzeDraft(corpus, draft, 'markdown');
    assert.equal(facts.lang, 'en');
    assert.deepEqual(facts.sentences.map(s => s.lang ?? facts.lang), ['en', 'en', 'id']);
    assert.equal(paragraphLanguage('Dia dan Putin sepakat untuk bertemu.'), 'id');
    assert.equal(paragraphLanguage('Xi Jinping, Beijing.'), undefined);
  });

  it('passes a near-verbatim Indonesian sentence in a mostly English draft', () => {
    assert.deepEqual(checkDraft(corpus, draft, 'markdown').map(d => `${d.code}: ${d.message}`), []);
  });
});
