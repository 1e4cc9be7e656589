import * as assert from 'node:assert/strict';
import { corpusOfLines } from './seed-corpus';
import { checkDraft } from '../../server/src/core/checks/check';

// "Terakhir kali" (the last time) counts occasions; it is no end of a span against a passage's "awal Februari"
// (lexicon/antonyms.ts senseStem). A made-up corpus.

const corpus = corpusOfLines({
  'forum.txt': [
    'Menteri Dahl bertemu Perdana Menteri Jonsson pada awal Februari di Tromsø, beberapa hari sebelum forum perikanan dibuka.',
    'Forum itu dihadiri nelayan dari empat negara.',
  ],
});
const codes = (text: string) => checkDraft(corpus, text + '\n', 'markdown').map(d => d.code);

describe('a word before "kali"', () => {
  it('is no opposite of the passage\'s "awal"', () => {
    assert.ok(!codes('Menteri Dahl bertemu Perdana Menteri Jonsson terakhir kali di Tromsø, beberapa hari sebelum forum perikanan dibuka.').includes('contradiction'));
  });

  it('leaves the end of a month against its beginning an opposite', () => {
    assert.ok(codes('Menteri Dahl bertemu Perdana Menteri Jonsson pada akhir Februari di Tromsø, beberapa hari sebelum forum perikanan dibuka.').length > 0);
  });
});
