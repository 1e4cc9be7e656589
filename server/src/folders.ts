import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { corpusConcerns, loadCorpus, loadCorpusAsync, LoadedCorpus } from './corpus-files';
import { BuildProgress, Corpus } from './core/index/corpus';
import { IndexCache } from './index-cache';
import { prepareQuoteSearch } from './core/index/quote-search';
import { prepareDossier } from './core/features/dossier-facts';
import { StatusParams } from './protocol';
import { Lang } from './core/types';
import { say } from './core/messages/catalogue';
import { reasonIn } from './core/messages/notices';
import { ArchiveStatus } from './archive-link';
import { corpusWithArchive, LoadedArchive } from './archive/load';

// One corpus per workspace folder (the corpus setting is resource-scoped and its globs are folder-relative).
// A document outside every folder is checked against the first folder's corpus; only with no folder open
// (single-file mode) does its own directory become the root, so `seeds/` beside a lone draft works. Walks start
// at each glob's fixed prefix, so that root is never walked as a whole.

export type CorpusStatus = StatusParams;

export interface FolderCorpus {
  root: string;
  patterns: string[];
  /** Whether the patterns could reach outside the folder (user settings or a trusted workspace). */
  allowOutside: boolean;
  loaded: LoadedCorpus;
  /** Absolute paths of the corpus files, so they are never checked as drafts. */
  files: Set<string>;
  /** Bumped on every re-index, so cached draft analyses know they are stale. */
  generation: number;
  /** The shared archive checked beside the local sources, when the folder's settings name one. */
  archive?: ArchiveStatus;
  /** How many documents drawn from the archive the corpus holds: fewer than the working set has means a re-index is due. */
  drawn?: number;
}

export function uriToPath(uri: string): string | undefined {
  try { return uri.startsWith('file:') ? fileURLToPath(uri) : undefined; } catch { return undefined; }
}

export class Folders {
  private roots: string[] = [];
  /** The folders in the order the client gave them; the first is where outside drafts go. */
  private ordered: string[] = [];
  private corpora = new Map<string, FolderCorpus>();
  private generation = 0;

  setRoots(uris: string[]): void {
    this.ordered = uris.map(uriToPath).filter((p): p is string => !!p);
    this.roots = [...this.ordered].sort((a, b) => b.length - a.length);
  }

  get rootPaths(): readonly string[] {
    return this.roots;
  }

  /** The folder root a document belongs to. */
  rootFor(uri: string): string | undefined {
    const p = uriToPath(uri);
    if (!p) return this.ordered[0];
    return this.roots.find(r => p === r || p.startsWith(r + path.sep)) ?? this.ordered[0] ?? path.dirname(p);
  }

  get(root: string): FolderCorpus | undefined {
    return this.corpora.get(root);
  }

  all(): FolderCorpus[] {
    return [...this.corpora.values()];
  }

  /** (Re)builds the corpus of a root; returns it and a status a person can read. */
  index(root: string, patterns: string[], options: { allowOutside: boolean } = { allowOutside: false }): { folder: FolderCorpus; status: CorpusStatus } {
    return this.settle(root, patterns, options, loadCorpus(root, patterns, f => pathToFileURL(f).toString(), undefined, options));
  }

  /**
   * `index` in slices, with progress: the server's way, so hover and definition are answered meanwhile. The disk
   * cache is written when the caller calls the result's `loaded.writeCache`, after the corpus is in use. `touched`:
   * the paths a file watcher reported since the corpus was last read; the other files are taken as they were.
   */
  async indexAsync(root: string, patterns: string[], options: { allowOutside: boolean }, progress: BuildProgress, cache?: IndexCache, archive?: ArchiveStatus,
    touched?: ReadonlySet<string>): Promise<{ folder: FolderCorpus; status: CorpusStatus }> {
    const current = this.corpora.get(root);
    // The same patterns and the watcher's word for which files changed: the listing may be taken as it was.
    const listedBefore = current && current.patterns.join('\n') === patterns.join('\n') && current.allowOutside === options.allowOutside ? current.loaded.expansion : undefined;
    return this.settle(root, patterns, options, await loadCorpusAsync(root, patterns, f => pathToFileURL(f).toString(), options, progress, cache,
      { deferCacheWrite: true, earlierReads: current?.loaded.reads, touched, listedBefore }), archive);
  }

  /**
   * A folder's corpus made of a shared archive's documents and its own sources (see archive/load.ts): an update of
   * the folder's corpus when that was built from the same working set, which has only grown since.
   */
  async indexWithArchive(root: string, patterns: string[], options: { allowOutside: boolean }, progress: BuildProgress,
    archive: LoadedArchive, status: ArchiveStatus): Promise<{ folder: FolderCorpus; status: CorpusStatus }> {
    const current = this.corpora.get(root)?.loaded;
    // The archive's counts include every document drawn: those new to the working set are not counted again.
    const earlier = current?.archiveLineage === archive.lineage ? current.corpus.earlier() : undefined;
    const before = earlier && { ...earlier, counts: () => current!.corpus.vocabularyCounts().countedAlready(archive.sources) };
    const loaded = await corpusWithArchive(archive, { root, patterns, allowOutside: options.allowOutside, earlierReads: current?.reads }, { ...progress, updatable: true }, before);
    return this.settle(root, patterns, options, loaded, status, archive.sources.length);
  }

  private settle(root: string, patterns: string[], options: { allowOutside: boolean }, loaded: LoadedCorpus, archive?: ArchiveStatus, drawn?: number): { folder: FolderCorpus; status: CorpusStatus } {
    // Part of indexing, so neither the first quote check nor the first hover waits for them (each a fifth of a
    // second or so at 10 MB of sources). The quote search's index is updated from the one before; the hover's
    // tables are not, so a re-index leaves them to its caller (the server makes them once the drafts are re-checked).
    const before = this.corpora.get(root)?.loaded.corpus;
    prepareQuoteSearch(loaded.corpus, before);
    if (!before) prepareDossier(loaded.corpus);
    const folder: FolderCorpus = { root, patterns, allowOutside: options.allowOutside, loaded, files: new Set(loaded.files.map(f => (path.isAbsolute(f) ? f : path.resolve(f)))), generation: ++this.generation, ...(archive ? { archive } : {}), ...(drawn !== undefined ? { drawn } : {}) };
    this.corpora.set(root, folder);
    return { folder, status: statusOf(folder) };
  }

  /** An empty corpus for a root whose indexing failed, so drafts there say so instead of waiting forever. */
  empty(root: string, patterns: string[]): FolderCorpus {
    const folder: FolderCorpus = {
      root, patterns, allowOutside: false, files: new Set(), generation: ++this.generation,
      loaded: { corpus: Corpus.empty(), files: [], skipped: [], unmatched: [...patterns], errors: [] },
    };
    this.corpora.set(root, folder);
    return folder;
  }

  /** Whether a created, changed or deleted file (or a deleted folder holding corpus files) belongs to a folder's corpus. */
  affects(folder: FolderCorpus, file: string): boolean {
    return folder.files.has(file) || corpusConcerns(folder.root, folder.patterns, file, { allowOutside: folder.allowOutside });
  }

  isCorpusFile(uri: string): boolean {
    const p = uriToPath(uri);
    return !!p && this.isCorpusPath(p);
  }

  isCorpusPath(file: string): boolean {
    const p = path.resolve(file);
    return this.all().some(f => f.files.has(p));
  }
}

/** The status of a folder's corpus, its words in `lang` (the editor's language; English in the log). */
export function statusOf(folder: FolderCorpus, lang: Lang = 'en'): CorpusStatus {
  const s = folder.loaded.corpus.stats;
  const skipped = folder.loaded.skipped.map(x => say(lang, 'status.skipped-file', { file: x.path, reason: reasonIn(lang, x.reason) }));
  const base = { ...s, skipped, ...(folder.archive ? { archive: folder.archive } : {}) };
  const errors = folder.loaded.errors.map(e => reasonIn(lang, e.message));
  if (s.documents === 0) {
    const why = errors.length ? errors.join('; ')
      : folder.loaded.files.length ? say(lang, 'status.none-readable') : say(lang, 'status.no-match', { patterns: folder.patterns.join(', ') });
    return { ...base, state: 'empty', message: say(lang, 'status.empty', { why, folder: folder.root }) };
  }
  const n = skipped.length;
  const a = folder.archive;
  const archive = !a ? '' : a.state === 'connected' ? `; ${say(lang, 'status.archive', { address: a.address, n: a.documents ?? 0 })}`
    : `; ${say(lang, 'status.archive-unreachable', { address: a.address, reason: a.message ?? '' })}`;
  const extra = (n ? `; ${say(lang, n === 1 ? 'status.skipped.one' : 'status.skipped', { n })}` : '') + errors.map(e => `; ${e}`).join('') + archive;
  return { ...base, state: 'ready', message: `${say(lang, s.documents === 1 ? 'status.ready.one' : 'status.ready', { n: s.documents })}${extra}.` };
}

export function emptyCorpus(): Corpus {
  return Corpus.empty();
}
