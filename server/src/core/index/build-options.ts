import type { EntityRegistry } from './registry';
import type { IndexedBefore } from './indexing';
import type { CorpusContext, TextFormat } from '../facts/analyze';
import type { CancellationToken } from '../cancellation';
import type { AnalysedFile } from './analysed-file';
import type { SourceFile } from './corpus';
import type { FactsStore, StoredDoc } from './facts-store';
import type { VocabularyCounts } from './vocabulary-counts';

// What a corpus build may be given besides the files: cancellation, pauses and progress, analyses made before
// (kept for unchanged files), and threads to analyse on.

/** Analyses made before, which a build may take for its unchanged files (see BuildProgress.previous). */
export interface EarlierAnalyses {
  /** The vocabulary they were made with. */
  lowerVocab: ReadonlySet<string>;
  midCapVocab: ReadonlySet<string>;
  /** The string table their stored documents refer to. */
  strings: readonly string[];
  /** The store holding that table, when at hand: a build continuing it takes over its map of ids (facts-store.ts). */
  store?: FactsStore;
  /** The stored analysis of this very file (same uri, label, format and text), if one was made. */
  storedFor(file: SourceFile): StoredDoc | undefined;
  /** Their analysis context, when at hand: its stems are already worked out. */
  ctx?: CorpusContext;
  /** Per-word file counts of the files they were made from, so a build over changed files reads only those. */
  counts?: () => VocabularyCounts;
  /** The registry built from them: a name group whose documents' parts are the same is not folded again. */
  registry?: EntityRegistry;
  /** Their index (postings, known words), which a build that changes few documents updates. */
  index?: IndexedBefore;
}

export interface BuildProgress {
  token?: CancellationToken;
  /**
   * Analyses made before (the corpus this one replaces, or a disk cache entry for other versions of the files).
   * An unchanged file's stored analysis is taken as it is unless it asked about a word the change brought or took
   * away (vocabulary-change.ts); only the other files are analysed.
   */
  previous?: EarlierAnalyses;
  /** Gives other work a turn between slices. */
  pause?: () => Promise<void>;
  onProgress?: (done: number, total: number) => void;
  /**
   * The corpus will be replaced by updates (an editor's): its registry keeps what the next build takes unchanged,
   * so the first update costs what the later ones do.
   */
  updatable?: boolean;
  /** Threads that analyse files while this one only collects the results (a worker pool at the edge). */
  parallel?: ParallelAnalyser;
}

/** Analysis done elsewhere (worker threads): what `analyseApart` gives, for many files at once. */
export interface ParallelAnalyser {
  /** Whether this much text to analyse is worth the threads (an update of a few files is done here). */
  worthFor(chars: number): boolean;
  /** Per-word file counts of the texts' vocabularies (vocabulary-counts.ts), one part per thread. */
  vocabulary(texts: readonly string[], token?: CancellationToken): Promise<Array<{ lower: Array<[string, number]>; midCap: Array<[string, number]> }>>;
  /**
   * Analyses the files as documents `id` under the corpus vocabularies, handing each result to `done` as it comes
   * (in any order); resolves when all are done and rejects when one fails or the token is cancelled.
   */
  analyse(jobs: ReadonlyArray<{ id: number; text: string; format: TextFormat }>, vocab: { lowerVocab: ReadonlySet<string>; midCapVocab: ReadonlySet<string> },
    done: (id: number, result: AnalysedFile) => void, token?: CancellationToken): Promise<void>;
}
