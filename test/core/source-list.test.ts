import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus, SourceFile } from '../../server/src/core/index/corpus';
import { sourceSummaries } from '../../server/src/core/features/source-list';
import { REPO } from '../workspace';

// The Sumber view's Sources: every indexed document with how many sentences, quotes and names Sumber read in it. On the three English fixture
// articles.

const DIR = path.join(REPO, 'test/fixtures/english');
const corpus = Corpus.build(fs.readdirSync(DIR).sort().map((f): SourceFile => ({
  uri: f, label: `sources/${f}`, text: fs.readFileSync(path.join(DIR, f), 'utf8'), format: 'plaintext',
})));

describe('the Sources list', () => {
  it('lists every document by path with its sentences, quotes and names', () => {
    const list = sourceSummaries(corpus);
    assert.deepEqual(list.map(s => s.label), ['sources/harbour-vote.txt', 'sources/river-study.txt', 'sources/union-response.txt']);
    const vote = list[0];
    assert.equal(vote.sentences, 8, 'the headline and seven sentences');
    assert.equal(vote.quotes, 2, 'Marsh\'s and Reyes\'s');
    // Port Calder, Elena Marsh, Calder Development Agency, Tomas Reyes … each counted once however often named.
    const named = new Set(corpus.registry.entities.filter(e => e.mentions.some(m => m.doc === vote.doc)).map(e => e.id));
    assert.equal(vote.names, named.size);
    assert.ok(vote.names >= 4, `${vote.names} names`);
  });

  it('gives a source that names itself its headline, day and credit', () => {
    const meta = { headline: 'Harbour  vote\npasses', byline: 'Lena Holm', date: '2024-03-12T09:30:00Z' };
    const list = sourceSummaries(corpus, uri => (uri === 'harbour-vote.txt' ? meta : undefined));
    assert.deepEqual([list[0].headline, list[0].date, list[0].credit], ['Harbour vote passes', '2024-03-12', '“Harbour vote passes” (Lena Holm, 2024-03-12)']);
    assert.deepEqual([list[1].headline, list[1].date, list[1].credit], [undefined, undefined, undefined]);
  });

  it('sorts numbered files as a folder shows them', () => {
    const numbered = Corpus.build(['10.txt', '9.txt', '1.txt'].map((f): SourceFile => ({ uri: f, label: f, text: 'Ada berita.', format: 'plaintext' })));
    assert.deepEqual(sourceSummaries(numbered).map(s => s.label), ['1.txt', '9.txt', '10.txt']);
  });
});
