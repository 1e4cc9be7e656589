import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/index/corpus';
import { findPassage, prepareQuoteSearch } from '../../server/src/core/index/quote-search';
import { checkDraft } from '../../server/src/core/checks/check';
import { elapsedMs } from './elapsed';

// Quote search when the quote's words are everywhere in the corpus (found by the fuzzer: a corpus of one
// sentence repeated and a draft full of quotes took 500 ms per KB). Every match was compared with every match
// kept before it, so a passage found n times cost n²; and each occurrence of the rarest word cost an alignment,
// without a bound. Budgets are generous for a slow machine and far below what the old search took.

function corpusOf(text: string): Corpus {
  const c = Corpus.build([{ uri: 'a', label: 'a.txt', text, format: 'plaintext' }]);
  prepareQuoteSearch(c);
  return c;
}

describe('quote search over passages repeated all through the corpus', function () {
  this.timeout(60000);

  it('finds a quote that the corpus repeats fifteen thousand times in well under a second', () => {
    const corpus = corpusOf('Putin berkata, “Kami siap berunding.” '.repeat(15000));
    findPassage(corpus, 'siap berunding kami');
    let found: ReturnType<typeof findPassage> = [];
    const took = elapsedMs(() => { found = findPassage(corpus, 'Kami siap berunding'); });
    assert.ok(took < 200, `${took.toFixed(0)} ms`);
    assert.ok(found.length > 0 && found.every(m => m.exact && m.text === 'Kami siap berunding'));
    assert.ok(elapsedMs(() => findPassage(corpus, 'Kami siap berunding … Putin berkata kami siap')) < 300);
  });

  it('checks a draft full of quotes of common words in time proportional to the draft', () => {
    const corpus = corpusOf('kami siap perang damai Rusia '.repeat(2000));
    const draft = '“Kami siap perang,” kata Putin. '.repeat(300);
    checkDraft(corpus, draft.slice(0, 2000), 'plaintext');
    const took = elapsedMs(() => checkDraft(corpus, draft, 'plaintext'));
    assert.ok(took < 2500, `${took.toFixed(0)} ms for ${(draft.length / 1024).toFixed(1)} KB`);
  });

  it('checks a draft of one-word quotes of the commonest word of the corpus in time proportional to the draft', () => {
    const corpus = corpusOf('Rakyat siap. '.repeat(3000));
    const draft = '‘siap’ '.repeat(1000);
    checkDraft(corpus, draft.slice(0, 300), 'plaintext');
    const took = elapsedMs(() => checkDraft(corpus, draft, 'plaintext'));
    assert.ok(took < 2 * 50 * (draft.length / 1024), `${took.toFixed(0)} ms for ${(draft.length / 1024).toFixed(1)} KB`);
  });

  it('checks a draft of long quotes of a common word in time proportional to the draft', () => {
    // Each quote is searched in two pieces of some fifty words, and each window costs their square.
    const corpus = corpusOf('Menurut dia, O. '.repeat(300));
    const draft = `“${'O '.repeat(99).trim()},” kata Putin. `.repeat(100);
    checkDraft(corpus, draft.slice(0, 500), 'plaintext');
    const took = elapsedMs(() => checkDraft(corpus, draft, 'plaintext'));
    assert.ok(took < 2 * 50 * (draft.length / 1024), `${took.toFixed(0)} ms for ${(draft.length / 1024).toFixed(1)} KB`);
  });

  it('does not call a stock phrase misattributed when the sources have it from many speakers', () => {
    // 150 places say it is Budi's, one that it is Putin's; the search looks at a hundred places at most.
    const corpus = corpusOf('“Kami siap,” kata Budi.\n'.repeat(150) + '“Kami siap,” kata Putin.\n');
    const found = checkDraft(corpus, 'Presiden Putin berkata, “Kami siap.”\n', 'plaintext');
    assert.ok(!found.some(f => f.code === 'misattributed-quote'), JSON.stringify(found));
  });

  it('still finds a long quote whose later words are one word the corpus has everywhere', () => {
    // Searched in pieces of 60 words: each later piece is "a a a …", found at thousands of places, and only
    // the places that continue the quote so far are of use.
    const passage = 'Pejabat Gedung Putih dalam beberapa minggu terakhir berkata ' + 'a '.repeat(300).trim();
    const corpus = Corpus.build([
      { uri: 'a', label: 'a.txt', text: 'a '.repeat(5000), format: 'plaintext' },
      { uri: 'b', label: 'b.txt', text: `Menurut laporan, “${passage}.”`, format: 'plaintext' },
    ]);
    const found = findPassage(corpus, passage);
    assert.ok(found.length >= 1 && found[0].doc === 1 && found[0].exact, JSON.stringify(found.slice(0, 2)).slice(0, 300));
  });

  it('still finds the one real passage among thousands of its words scattered through the corpus', () => {
    // Every word of the quote is common, but only one place has them together and in order.
    const scattered = Array.from({ length: 1500 }, (_, i) => ['kami tidak', 'siap sekarang', 'berunding lagi', 'dengan mereka'][i % 4]).join(', ') + '. ';
    const corpus = corpusOf(`${scattered}Menurut dia, “kami siap berunding dengan mereka” pekan depan.`);
    const found = findPassage(corpus, 'Kami siap berunding dengan mereka');
    assert.ok(found.length >= 1 && found[0].exact, JSON.stringify(found.slice(0, 2)));
    assert.equal(found[0].text, 'kami siap berunding dengan mereka');
  });
});
