import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { corpusConcerns, loadCorpus, LoadedCorpus } from './corpus-files';
import { Corpus } from './core/corpus';
import { prepareQuoteSearch } from './core/quote-search';
import { StatusParams } from './protocol';

// One corpus per workspace folder (the corpus setting is resource-scoped and its globs are folder-relative).
// A document outside every folder uses its own directory as the root, so `seeds/` beside a lone draft works.

export type CorpusStatus = StatusParams;

export interface FolderCorpus {
  root: string;
  patterns: string[];
  loaded: LoadedCorpus;
  /** Absolute paths of the corpus files, so they are never checked as drafts. */
  files: Set<string>;
  /** Bumped on every re-index, so cached draft analyses know they are stale. */
  generation: number;
}

export function uriToPath(uri: string): string | undefined {
  try { return uri.startsWith('file:') ? fileURLToPath(uri) : undefined; } catch { return undefined; }
}

export class Folders {
  private roots: string[] = [];
  private corpora = new Map<string, FolderCorpus>();
  private generation = 0;

  setRoots(uris: string[]): void {
    this.roots = uris.map(uriToPath).filter((p): p is string => !!p).sort((a, b) => b.length - a.length);
  }

  get rootPaths(): readonly string[] {
    return this.roots;
  }

  /** The folder root a document belongs to. */
  rootFor(uri: string): string | undefined {
    const p = uriToPath(uri);
    if (!p) return this.roots[this.roots.length - 1];
    return this.roots.find(r => p === r || p.startsWith(r + path.sep)) ?? path.dirname(p);
  }

  get(root: string): FolderCorpus | undefined {
    return this.corpora.get(root);
  }

  all(): FolderCorpus[] {
    return [...this.corpora.values()];
  }

  /** (Re)builds the corpus of a root; returns it and a status a person can read. */
  index(root: string, patterns: string[]): { folder: FolderCorpus; status: CorpusStatus } {
    const loaded = loadCorpus(root, patterns, f => pathToFileURL(f).toString());
    prepareQuoteSearch(loaded.corpus);
    const folder: FolderCorpus = { root, patterns, loaded, files: new Set(loaded.files.map(f => path.resolve(f))), generation: ++this.generation };
    this.corpora.set(root, folder);
    return { folder, status: statusOf(folder) };
  }

  /** Whether a created, changed or deleted file belongs to a folder's corpus. */
  affects(folder: FolderCorpus, file: string): boolean {
    return folder.files.has(file) || corpusConcerns(folder.root, folder.patterns, file);
  }

  isCorpusFile(uri: string): boolean {
    const p = uriToPath(uri);
    return !!p && this.all().some(f => f.files.has(path.resolve(p)));
  }
}

export function statusOf(folder: FolderCorpus): CorpusStatus {
  const s = folder.loaded.corpus.stats;
  const skipped = folder.loaded.skipped.map(x => `${x.path} ${x.reason}`);
  const base = { ...s, skipped };
  if (s.documents === 0) {
    const why = folder.loaded.files.length ? 'none of the corpus files could be read' : `no files match ${folder.patterns.join(', ')}`;
    return { ...base, state: 'empty', message: `No sources to check against: ${why} (in ${folder.root}).` };
  }
  const extra = skipped.length ? `; skipped ${skipped.length} unreadable file${skipped.length === 1 ? '' : 's'}` : '';
  return { ...base, state: 'ready', message: `${s.documents} document${s.documents === 1 ? '' : 's'} indexed${extra}.` };
}

export function emptyCorpus(): Corpus {
  return Corpus.empty();
}
