import * as fs from 'node:fs';
import * as path from 'node:path';
import { BuildProgress, Corpus, SourceFile } from './core/index/corpus';
import { CancellationToken, CancelledError, throwIfCancelled } from './core/cancellation';
import { compileGlob, isGlob } from './glob';
import { cacheKey, IndexCache } from './index-cache';
import { poolFor } from './analysis-pool';
import { CorpusError, CorpusOptions, Expansion, labelOf, problemOf, SOURCE_EXT, within } from './corpus-walk';
import { bytesKey, extractSource, Extraction, isExtracted } from './extract';

export type { CorpusError, CorpusOptions } from './corpus-walk';
export { MAX_ENTRIES } from './corpus-walk';

// Finding and reading corpus files, shared by the CLI and the language server (the walk is in corpus-walk.ts).
// Nothing here throws, and only source file types are ever read, each up to a size limit. Whatever is left out
// is reported: a pattern that selects nothing in `unmatched`, why in `errors`, an unusable file in `skipped`.

export const DEFAULT_CORPUS = ['seeds/**/*.txt', 'seeds/**/*.md', 'seeds/**/*.html', 'seeds/**/*.htm', 'seeds/**/*.docx', 'seeds/**/*.pdf'];
/** Largest source file read, so one huge file cannot exhaust memory. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface SkippedFile { path: string; reason: string }

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

/** Reads a source as text (UTF-8, or UTF-16 with a byte order mark), or says why it cannot be used. */
export function readSource(file: string, options: Pick<CorpusOptions, 'maxFileBytes'> = {}): { text: string } | { error: string } {
  const r = readBytes(file, options);
  return 'error' in r ? r : decodeSource(r.bytes);
}

type FileStat = { size: number; mtimeMs: number };

/**
 * Memory that reads of text sources reuse: decoding copies the text out, so one buffer serves every file, and a
 * folder of thousands of small files does not allocate (and collect) a buffer per file.
 */
let scratch = Buffer.allocUnsafeSlow(64 * 1024);

/**
 * A file's bytes, up to the size limit, with its size and time of change as the open file gave them, or why they
 * cannot be had. With `reuse`, the bytes lie in memory the next read overwrites: for callers that copy them out.
 */
function readBytes(file: string, options: Pick<CorpusOptions, 'maxFileBytes'>, reuse = false): { bytes: Buffer; stat?: FileStat } | { error: string; stat?: FileStat } {
  const max = options.maxFileBytes ?? MAX_FILE_BYTES;
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    // Only a regular file's size and time are worth remembering (statOf's rule).
    const st = fs.fstatSync(fd), stat = st.isFile() ? { size: st.size, mtimeMs: st.mtimeMs } : undefined;
    if (st.isDirectory()) return { error: 'is a folder' };
    if (st.isFile() && st.size > max) return { error: tooLarge(st.size, max), stat };
    // Read to the end, not to the size: the file can grow or shrink meanwhile, and a pipe has no size.
    let buffer = reuse ? scratch : Buffer.allocUnsafe(st.isFile() ? st.size + 1 : 64 * 1024), length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > max) break;
        const bigger = Buffer.allocUnsafeSlow(buffer.length * 2);
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
        if (reuse) scratch = bigger;
      }
      const n = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    // The size can change between the check and the read.
    if (length > max) return { error: tooLarge(length, max), stat };
    return { bytes: buffer.subarray(0, length), stat };
  } catch (e) {
    return { error: problemOf(e) };
  } finally {
    if (fd !== undefined) try { fs.closeSync(fd); } catch { /* already reported or harmless */ }
  }
}

function tooLarge(size: number, max: number): string {
  const sizeText = (n: number) => n >= 1024 * 1024 ? `${Math.round(n / 1024 / 102.4) / 10} MB` : n >= 1024 ? `${Math.round(n / 102.4) / 10} KB` : `${n} bytes`;
  return `is larger than ${sizeText(max)}, the limit for one source file (it has ${sizeText(size)})`;
}

/** Text from bytes. The byte order mark comes first: UTF-16 text is full of zero bytes but is not binary. */
export function decodeSource(bytes: Uint8Array): { text: string } | { error: string } {
  const bom = (...b: number[]) => b.every((x, i) => bytes[i] === x);
  if (bom(0xff, 0xfe, 0, 0) || bom(0, 0, 0xfe, 0xff)) return { error: 'is UTF-32 text, which is not read; save it as UTF-8' };
  const encoding = bom(0xff, 0xfe) ? 'utf-16le' : bom(0xfe, 0xff) ? 'utf-16be' : undefined;
  if (!encoding && bytes.subarray(0, 8000).includes(0)) return { error: 'is a binary file' };
  try {
    return { text: new TextDecoder(encoding ?? 'utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { error: encoding ? 'is not valid UTF-16' : 'is not valid UTF-8' };
  }
}

export function formatOf(file: string): 'markdown' | 'plaintext' {
  return /\.(?:md|markdown)$/i.test(file) ? 'markdown' : 'plaintext';
}

/** Reads a list of files into sources, skipping what cannot be read. */
export function readSources(root: string, files: readonly string[], uriOf: (file: string) => string, options: CorpusOptions = {}): { sources: SourceFile[]; skipped: SkippedFile[] } {
  const sources: SourceFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const file of files) {
    const label = labelOf(root, file);
    try {
      // Extraction is asynchronous (a Word file is unzipped); only loadCorpusAsync, the CLI's and server's way, does it.
      const r = isExtracted(file) ? { error: 'is a web page, Word file or PDF, which only the asynchronous loader extracts' } : readSource(file, options);
      if ('error' in r) skipped.push({ path: label, reason: r.error });
      else sources.push({ uri: uriOf(file), label, text: r.text, format: formatOf(file) });
    } catch (e) {
      skipped.push({ path: label, reason: problemOf(e) });
    }
  }
  return { sources, skipped };
}

/** What reading each file gave, by path, with the size and time of change it had: a re-read takes what is unchanged. */
export type ReadSnapshot = Map<string, { size: number; mtimeMs: number; source?: SourceFile; extraction?: Extraction & { key: string }; skipped?: SkippedFile }>;

export interface ReadSources {
  /** What this reading found, for the next one. */
  reads: ReadSnapshot;
  sources: SourceFile[];
  skipped: SkippedFile[];
  /** By uri: what each web page, Word file or PDF gave, and the key of its bytes (so a changed file re-extracts). */
  extractions: Map<string, Extraction & { key: string }>;
  /** How many files were extracted (or tried, when they could not be) now rather than taken from `known`. */
  extracted: number;
}

/**
 * `readSources` for every source type: web pages, Word files and PDFs are extracted (extract/), or taken from `known`,
 * earlier extractions by the key of the file's bytes, when the bytes are the same.
 */
export async function readSourcesAsync(root: string, files: readonly string[], uriOf: (file: string) => string, options: CorpusOptions = {},
  known: ReadonlyMap<string, Extraction> = new Map(), progress: Pick<BuildProgress, 'token' | 'pause'> = {}, earlier?: ReadSnapshot,
  touched?: ReadonlySet<string>): Promise<ReadSources> {
  const out: ReadSources = { reads: new Map(), sources: [], skipped: [], extractions: new Map(), extracted: 0 };
  for (const file of files) {
    const label = labelOf(root, file);
    // A file whose size and time of change are those of the last reading is not read again (a re-index after one
    // file changed would otherwise read the whole folder). When the caller knows which files changed (an editor's
    // file watcher), the others are not even looked at.
    const trusted = touched && !touched.has(file) ? earlier?.get(file) : undefined;
    const before = earlier?.get(file);
    // Without an earlier reading to compare with, the size and time of change come from the read itself.
    let st = trusted ?? (before ? statOf(file) : undefined);
    if (st && before && before.size === st.size && before.mtimeMs === st.mtimeMs && (before.source?.label ?? before.skipped?.path) === label) {
      if (before.source) out.sources.push(before.source);
      if (before.extraction && before.source) out.extractions.set(before.source.uri, before.extraction);
      if (before.skipped) out.skipped.push(before.skipped);
      out.reads.set(file, before);
      continue;
    }
    const remember = (outcome: { source?: SourceFile; extraction?: Extraction & { key: string }; skipped?: SkippedFile }) => {
      if (st) out.reads.set(file, { size: st.size, mtimeMs: st.mtimeMs, ...outcome });
      if (outcome.source) out.sources.push(outcome.source);
      if (outcome.skipped) out.skipped.push(outcome.skipped);
      if (outcome.source && outcome.extraction) out.extractions.set(outcome.source.uri, outcome.extraction);
    };
    try {
      // Text is decoded out of the bytes at once, so its read reuses memory; an extractor keeps the bytes.
      const extracted = isExtracted(file);
      const r = readBytes(file, options, !extracted);
      st ??= r.stat;
      if ('error' in r) { remember({ skipped: { path: label, reason: r.error } }); continue; }
      if (!extracted) {
        const d = decodeSource(r.bytes);
        if ('error' in d) remember({ skipped: { path: label, reason: d.error } });
        else remember({ source: { uri: uriOf(file), label, text: d.text, format: formatOf(file) } });
        continue;
      }
      const key = bytesKey(r.bytes);
      const cached = known.get(key);
      let ex: Extraction | { error: string } | undefined = cached;
      if (!ex) {
        // Extracting takes milliseconds a file (a Word file is unzipped and parsed), a long PDF longer: a newer
        // re-index may cancel it, and the server answers hovers between files and between a PDF's pages.
        throwIfCancelled(progress.token);
        ex = await extractSource(file, r.bytes, progress);
        out.extracted++;
        await progress.pause?.();
      }
      if ('error' in ex) { remember({ skipped: { path: label, reason: ex.error } }); continue; }
      if (!ex.text.trim()) { remember({ skipped: { path: label, reason: 'has no text to read' } }); continue; }
      remember({ source: { uri: uriOf(file), label, text: ex.text, format: 'plaintext' }, extraction: { ...ex, key } });
    } catch (e) {
      if (e instanceof CancelledError) throw e;
      // Not remembered: a file that failed to read for a passing reason is read again next time.
      out.skipped.push({ path: label, reason: problemOf(e) });
    }
  }
  return out;
}

/**
 * The changed paths a watcher reported, when they can be trusted to name the corpus's files as the walk does: each
 * one that still exists is one of `files`. A path in another form (another case, a link) would let a changed file
 * pass for unchanged, so then every file is looked at.
 */
function touchedIn(files: readonly string[], touched?: ReadonlySet<string>): ReadonlySet<string> | undefined {
  if (!touched) return undefined;
  const listed = new Set(files);
  for (const p of touched) if (!listed.has(p) && fs.existsSync(p)) return undefined;
  return touched;
}

function statOf(file: string): { size: number; mtimeMs: number } | undefined {
  try {
    const st = fs.statSync(file);
    return st.isFile() ? { size: st.size, mtimeMs: st.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `loadCorpus` with the corpus built in slices, reporting progress (files analysed of all files read), and
 * taken from the on-disk cache when one is given and holds these very sources.
 */
export async function loadCorpusAsync(root: string, patterns: readonly string[], uriOf: (file: string) => string, options: CorpusOptions,
  progress: BuildProgress, cache?: IndexCache, opts: { deferCacheWrite?: boolean; earlierReads?: ReadSnapshot; touched?: ReadonlySet<string> } = {}): Promise<LoadedCorpus> {
  const deferCacheWrite = opts.deferCacheWrite ?? false;
  const expanded = expandCorpus(root, patterns, options);
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
  return { corpus: corpus.corpus!, files: expanded.files, skipped: [...expanded.skipped, ...skipped], unmatched: expanded.unmatched, errors: expanded.errors, fromCache, notes, extractions, writeCache, writeCacheAsync, reads };
}

export function loadCorpus(root: string, patterns: readonly string[], uriOf: (file: string) => string = f => f, token?: CancellationToken, options: CorpusOptions = {}): LoadedCorpus {
  const expanded = expandCorpus(root, patterns, options);
  const { sources, skipped } = readSources(root, expanded.files, uriOf, options);
  return { corpus: Corpus.build(sources, token), files: expanded.files, skipped: [...expanded.skipped, ...skipped], unmatched: expanded.unmatched, errors: expanded.errors };
}

