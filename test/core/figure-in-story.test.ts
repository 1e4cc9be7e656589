import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../../server/src/core/index/corpus';
import { corpusOfLines, fillerLines, messagesOf } from './seed-corpus';
import { REPO } from '../workspace';

// A claim's figure for a thing the passage's own figures do not count, which the passage's story gives elsewhere
// (number-check.ts, givenElsewhereInStory). The sources are the three articles of test/fixtures/airport/: the
// landing story gives "28 passengers and three crew" in one paragraph and "Four incoming flights were diverted to
// Porthaven Airport" in another.

const DIR = path.join(REPO, 'test/fixtures/airport');
const corpus = Corpus.build(fs.readdirSync(DIR).filter(f => f.endsWith('.txt')).sort()
  .map(f => ({ uri: f, label: f, text: fs.readFileSync(path.join(DIR, f), 'utf8'), format: 'plaintext' as const })));
const numbers = messagesOf(corpus, 'number-mismatch');

describe('a figure the story gives the thing elsewhere', () => {
  it('is no mismatch with a passage whose figures count other things', () => {
    assert.deepEqual(numbers('While the runway at Kelmsby was shut for nine hours, four flights due to arrive there were sent to Porthaven Airport instead.'), []);
  });

  it('is still a mismatch where the story gives the thing another figure, or the passage counts the thing', () => {
    assert.equal(numbers('While the runway at Kelmsby was shut for nine hours, six flights due to arrive there were sent to Porthaven Airport instead.').length, 1);
    assert.match(numbers('Flight FN208 from Dunmere had 26 passengers and three crew on board when it touched down at 11:42 a.m.')[0] ?? '', /“28”; the draft says “26”/);
  });
});

describe('a figure the passage gives another thing, which the sentence beside it counts otherwise', () => {
  it('is a mismatch with the figure beside it', () => {
    // "carrying 31 people" in the passage, "with 28 passengers and three crew on board" in the next paragraph.
    const [m, ...rest] = numbers('The Fenlight Airways turboprop had 31 passengers and three crew on board when it landed at Kelmsby without its nose wheel.');
    assert.equal(rest.length, 0);
    assert.match(m ?? '', /“28”; the draft says “31”/);
  });

  it('is none for a count of times, which counts any act', () => {
    const matches = corpusOfLines({
      'piala.txt': [
        ...fillerLines(6, 'id'),
        'Secara keseluruhan, Jerman adalah tim yang paling sering bertanding dalam Piala Dunia, dengan total 99 pertandingan.',
        'Kedua tim ini pernah bertemu dua kali dalam Piala Dunia.',
        ...fillerLines(6, 'id'),
      ],
    });
    assert.deepEqual(messagesOf(matches, 'number-mismatch')('Jerman bertanding di Piala Dunia sebanyak 99 kali.'), []);
  });
});
