import * as assert from 'node:assert/strict';
import { checkDraft } from '../../server/src/core/checks/check';
import { areAntonyms } from '../../server/src/core/lexicon/antonyms';
import { seedCorpus, seedDraft } from './seed-corpus';

// Checking costs time in proportion to the draft, whatever its shape: long drafts, paragraphs full of quotes,
// quotes whose marks are lost. Budgets are several times what a check takes on a slow machine, and far below
// what a check that grows faster than the draft takes, so they catch a regression without timing noise.

const corpus = seedCorpus();

function msToCheck(text: string): number {
  const started = process.hrtime.bigint();
  checkDraft(corpus, text, 'markdown');
  return Number(process.hrtime.bigint() - started) / 1e6;
}

describe('checking time grows with the draft, not faster', () => {
  before(() => {
    // Compile the checks once, so the first budget does not pay for it.
    checkDraft(corpus, seedDraft(3000), 'markdown');
  });

  it('checks a paragraph of Swedish-style quotes (”…” repeated) in a fraction of a second', () => {
    const unit = '”Kami siap”, kata Putin. ';
    assert.ok(msToCheck(unit.repeat(80)) < 400, '2 KB paragraph');
    assert.ok(msToCheck(unit.repeat(640)) < 3000, '16 KB paragraph');
  });

  it('checks a paragraph of quotes that lost their opening marks', () => {
    assert.ok(msToCheck('Kami siap,” kata Putin. '.repeat(640)) < 3000);
  });

  it('checks a quote that lost its closing mark and runs through a long paragraph', () => {
    assert.ok(msToCheck('“Kami siap, kata Putin. '.repeat(640)) < 3000);
  });

  it('checks a long paragraph that never ends a sentence, quotes and names all through it', () => {
    assert.ok(msToCheck('Kami siap, kata Putin Xi di “Beijing” '.repeat(2000)) < 2500);
  });

  it('checks a 100 KB draft of news paragraphs in a second or two', () => {
    assert.ok(msToCheck(seedDraft(100 * 1024)) < 2500);
  });

  it('answers antonym questions from the table, by stem or (for long stems) by form, both ways, every time', () => {
    for (let round = 0; round < 2; round++) {
      assert.ok(areAntonyms('terima', 'tolak') && areAntonyms('tolak', 'terima'));
      assert.ok(areAntonyms('increased', 'decreasing'), 'a stem of five letters or more covers its forms');
      assert.ok(areAntonyms('peac', 'war') && !areAntonyms('peaceful', 'war'), 'a shorter one only itself');
      assert.ok(!areAntonyms('terima', 'menerima') && !areAntonyms('unknown', 'tolak'));
    }
  });
});
