import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// A name the draft puts where the passage has another of its kind, in the very same words, is a swap even when the
// draft's name stands in the sentence beside the passage (checks/entity-swap.ts). A name beside the passage is
// otherwise taken as the writer's reading of it. A made-up corpus, so the rule and not the seed articles carries it.

const corpus = corpusOfLines({
  'forum.txt': [
    'Perdana Menteri Norwegia Ingrid Dahl tiba di Reykjavik untuk berunding dengan pemerintah Islandia.',
    'Dia juga memuji “pendekatan Norwegia dalam menyelesaikan sengketa perikanan” di perairan utara.',
    'Perundingan itu berlangsung selama dua hari dan berakhir tanpa kesepakatan baru.',
    'Ingrid Dahl dan timpalannya dari Islandia Bjarni Jonsson telah berjanji memperdalam kerja sama perikanan, yang dipuji oleh perdana menteri Norwegia sebagai yang terbaik dalam sejarah.',
  ],
});

const flagged = flaggedBy(corpus);

describe('a name swapped for another in the passage\'s own words', () => {
  it('flags a country put where the passage names another, though the draft\'s one stands beside it', () => {
    const [d, ...rest] = flagged('Dahl memuji pendekatan Islandia dalam menyelesaikan sengketa perikanan.');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unknown-entity');
    assert.deepEqual(d.fixes.map(f => f.newText), ['Norwegia']);
  });

  it('passes the passage\'s own reading, and a person the passage names in other words', () => {
    assert.deepEqual(flagged('Dahl memuji pendekatan Norwegia dalam menyelesaikan sengketa perikanan.'), []);
    assert.deepEqual(flagged('Dahl memuji kerja sama perikanan kedua negara sebagai yang terbaik dalam sejarah.'), []);
  });
});
