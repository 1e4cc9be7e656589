import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus, SourceFile } from '../../server/src/core/index/corpus';
import { WideStats } from '../../server/src/core/index/corpus-stats';
import { VocabularyCounts } from '../../server/src/core/index/vocabulary-counts';
import { collectVocabulary } from '../../server/src/core/facts/analyze';
import { analyzeDraft, DEFAULT_OPTIONS } from '../../server/src/core/checks/check';
import { SentenceCheckCache } from '../../server/src/core/checks/sentence-cache';
import { growthAnswers, ReadLog, readingInto } from '../../server/src/core/index/read-log';
import { findPassage } from '../../server/src/core/index/quote-search';
import { runSteps } from '../../server/src/core/cancellation';
import { seedDraft } from './seed-corpus';
import { REPO, SEEDS } from '../workspace';

// An archive's working set grows while a writer types: a sentence that needs a document the set lacks draws it.
// The checks of the other sentences are carried over to the grown set when nothing they read of it changed
// (read-log.ts), so the check after a growth costs what the new documents touch, not the whole draft. Carried or
// not, every finding must be what a fresh check of the grown set gives.

const read = (dir: string) => fs.readdirSync(dir).sort().map((f): SourceFile => ({ uri: f, label: f, text: fs.readFileSync(path.join(dir, f), 'utf8'), format: 'plaintext' }));
const seeds = read(SEEDS);
const english = read(path.join(REPO, 'test/fixtures/english'));
const SAMPLE = fs.readFileSync(path.join(REPO, 'examples', 'draft.md'), 'utf8');
/** A draft on two stories: the seeds' meetings, and the English fixtures' harbour (two claims wrong). */
const TWO_STORIES = `${SAMPLE}

The Port Calder harbour council voted on Tuesday to approve a $55 million expansion of the container terminal.

A study by the University of Westmoor found that dredging could raise sediment levels in the Calder estuary by up to 40 percent.

"The risks can be managed if the work avoids the spawning season," said Priya Nair.

The harbour handled 1.2 million containers last year.
`;

/** The seeds as an archive: its per-word document counts and its statistics, as a working set drawn from it sees them. */
function archiveOf(files: readonly SourceFile[]): { lower: Map<string, number>; midCap: Map<string, number>; wide: WideStats } {
  const lower = new Map<string, number>(), midCap = new Map<string, number>();
  for (const f of files) {
    const l = new Set<string>(), m = new Set<string>();
    collectVocabulary(f.text, l, m);
    for (const w of l) lower.set(w, (lower.get(w) ?? 0) + 1);
    for (const w of m) midCap.set(w, (midCap.get(w) ?? 0) + 1);
  }
  const whole = Corpus.build(files);
  const wide: WideStats = {
    sentenceCount: whole.sentenceCount, avgSentenceLength: whole.avgSentenceLength,
    sentencesWith: stem => whole.postingsOf(stem).length, knowsWord: part => whole.anyCaseVocab.has(part),
  };
  return { lower, midCap, wide };
}

const archive = archiveOf([...seeds, ...english]);

/** A working set of `files`, drawn from the archive, or `before` grown to hold them (as the editor builds both). */
async function workingSet(files: readonly SourceFile[], before?: Corpus): Promise<Corpus> {
  const previous = before
    ? { ...before.earlier(), counts: () => before.vocabularyCounts().countedAlready(files) }
    : { lowerVocab: new Set(archive.lower.keys()), midCapVocab: new Set(archive.midCap.keys()), strings: [], storedFor: () => undefined,
      counts: () => VocabularyCounts.fromCounts(archive.lower, archive.midCap, files) };
  return (await Corpus.buildAsync(files, { previous, updatable: true })).drawnFrom(archive.wide);
}

/** Each paragraph of the articles as a document of its own, as an archive of short wire items would be. */
const paragraphsOf = (files: readonly SourceFile[]) => files.flatMap(f => f.text.split(/\n\s*\n|\n/).map(p => p.trim()).filter(p => p.length > 80)
  .map((text, i): SourceFile => ({ uri: `${f.uri}#${String(i).padStart(3, '0')}`, label: f.label, text, format: 'plaintext' })));
const seedItems = paragraphsOf(seeds), englishItems = paragraphsOf(english);
/** Draws in three steps, new documents sorting before and after those drawn already. */
const articleSteps = [[english[0], english[1], seeds[1]], [english[0], english[1], english[2], seeds[1], seeds[3]], [...english, ...seeds]];
const itemSteps = [seedItems, [...seedItems, ...englishItems.filter((_, i) => i % 2 === 0)], [...seedItems, ...englishItems]];

describe('checks carried over to a working set that grew', () => {
  const drafts = [
    ['a draft on two stories', TWO_STORIES, articleSteps, false],
    ['a draft of the seeds’ own paragraphs', `${seedDraft(6000)}\n\n${TWO_STORIES}`, articleSteps, false],
    // Enough items that retrieval keeps all the candidates it can: what the added items score then tells.
    ['a draft on two stories, drawn from an archive of short items', TWO_STORIES, itemSteps, true],
  ] as const;
  for (const [name, text, steps, toldMostly] of drafts) {
    it(`give ${name} exactly the findings of a fresh check, re-checking only what the new documents touch`, async function () {
      this.timeout(60_000);
      let corpus = await workingSet(steps[0]);
      let cache = new SentenceCheckCache(corpus);
      await cache.report(analyzeDraft(corpus, text, 'markdown'), DEFAULT_OPTIONS);
      for (const files of steps.slice(1)) {
        const grown = await workingSet(files, corpus);
        assert.equal(grown.ctx, corpus.ctx, 'the growth kept the vocabularies');
        const next = SentenceCheckCache.following(cache, grown);
        assert.ok(next, 'the grown set follows the one before');
        const draft = analyzeDraft(grown, text, 'markdown');
        const asked = { ...growthAnswers };
        const carried = await next.report(draft, DEFAULT_OPTIONS);
        const told = growthAnswers.fromAdded - asked.fromAdded, searched = growthAnswers.askedAgain - asked.askedAgain;
        const fresh = await new SentenceCheckCache(grown).report(draft, DEFAULT_OPTIONS);
        // The same findings, claims and support; the carried check re-checked fewer sentences.
        const { checkedAnew: carriedAnew, ...carriedFound } = carried, { checkedAnew: freshAnew, ...freshFound } = fresh;
        assert.deepEqual(carriedFound, freshFound);
        assert.ok(carriedAnew < freshAnew, `${carriedAnew} sentences re-checked of the ${freshAnew} a fresh check checks`);
        assert.ok(next.carried > 0, 'some sentences read nothing the new documents changed');
        assert.ok(next.misses > 0, 'the new documents bear on some sentences');
        // Evidence searches need not run again when the added documents alone show they keep their passages.
        if (toldMostly) assert.ok(told > searched, `${told} searches told from the added documents, ${searched} run again`);
        // What hover and the lens read comes through the same way.
        assert.deepEqual(next.supportedIn(draft, DEFAULT_OPTIONS), fresh.supported);
        corpus = grown;
        cache = next;
      }
    });
  }

  it('are not carried over to a corpus that lost or changed a document, or that weighs words by itself', async () => {
    const corpus = await workingSet(seeds.slice(0, 3));
    const cache = new SentenceCheckCache(corpus);
    await cache.report(analyzeDraft(corpus, SAMPLE, 'markdown'), DEFAULT_OPTIONS);
    assert.equal(SentenceCheckCache.following(cache, await workingSet(seeds.slice(0, 2), corpus)), undefined);
    const changed = [seeds[0], seeds[1], { ...seeds[2], text: seeds[2].text.replace(/\d+/, '7') }];
    assert.equal(SentenceCheckCache.following(cache, await workingSet(changed, corpus)), undefined);
    assert.equal(SentenceCheckCache.following(cache, Corpus.build(seeds)), undefined);
  });
});

describe('a quotation search asked again of a working set that grew', () => {
  // What the quote check read: the places the writer's words stand in the sources. A grown set answers the same
  // unless an added document holds the quote; when the search aligned every place of its anchors, the added
  // documents alone tell (quote-search.ts), and that answer must be the one a search of the whole set gives.
  const quotedIn = (file: SourceFile) => [...file.text.matchAll(/“([^”]{40,160})”/g)].map(m => m[1]);
  const askAgain = (before: Corpus, grown: Corpus, quote: string) => {
    const log = new ReadLog();
    readingInto(before, log, () => findPassage(before, quote));
    const docAt = grown.grownFrom(before)!;
    const added = grown.docs.map(d => d.id).filter(id => !docAt.includes(id));
    const counts = { ...growthAnswers };
    const holds = runSteps(log.holdsOnSteps(grown, { added, ordered: true }));
    return { holds, told: growthAnswers.fromAdded - counts.fromAdded, asked: growthAnswers.askedAgain - counts.askedAgain };
  };

  it('tells from the added documents that they hold no match, and sees the match an added document holds', async () => {
    const quote = quotedIn(seeds[2])[0].replace('seimbang', 'seimbamg');
    const before = await workingSet([seeds[0], seeds[1]]);
    assert.equal(findPassage(before, quote).length, 0, 'the quote is not in the set yet');
    // An added English article holds none of the quote: nothing is searched again.
    const unrelated = askAgain(before, await workingSet([seeds[0], seeds[1], english[0]], before), quote);
    assert.deepEqual(unrelated, { holds: true, told: 1, asked: 0 });
    // The article that holds it (with the writer's typo forgiven) changes the answer.
    const grown = await workingSet([seeds[0], seeds[1], seeds[2]], before);
    assert.ok(findPassage(grown, quote).length > 0);
    assert.equal(askAgain(before, grown, quote).holds, false);
  });

  it('finds from the added documents alone a match one of them holds, its anchors unchanged', async () => {
    // The quote's rarest words (its anchors) are found once, three and five times before the growth, its others more
    // often: the added article, which holds the quote, leaves them the rarest, in the same order.
    const says = (word: string, times: number) => Array.from({ length: times }, (_, i) => `Pedagang ke-${i + 1} menyebut ${word} di pasar.`).join(' ');
    const shop: SourceFile = { uri: 'pasar.txt', label: 'pasar.txt', format: 'plaintext',
      text: [says('zamrud', 1), says('safir', 3), says('mutiara', 5), says('berkilau', 9), says('indah', 9), says('sekali', 9)].join('\n\n') + '\n' };
    const quote = 'zamrud safir mutiara berkilau indah sekali';
    const before = await workingSet([shop]);
    assert.equal(findPassage(before, quote).length, 0);
    const report: SourceFile = { uri: 'wawancara.txt', label: 'wawancara.txt', format: 'plaintext',
      text: '“Zamrud, safir, mutiara: berkilau indah sekali,” kata Rina Hartono, pemilik toko.\n' };
    const grown = await workingSet([shop, report], before);
    assert.ok(findPassage(grown, quote).length > 0);
    // The added article's match is seen there, and the search of the whole set gives the new answer.
    assert.deepEqual(askAgain(before, grown, quote), { holds: false, told: 0, asked: 1 });
  });
});

