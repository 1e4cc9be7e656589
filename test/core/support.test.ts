import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus, SourceFile } from '../../server/src/core/index/corpus';
import { analyzeDraft, DEFAULT_OPTIONS } from '../../server/src/core/checks/check';
import { SentenceCheckCache } from '../../server/src/core/checks/sentence-cache';
import { coverageOf } from '../../server/src/core/checks/coverage';
import { paragraphNumber, paragraphStarts, supportHover } from '../../server/src/core/features/support';
import { seedCorpus } from './seed-corpus';
import { REPO } from '../workspace';

// What backs a supported sentence, as the writer is shown it: the check that found nothing wrong with a sentence
// also says which source sentence backs it, and the lens, hover and citation read that from the same cache the
// diagnostics came from.

const english = Corpus.build(fs.readdirSync(path.join(REPO, 'test/fixtures/english')).sort().map((f): SourceFile => ({
  uri: f, label: `sources/${f}`, text: fs.readFileSync(path.join(REPO, 'test/fixtures/english', f), 'utf8'), format: 'plaintext',
})));

const SUPPORTED = 'Construction is scheduled to begin in early March 2025 and should take three years.';
const WRONG = 'The harbour handled 2.1 million containers last year, up 8 percent from the year before.';
const UNSUPPORTED = 'Nair said the union would organise protest marches if safety rules at the port were not strengthened.';

describe('the passage that supports a sentence', () => {
  it('is the source sentence that says it, and only a sentence with no finding has one', async () => {
    const text = ['# Port Calder', '', SUPPORTED, '', WRONG, '', UNSUPPORTED, ''].join('\n');
    const report = await new SentenceCheckCache(english).report(analyzeDraft(english, text, 'markdown'), DEFAULT_OPTIONS);
    assert.equal(report.supported.length, 1);
    const [s] = report.supported;
    assert.equal(text.slice(s.start, s.end), SUPPORTED);
    assert.equal(s.evidence.label, 'sources/harbour-vote.txt');
    assert.equal(s.evidence.text, SUPPORTED, 'the source words it the same');
    assert.equal(english.docs[s.evidence.doc].text.slice(s.evidence.start, s.evidence.end), s.evidence.text);
  });

  it('is the source sentence holding the quote, for a sentence that quotes a transcript', async () => {
    const transcript = [
      'Interviewees: Miriam Okafor, head of waste strategy at the council, and Tomasz Achterberg.',
      'Q: Thank you both for making the time. Miriam, what changed in 2023?',
      '“Checking every caddy at the point of drop-off was the single biggest change we made. Before that, we only found the plastic at the farm,” said Miriam Okafor.',
    ].join('\n');
    const corpus = Corpus.build([{ uri: 'interview.txt', label: 'interview.txt', text: transcript, format: 'plaintext' }]);
    const text = '"Checking every caddy at the point of drop-off was the single biggest change we made," said Miriam Okafor, the council\'s head of waste strategy.\n';
    const report = await new SentenceCheckCache(corpus).report(analyzeDraft(corpus, text, 'markdown'), DEFAULT_OPTIONS);
    assert.equal(report.diagnostics.length, 0, report.diagnostics.map(d => d.message).join('; '));
    assert.equal(report.supported.length, 1);
    assert.match(report.supported[0].evidence.text, /^“Checking every caddy at the point of drop-off was the single biggest change we made\.$/);
  });

  it('is found for every claim the coverage counts as supported on the sample draft', async () => {
    const corpus = seedCorpus();
    const text = fs.readFileSync(path.join(REPO, 'examples/draft.md'), 'utf8');
    const report = await new SentenceCheckCache(corpus).report(analyzeDraft(corpus, text, 'markdown'), DEFAULT_OPTIONS);
    assert.equal(report.supported.length, coverageOf(report.claims, report.diagnostics).supported);
    const first = report.supported.find(s => text.slice(s.start, s.end).startsWith('Ini merupakan kunjungan pertama'));
    assert.equal(first?.evidence.text, 'Ini merupakan kunjungan pertama Putin setelah kembali menjabat.');
  });

  it('is read back from the cache without checking again, and not for a sentence edited since', async () => {
    const cache = new SentenceCheckCache(english);
    const text = [SUPPORTED, '', UNSUPPORTED, ''].join('\n');
    await cache.report(analyzeDraft(english, text, 'markdown'), DEFAULT_OPTIONS);
    const misses = cache.misses;
    const same = cache.supportedIn(analyzeDraft(english, text, 'markdown'), DEFAULT_OPTIONS);
    assert.deepEqual(same.map(s => text.slice(s.start, s.end)), [SUPPORTED]);
    const edited = SUPPORTED.replace('three', 'four');
    assert.deepEqual(cache.supportedIn(analyzeDraft(english, edited, 'markdown'), DEFAULT_OPTIONS), []);
    assert.equal(cache.misses, misses, 'no sentence was checked to answer');
    // Asked about one place, it answers for the sentence there alone.
    const at = text.indexOf('scheduled');
    assert.equal(cache.supportedIn(analyzeDraft(english, text, 'markdown'), DEFAULT_OPTIONS, { start: at, end: at }).length, 1);
    assert.equal(cache.supportedIn(analyzeDraft(english, text, 'markdown'), DEFAULT_OPTIONS, { start: text.indexOf('Nair'), end: text.indexOf('Nair') }).length, 0);
  });

  it('shows in a hover as the place, linked, and the source\'s words, in the writer\'s language', async () => {
    const report = await new SentenceCheckCache(english).report(analyzeDraft(english, SUPPORTED, 'plaintext'), DEFAULT_OPTIONS);
    const h = supportHover(report.supported[0], 'sources/harbour-vote.txt ¶6', 'file:///x#L6,1', 'id');
    assert.equal(h.markdown.split('\n')[0], '**Didukung sumber** [sources/harbour-vote.txt ¶6](file:///x#L6,1)');
    assert.equal(h.markdown.split('\n')[2], `> ${SUPPORTED}`);
    assert.equal(supportHover(report.supported[0], 'p', 'l', 'en').markdown.split('\n')[0], '**Supported by** [p](l)');
  });
});

describe('paragraph numbers of a source', () => {
  it('count a plain-text source line by line, blank lines aside', () => {
    const text = 'Title\nFirst paragraph.\n\nSecond one.\nThird.';
    const starts = paragraphStarts(text, false);
    assert.deepEqual([0, text.indexOf('First'), text.indexOf('Second'), text.indexOf('Third')].map(o => paragraphNumber(starts, o + 2)), [1, 2, 3, 4]);
  });

  it('count a Markdown source by its blocks: a paragraph wrapped over lines is one', () => {
    const text = '# Title\n\nA paragraph\nwrapped here.\n\n- an item\n- another\n\nLast.';
    const starts = paragraphStarts(text, true);
    assert.equal(paragraphNumber(starts, text.indexOf('wrapped')), 2);
    assert.equal(paragraphNumber(starts, text.indexOf('another')), 4);
    assert.equal(paragraphNumber(starts, text.indexOf('Last')), 5);
  });

  it('give the seed article the line a writer finds the passage on', () => {
    const corpus = seedCorpus();
    const doc = corpus.docs.find(d => d.label.startsWith('001_'))!;
    const at = doc.text.indexOf('Ini merupakan kunjungan pertama');
    const line = doc.text.slice(0, at).split('\n').filter(l => l.trim()).length + 1;
    assert.equal(paragraphNumber(paragraphStarts(doc.text, false), at), line);
  });
});
