import { BuildProgress, Corpus } from './core/index/corpus';
import { CancellationToken } from './core/cancellation';
import { cacheKey, IndexCache } from './index-cache';
import { poolFor } from './analysis-pool';
import { CorpusError, CorpusOptions, Expansion, problemOf } from './corpus-walk';
import { readSources, readSourcesAsync, ReadSnapshot, SkippedFile, touchedIn } from './source-reading';
import type { Extraction } from './extract';
import { ExpandedCorpus, listingAfter } from './corpus-listing';

export type { CorpusError, CorpusOptions } from './corpus-walk';
export { MAX_ENTRIES } from './corpus-walk';
export { corpusConcerns } from './corpus-listing';
export type { ExpandedCorpus } from './corpus-listing';

// Finding and reading corpus files, shared by the CLI and the language server (the walk is in corpus-walk.ts).
// Nothing here throws, and only source file types are ever read, each up to a size limit. Whatever is left out
// is reported: a pattern that selects nothing in `unmatched`, why in `errors`, an unusable file in `skipped`.

export const DEFAULT_CORPUS = ['seeds/**/*.txt', 'seeds/**/*.md', 'seeds/**/*.html', 'seeds/**/*.htm', 'seeds/**/*.docx', 'seeds/**/*.pdf'];
export { MAX_FILE_BYTES, decodeSource, formatOf, readSource, readSources, readSourcesAsync } from './source-reading';
export type { ReadSnapshot, ReadSources, SkippedFile } from './source-reading';


export interface LoadedCorpus {
  corpus: Corpus;
  files: string[];
  skipped: SkippedFile[];
  /** Patterns or paths that matched no file. */
  unmatched: string[];
  /** Patterns refused (malformed, outside the folder, not a source file) or cut short; set by loadCorpus. */
  errors: CorpusError[];
  /** By source uri, what was extracted from each web page, Word file or PDF (its text is the corpus doc's text). */
  extractions?: ReadonlyMap<string, Extraction>;
  /** Whether the analysis came from the on-disk cache. */
  fromCache?: boolean;
  /** Things worth a line in the log (a damaged cache rebuilt, a cache that could not be written). */
  notes?: string[];
  /**
   * Writes the new analysis to the disk cache, when the caller asked to do that itself (`deferCacheWrite`);
   * returns why it failed, if it did.
   */
  writeCache?: () => string | undefined;
  /** `writeCache` made between other work (an editor's), stopped by a cancelled token. */
  writeCacheAsync?: (pause: () => Promise<void>, token?: CancellationToken) => Promise<string | undefined>;
  /** What reading the files found, so the next re-index reads only files changed since (loadCorpusAsync). */
  reads?: ReadSnapshot;
  /** The shared archive's documents it holds were drawn into this (archive/load.ts `LoadedArchive.lineage`). */
  archiveLineage?: object;
  /** What the patterns selected when this corpus was loaded (`files` and the rest before reading), for the next update. */
  expansion?: ExpandedCorpus;
}

/** The files a list of globs or plain paths (file or folder) selects, relative to root. Never throws. */
export function expandCorpus(root: string, patterns: readonly string[], options: CorpusOptions = {}): ExpandedCorpus {
  const ex = new Expansion(root, options);
  const unmatched: string[] = [], matched: number[] = [];
  for (const pattern of patterns) {
    let count = 0;
    try {
      if (typeof pattern !== 'string') ex.error(String(pattern), 'is not a string');
      else count = ex.add(pattern.replace(/^\.\/(?=.)/, ''));
    } catch (e) {
      ex.error(pattern, problemOf(e));
    }
    if (count === 0) unmatched.push(pattern);
    matched.push(count);
  }
  const skipped = [...ex.skipped].map(([p, reason]) => ({ path: p, reason }));
  return { files: [...ex.selected.values()].sort(), unmatched, skipped, errors: ex.errors, walk: { matched, looked: ex.looked, linked: ex.linked } };
}


/**
 * `loadCorpus` with the corpus built in slices, reporting progress (files analysed of all files read), and
 * taken from the on-disk cache when one is given and holds these very sources.
 */
export async function loadCorpusAsync(root: string, patterns: readonly string[], uriOf: (file: string) => string, options: CorpusOptions,
  progress: BuildProgress, cache?: IndexCache, opts: { deferCacheWrite?: boolean; earlierReads?: ReadSnapshot; touched?: ReadonlySet<string>; listedBefore?: ExpandedCorpus } = {}): Promise<LoadedCorpus> {
  const deferCacheWrite = opts.deferCacheWrite ?? false;
  const expanded = listingAfter(root, patterns, options, opts.listedBefore, opts.touched) ?? expandCorpus(root, patterns, options);
  const known = cache?.readExtractions(root, patterns);
  const { sources, skipped, extractions, extracted, reads } = await readSourcesAsync(root, expanded.files, uriOf, options, known, progress, opts.earlierReads, touchedIn(expanded.files, opts.touched));
  const notes: string[] = [];
  // Rewritten when something was extracted or a stored extraction is no longer needed, so it holds only these files.
  if (cache && (extracted || (known && known.size !== extractions.size))) {
    const failed = cache.writeExtractions(root, patterns, extractions);
    if (failed) notes.push(failed);
  }
  const key = cache && sources.length ? cacheKey(sources, extractions) : '';
  // A caller with a corpus in memory (the server re-indexing) lends its analyses: reading the disk's would only
  // cost time, and they hold the same analyses or older ones.
  let corpus = key && !progress.previous ? cache!.read(root, patterns, sources, key) : {};
  if (corpus.problem) notes.push(corpus.problem);
  const fromCache = !!corpus.corpus;
  let writeCache: LoadedCorpus['writeCache'], writeCacheAsync: LoadedCorpus['writeCacheAsync'];
  if (!corpus.corpus) {
    // A cache entry for other versions of these files lends its analyses of the unchanged ones, unless the caller
    // has a corpus of its own to lend (the server's current one).
    const previous = progress.previous ?? corpus.earlier;
    const pool = progress.parallel ? undefined : poolFor(sources.map(s => s.text), options.threads);
    let built: Corpus;
    try {
      built = await Corpus.buildAsync(sources, { ...progress, previous, parallel: progress.parallel ?? pool });
    } finally {
      pool?.close();
    }
    if (built.reused) notes.push(`${built.reused} of ${sources.length} files unchanged since the last index; only the others were analysed`);
    corpus = { corpus: built };
    if (key && deferCacheWrite) {
      writeCache = () => cache!.write(root, patterns, key, built);
      writeCacheAsync = (pause, token) => cache!.writeAsync(root, patterns, key, built, pause, token);
    }
    else if (key) {
      const failed = cache!.write(root, patterns, key, built);
      if (failed) notes.push(failed);
    }
  }
  return { corpus: corpus.corpus!, files: expanded.files, skipped: [...expanded.skipped, ...skipped], unmatched: expanded.unmatched, errors: expanded.errors, fromCache, notes, extractions, writeCache, writeCacheAsync, reads, expansion: expanded };
}

export function loadCorpus(root: string, patterns: readonly string[], uriOf: (file: string) => string = f => f, token?: CancellationToken, options: CorpusOptions = {}): LoadedCorpus {
  const expanded = expandCorpus(root, patterns, options);
  const { sources, skipped } = readSources(root, expanded.files, uriOf, options);
  return { corpus: Corpus.build(sources, token), files: expanded.files, skipped: [...expanded.skipped, ...skipped], unmatched: expanded.unmatched, errors: expanded.errors };
}

