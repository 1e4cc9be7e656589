import { CorpusContext, makeContext, SentenceFacts } from '../facts/analyze';
import { CorpusDoc, SourceFile, StoredCorpusDoc } from './corpus-doc';
import { VocabularyCounts } from './vocabulary-counts';
import { BuildProgress, EarlierAnalyses } from './build-options';
import { buildApart, buildSteps } from './corpus-build';
import { Indexed, Indexing, indexedBefore, updateBase, WordSet } from './indexing';
import { Entity, EntityRegistry } from './registry';
import { CancellationToken, runSteps, runStepsBetween, Slices } from '../cancellation';
import { wordParts } from '../text/tokens';
import { FactsStore, StoredFacts } from './facts-store';
import { Postings, SentenceRef, StoredPostings } from './postings';
import { WideStats } from './corpus-stats';
import { logOf } from './read-log';

// The index over the sources. Retrieval goes through postings (stem → sentences) so a check touches only the
// sentences that share words with the claim, never every sentence of the corpus.

export type { CorpusDoc, SourceFile } from './corpus-doc';
export type { BuildProgress, EarlierAnalyses, ParallelAnalyser } from './build-options';

/** Work done between two pauses while indexing, in milliseconds. */
const BUILD_SLICE_MS = 15;
/** Work between pauses while preparing a corpus read from the disk cache for updates (in the background). */
const PREPARE_SLICE_MS = 5;

export type { SentenceRef } from './postings';

/** Postings, vocabulary and registry as the disk cache keeps them. */
export interface DerivedIndex {
  postings: StoredPostings;
  anyCaseVocab: string[];
  quoteCount: number;
  entities: Entity[];
}

/** BM25's inverse frequency of a stem in `df` of `n` sentences; unseen stems weigh like stems seen once. */
export function inverseFrequency(n: number, df: number): number {
  const d = Math.max(1, df);
  return Math.log(1 + (n - d + 0.5) / (d + 0.5));
}

export class Corpus {
  /** Every word form of the corpus, any case, for telling known names from unknown ones. */
  readonly anyCaseVocab: WordSet;
  readonly registry: EntityRegistry;
  readonly docs: readonly CorpusDoc[];
  private readonly postings: Postings;
  private readonly quoteCount: number;

  /** A corpus over the store's documents with an index built as they were analysed, or kept from before. */
  private constructor(files: readonly SourceFile[], readonly store: FactsStore, readonly ctx: CorpusContext, index: Indexed | DerivedIndex) {
    if (files.length !== store.size) throw new Error('the stored analyses do not match the files');
    this.docs = files.map((f, id) => new StoredCorpusDoc(f, id, store));
    if ('entities' in index) {
      if (index.postings.firstSentence.length !== files.length + 1) throw new Error('the stored index does not match the files');
      this.postings = Postings.fromStored(index.postings);
      this.anyCaseVocab = new Set(index.anyCaseVocab);
      this.quoteCount = index.quoteCount;
      this.registry = EntityRegistry.fromEntities(index.entities);
    } else {
      ({ postings: this.postings, anyCaseVocab: this.anyCaseVocab, quoteCount: this.quoteCount, registry: this.registry } = index);
    }
  }

  /** Documents taken unchanged from the corpus this one replaced, instead of analysed again. */
  reused = 0;

  /** Per-word file counts of the vocabularies, made on first need when the corpus came from the disk cache. */
  private counts?: VocabularyCounts;

  /** Per form, how many documents use it: made by prepareUpdates for a corpus read from the disk cache. */
  private docsUsing?: Int32Array;

  /**
   * Makes, in slices, what the next update takes from this corpus and the disk cache does not keep (the registry's
   * per-document parts, the known words' counts), so that a source saved after a warm start costs what one saved
   * later does. Nothing to do for a corpus built here to be updated.
   */
  async prepareUpdates(pause: () => Promise<void>, token?: CancellationToken): Promise<void> {
    if (!this.counts) {
      // Counting reads every word of the corpus again (about 400 ms at 10 MB): the first update would otherwise.
      const slices = new Slices(PREPARE_SLICE_MS, pause, token);
      const counts = await VocabularyCounts.ofSliced(this.docs, () => slices.next());
      this.counts ??= counts;
    }
    if (this.registry.updatable && indexedBefore(this.store.stored.docs, this.postings, this.anyCaseVocab, this.docsUsing)) return;
    const { names, docsUsing } = await updateBase(this.store.stored.docs, this.store.stored.strings.length, id => this.store.mentions(id), pause, token);
    await this.registry.keepFor(names, pause, token);
    const slices = new Slices(PREPARE_SLICE_MS, pause, token);
    await runStepsBetween(this.registry.prepareNameShapesSteps(1_000), () => slices.next());
    this.docsUsing = docsUsing;
  }

  /** Whether an update would find everything it takes from this corpus made already (see prepareUpdates). */
  get preparedForUpdates(): boolean {
    return this.counts !== undefined && this.registry.updatable && indexedBefore(this.store.stored.docs, this.postings, this.anyCaseVocab, this.docsUsing) !== undefined;
  }

  vocabularyCounts(): VocabularyCounts {
    return (this.counts ??= VocabularyCounts.of(this.docs));
  }

  static build(files: readonly SourceFile[], token?: CancellationToken): Corpus {
    return runSteps(buildSteps(files, Corpus.assemble, token));
  }

  /**
   * The same corpus as `build`, built in slices: between files the caller's `pause` lets other work run (an
   * editor's hover), `onProgress` hears how many files are done, and a cancelled token stops the work.
   */
  static async buildAsync(files: readonly SourceFile[], progress: BuildProgress = {}): Promise<Corpus> {
    if (progress.parallel) return buildApart(files, progress, progress.parallel, Corpus.assemble);
    const steps = buildSteps(files, Corpus.assemble, progress.token, progress.previous, progress.updatable);
    const slices = new Slices(BUILD_SLICE_MS, progress.pause, progress.token);
    let step = steps.next();
    while (!step.done) {
      progress.onProgress?.(step.value, files.length);
      await slices.next();
      step = steps.next();
    }
    return step.value;
  }

  /**
   * A corpus from a build's parts (corpus-build.ts): `counts`, the vocabulary counts to keep for the next update;
   * `reused`, how many documents were taken from before.
   */
  private static assemble(files: readonly SourceFile[], store: FactsStore, ctx: CorpusContext, index: Indexed, counts: VocabularyCounts | undefined, reused: number): Corpus {
    const corpus = new Corpus(files, store, ctx, index);
    corpus.reused = reused;
    if (counts) corpus.counts = counts;
    return corpus;
  }

  /** This corpus's analyses, for the build that replaces it. */
  earlier(): EarlierAnalyses {
    const byUri = new Map(this.docs.map(d => [d.uri, d]));
    return {
      lowerVocab: this.ctx.lowerVocab, midCapVocab: this.ctx.midCapVocab, strings: this.store.stored.strings, store: this.store, ctx: this.ctx,
      counts: () => this.vocabularyCounts(),
      registry: this.registry,
      index: indexedBefore(this.store.stored.docs, this.postings, this.anyCaseVocab, this.docsUsing),
      storedFor: f => {
        const d = byUri.get(f.uri);
        return d && d.label === f.label && d.format === f.format && d.text === f.text ? this.store.stored.docs[d.id] : undefined;
      },
    };
  }

  /**
   * A corpus from analyses made earlier (the on-disk cache): the files' stored facts, the vocabulary they were
   * analysed with, and what indexing derived from them (postings, registry); without the last, it is derived again.
   */
  static restore(files: readonly SourceFile[], facts: StoredFacts, lowerVocab: ReadonlySet<string>, midCapVocab: ReadonlySet<string>, derived?: DerivedIndex): Corpus {
    if (facts.docs.length !== files.length) throw new Error('the stored analyses do not match the files');
    const store = new FactsStore(facts, files.map(f => f.text));
    let index: Indexed | DerivedIndex | undefined = derived;
    if (!index) {
      const indexing = new Indexing();
      files.forEach((_, id) => indexing.add(store.stored.docs[id], id, () => store.mentions(id)));
      index = indexing.finish(store);
    }
    return new Corpus(files, store, makeContext(lowerVocab, midCapVocab), index);
  }

  /** What indexing derived from the analyses, as plain data for the disk cache: loading it skips the derivation. */
  derived(): DerivedIndex {
    return { postings: this.postings.toStored(), anyCaseVocab: [...this.anyCaseVocab], quoteCount: this.quoteCount, entities: this.registry.entities };
  }

  static empty(): Corpus {
    return Corpus.build([]);
  }

  get sentenceCount(): number {
    return this.postings.sentenceCount;
  }

  /** The whole this corpus is a part of, when it is one (an archive's working set): its weights count there. */
  private wide?: WideStats;

  /** Makes this corpus weigh words and lengths as the whole it was drawn from does (corpus-stats.ts). */
  drawnFrom(wide: WideStats): this {
    this.wide = wide;
    return this;
  }

  /** Whether this corpus is part of a larger whole that its weights come from (drawnFrom). */
  get drawn(): boolean {
    return this.wide !== undefined;
  }

  /**
   * Where each document of `earlier` stands in this corpus, when this one is `earlier` grown: drawn from the same
   * whole (so every weight is the same), under the same vocabularies, with every document of `earlier` unchanged
   * and only documents added. Undefined otherwise. A check of `earlier` then reads the same here, apart from what
   * the added documents bring (read-log.ts).
   */
  grownFrom(earlier: Corpus): Int32Array | undefined {
    if (!this.wide || this.wide !== earlier.wide || this.ctx !== earlier.ctx || this.docs.length < earlier.docs.length) return undefined;
    const byUri = new Map(this.docs.map(d => [d.uri, d]));
    const at = new Int32Array(earlier.docs.length);
    for (const d of earlier.docs) {
      const now = byUri.get(d.uri);
      if (!now || now.text !== d.text) return undefined;
      at[d.id] = now.id;
    }
    return at;
  }

  /** Sentences that weights are counted over: this corpus's, or the whole's it was drawn from. */
  get weighedSentences(): number {
    return this.wide?.sentenceCount ?? this.sentenceCount;
  }

  /** In how many sentences a stem stands, counted as weights are (see weighedSentences); `postings`: its own, if at hand. */
  sentencesWith(stem: string, postings?: Int32Array): number {
    return this.wide?.sentencesWith(stem) ?? (postings ?? this.postingsOf(stem)).length;
  }

  get avgSentenceLength(): number {
    return this.wide?.avgSentenceLength ?? this.postings.avgSentenceLength;
  }

  /** Whether the postings were updated from the corpus this one replaced rather than built from every document. */
  get postingsFromEarlier(): boolean {
    return this.postings.fromEarlier;
  }

  /** Ids of the sentences that hold a stem (stopwords are not indexed), ascending. */
  postingsOf(stem: string): Int32Array {
    return this.postings.of(stem);
  }

  /** Word count of a sentence by id, the length BM25 normalises by. */
  lengthOf(id: number): number {
    return this.postings.lengthOf(id);
  }

  /** The document and sentence of a sentence id. */
  refOf(id: number): SentenceRef {
    return this.postings.refOf(id);
  }

  /** The ids of a document's sentences: from the first to the one before the second. */
  sentenceIdsOf(doc: number): [number, number] {
    return this.postings.sentenceIdsOf(doc);
  }

  sentence(ref: SentenceRef): SentenceFacts {
    return this.docs[ref.doc].facts.sentences[ref.sentence];
  }

  /** Inverse sentence frequency: rare words weigh more. Unseen words weigh like words seen once. */
  idf(stem: string): number {
    return inverseFrequency(this.weighedSentences, this.sentencesWith(stem));
  }

  knowsWord(norm: string): boolean {
    const { wide } = this;
    const known = wordParts(norm).every(p => this.anyCaseVocab.has(p) || !!wide?.knowsWord(p));
    // A word known stays known in a corpus that only grew (read-log.ts); one unknown may become known.
    if (!known) logOf(this)?.note(c => String(c.knowsWord(norm)), 'false');
    return known;
  }

  get stats(): { documents: number; sentences: number; entities: number; quotes: number } {
    return {
      documents: this.docs.length,
      sentences: this.sentenceCount,
      entities: this.registry.entities.length,
      quotes: this.quoteCount,
    };
  }
}
