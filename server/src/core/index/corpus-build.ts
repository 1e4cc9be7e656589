import { analyzeText, askedWords, CorpusContext, makeContext } from '../facts/analyze';
import { VocabularyCounts } from './vocabulary-counts';
import { AnalysedFile, analyseApart, FormerAnalysis, reuseOf } from './analysed-file';
import { BuildProgress, EarlierAnalyses, ParallelAnalyser } from './build-options';
import { Indexed, Indexing, mentionsOf, notesOf } from './indexing';
import { staleUnder } from './vocabulary-change';
import { CancellationToken, runStepsBetween, throwIfCancelled } from '../cancellation';
import { FactsStore } from './facts-store';
import type { Corpus, SourceFile } from './corpus';

// How a corpus is built: each file analysed here, on other threads, or taken from an earlier build's analyses,
// into the compact store and the index. The corpus itself (corpus.ts) is made from the parts at the end.

/** Makes the corpus from a build's parts (Corpus.assemble): the counts to keep for updates, if any, and how many documents were reused. */
export type Assemble = (files: readonly SourceFile[], store: FactsStore, ctx: CorpusContext, index: Indexed, counts: VocabularyCounts | undefined, reused: number) => Corpus;

/** Analyses one file per step, yielding the count done; returns the corpus (Corpus.build, Corpus.buildAsync). */
export function* buildSteps(files: readonly SourceFile[], assemble: Assemble, token?: CancellationToken, previous?: EarlierAnalyses, updatable?: boolean): Generator<number, Corpus> {
  const counts = previous?.counts ? previous.counts().updated(files) : VocabularyCounts.of(files);
  const { lower, midCap } = counts.sets();
  const { ctx, store, earlier, formerOf } = begin(lower, midCap, previous);
  // Each analysis goes into the compact store and the index at once, so no document's analysis objects outlive
  // its step and none has to be rebuilt for indexing.
  const indexing = new Indexing(previous?.registry, updatable || previous !== undefined, previous?.index);
  let reused = 0;
  for (const [id, f] of files.entries()) {
    throwIfCancelled(token);
    const kept = earlier?.storedFor(f);
    if (kept !== undefined) {
      store.addKept(kept, f.text);
      indexing.add(kept, id, () => store.mentions(id));
      reused++;
    } else {
      const asked = askedWords(), former = formerOf(f);
      const facts = analyzeText(f.text, { format: f.format, keepHeadings: true, asked, reuse: former && reuseOf(former, f.text, asked) }, ctx, token);
      const mentions = mentionsOf(id, facts);
      store.add(facts, asked, notesOf(mentions));
      indexing.add(store.stored.docs[id], id, () => mentions, former?.doc);
    }
    yield id + 1;
  }
  // The counts are kept for the next update's vocabularies; a one-off build would only hold them (Corpus.vocabularyCounts makes them).
  return assemble(files, store, ctx, indexing.finish(store), updatable || previous ? counts : undefined, reused);
}

/**
 * The same corpus as `buildSteps` gives, with vocabulary and analysis done by other threads: results come back in
 * any order and go into the store and the index in file order, so document and sentence numbers, and so every
 * finding, are those of a build on one thread.
 */
export async function buildApart(files: readonly SourceFile[], progress: BuildProgress, parallel: ParallelAnalyser, assemble: Assemble): Promise<Corpus> {
  // Counting an update's vocabularies reads only the changed files: not worth a thread.
  const counts = progress.previous?.counts ? progress.previous.counts().updated(files)
    : VocabularyCounts.merged(await parallel.vocabulary(files.map(f => f.text), progress.token), files);
  throwIfCancelled(progress.token);
  const { lower, midCap } = counts.sets();
  const { ctx, store, earlier, formerOf } = begin(lower, midCap, progress.previous);
  const indexing = new Indexing(progress.previous?.registry, progress.updatable || progress.previous !== undefined, progress.previous?.index);
  const kept = files.map(f => earlier?.storedFor(f));
  const arrived: Array<AnalysedFile | undefined> = new Array(files.length);
  let next = 0;
  const drain = () => {
    for (; next < files.length && (kept[next] || arrived[next]); next++) {
      const keptDoc = kept[next], apart = arrived[next];
      if (keptDoc) {
        store.addKept(keptDoc, files[next].text);
        const at = next;
        indexing.add(keptDoc, at, () => store.mentions(at));
      } else if (apart) {
        store.addApart(apart, files[next].text);
        indexing.add(apart.doc, next, () => apart.mentions, formerOf(files[next])?.doc);
        arrived[next] = undefined;
      }
      progress.onProgress?.(next + 1, files.length);
    }
  };
  drain();
  const jobs = files.flatMap((f, id) => kept[id] ? [] : [{ id, text: f.text, format: f.format }]);
  if (parallel.worthFor(jobs.reduce((n, j) => n + j.text.length, 0))) {
    await parallel.analyse(jobs, ctx, (id, result) => { arrived[id] = result; drain(); }, progress.token);
  } else {
    for (const j of jobs) {
      arrived[j.id] = analyseApart(j.id, j.text, j.format, ctx, progress.token, formerOf(files[j.id]));
      drain();
      await progress.pause?.();
      throwIfCancelled(progress.token);
    }
  }
  throwIfCancelled(progress.token);
  if (next !== files.length) throw new Error(`file ${next + 1} of ${files.length} came back unanalysed`);
  // An editor's update (a working set that grew) answers hovers between the index's phases.
  const pause = progress.pause;
  const index = pause ? await runStepsBetween(indexing.finishSteps(store), pause) : indexing.finish(store);
  throwIfCancelled(progress.token);
  return assemble(files, store, ctx, index, progress.updatable || progress.previous ? counts : undefined, kept.filter(k => k).length);
}

/**
 * The context and store of a build over these vocabularies, and the earlier analyses it may take: all of them
 * under the same vocabularies, else those the change leaves as they were (vocabulary-change.ts).
 */
function begin(lower: ReadonlySet<string>, midCap: ReadonlySet<string>, previous?: EarlierAnalyses): {
  ctx: CorpusContext; store: FactsStore; earlier?: EarlierAnalyses; formerOf: (f: SourceFile) => FormerAnalysis | undefined;
} {
  if (!previous) return { ctx: makeContext(lower, midCap), store: new FactsStore(), formerOf: () => undefined };
  const stale = staleUnder(previous, { lowerVocab: lower, midCapVocab: midCap }, previous.strings);
  // The same vocabulary: the earlier context answers every question alike (and its stems are known).
  const ctx = !stale && previous.ctx ? previous.ctx : makeContext(lower, midCap, previous.ctx);
  const earlier: EarlierAnalyses = stale ? { ...previous, storedFor: f => { const d = previous.storedFor(f); return d && !stale.doc(d) ? d : undefined; } } : previous;
  // A file not taken whole because the vocabulary changed under it: its former analysis, for the sentences it may keep.
  const formerOf = (f: SourceFile): FormerAnalysis | undefined => {
    const doc = stale && previous.storedFor(f);
    return doc ? { doc, strings: previous.strings, staleness: stale } : undefined;
  };
  return { ctx, store: FactsStore.continuing(previous.strings, previous.store), earlier, formerOf };
}
