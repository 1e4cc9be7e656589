import * as fs from 'node:fs';
import * as path from 'node:path';
import { BuildProgress, Corpus } from './core/index/corpus';
import { CancellationToken } from './core/cancellation';
import { compileGlob, isGlob } from './glob';
import { cacheKey, IndexCache } from './index-cache';
import { poolFor } from './analysis-pool';
import { CorpusError, CorpusOptions, Expansion, problemOf, SOURCE_EXT, within } from './corpus-walk';
import { readSources, readSourcesAsync, ReadSnapshot, SkippedFile, touchedIn } from './source-reading';
import type { Extraction } from './extract';

export type { CorpusError, CorpusOptions } from './corpus-walk';
export { MAX_ENTRIES } from './corpus-walk';

// Finding and reading corpus files, shared by the CLI and the language server (the walk is in corpus-walk.ts).
// Nothing here throws, and only source file types are ever read, each up to a size limit. Whatever is left out
// is reported: a pattern that selects nothing in `unmatched`, why in `errors`, an unusable file in `skipped`.

export const DEFAULT_CORPUS = ['seeds/**/*.txt', 'seeds/**/*.md', 'seeds/**/*.html', 'seeds/**/*.htm', 'seeds/**/*.docx', 'seeds/**/*.pdf'];
export { MAX_FILE_BYTES, decodeSource, formatOf, readSource, readSources, readSourcesAsync } from './source-reading';
export type { ReadSnapshot, ReadSources, SkippedFile } from './source-reading';

export interface ExpandedCorpus {
  files: string[];
  /** Patterns or paths that selected no file. */
  unmatched: string[];
  /** Files a pattern selected that are not read (links leading outside, unreadable folders). */
  skipped: SkippedFile[];
  /** Why patterns were refused or stopped short. */
  errors: CorpusError[];
  /** Whether the analysis came from the on-disk cache. */
  fromCache?: boolean;
  /** Things worth a line in the log (a damaged cache rebuilt, a cache that could not be written). */
  notes?: string[];
}

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

/**
 * The expansion of a corpus loaded before, when an update may take it as it is: the watcher reported only files
 * that were listed and still are plain files (changed in place), so the patterns select the same files. Walking
 * the folder again cost 20-100 ms at 10 MB (6,077 files) on every saved source. A file created or deleted, a
 * folder, a link: the patterns are expanded again.
 */
export function sameListing(before: ExpandedCorpus | undefined, touched: ReadonlySet<string> | undefined): ExpandedCorpus | undefined {
  if (!before || !touched || touched.size === 0) return undefined;
  const listed = new Set(before.files);
  for (const p of touched) {
    if (!listed.has(p)) return undefined;
    try {
      if (!fs.lstatSync(p).isFile()) return undefined;
    } catch {
      return undefined;
    }
  }
  return before;
}

/** The files a list of globs or plain paths (file or folder) selects, relative to root. Never throws. */
export function expandCorpus(root: string, patterns: readonly string[], options: CorpusOptions = {}): ExpandedCorpus {
  const ex = new Expansion(root, options);
  const unmatched: string[] = [];
  for (const pattern of patterns) {
    let count = 0;
    try {
      if (typeof pattern !== 'string') ex.error(String(pattern), 'is not a string');
      else count = ex.add(pattern.replace(/^\.\/(?=.)/, ''));
    } catch (e) {
      ex.error(pattern, problemOf(e));
    }
    if (count === 0) unmatched.push(pattern);
  }
  const skipped = [...ex.skipped].map(([p, reason]) => ({ path: p, reason }));
  return { files: [...ex.selected.values()].sort(), unmatched, skipped, errors: ex.errors };
}

/** Whether a created, changed or deleted path concerns a corpus: one of its files, or a folder holding them. */
export function corpusConcerns(root: string, patterns: readonly string[], file: string, options: CorpusOptions = {}): boolean {
  try {
    const rootAbs = path.resolve(root), abs = path.resolve(rootAbs, file);
    if (!options.allowOutside && !within(rootAbs, abs)) return false;
    const source = SOURCE_EXT.test(abs);
    // A name with another extension is a file that is never read; a name without one may be a folder.
    const folderLike = !source && !/\.[^.]+$/.test(path.basename(abs));
    const concerns = (base: string, inBase: (rel: string) => boolean) => {
      const b = path.resolve(rootAbs, base || '.');
      if (within(abs, b)) return true; // the folder that holds the corpus (or one above it) came or went
      return within(b, abs) && inBase(path.relative(b, abs).split(path.sep).join('/'));
    };
    return patterns.some(p => {
      const pattern = p.replace(/^\.\/(?=.)/, '');
      if (!isGlob(pattern)) return concerns(pattern, () => source || folderLike);
      const glob = cachedGlob(pattern);
      return !('error' in glob) && glob.branches.some(b => concerns(b.base, rel => (source ? b.matches(rel) : folderLike && b.mayContain(rel))));
    });
  } catch {
    return false;
  }
}

const globCache = new Map<string, ReturnType<typeof compileGlob>>();
function cachedGlob(pattern: string): ReturnType<typeof compileGlob> {
  let g = globCache.get(pattern);
  if (!g) {
    if (globCache.size >= 256) globCache.clear();
    globCache.set(pattern, (g = compileGlob(pattern)));
  }
  return g;
}

/**
 * `loadCorpus` with the corpus built in slices, reporting progress (files analysed of all files read), and
 * taken from the on-disk cache when one is given and holds these very sources.
 */
export async function loadCorpusAsync(root: string, patterns: readonly string[], uriOf: (file: string) => string, options: CorpusOptions,
  progress: BuildProgress, cache?: IndexCache, opts: { deferCacheWrite?: boolean; earlierReads?: ReadSnapshot; touched?: ReadonlySet<string>; listedBefore?: ExpandedCorpus } = {}): Promise<LoadedCorpus> {
  const deferCacheWrite = opts.deferCacheWrite ?? false;
  const expanded = sameListing(opts.listedBefore, opts.touched) ?? expandCorpus(root, patterns, options);
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

