import * as assert from 'node:assert/strict';
import { detectLanguage, languageTools } from '../../server/src/core/text/language';

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

  it('goes by the majority when a draft quotes the other language', () => {
    const text = 'Putin mengatakan kepada wartawan bahwa hubungan itu "the best in history" dan akan terus diperkuat.';
    assert.equal(detectLanguage(text), 'id');
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
