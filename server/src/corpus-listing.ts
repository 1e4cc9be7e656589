import * as fs from 'node:fs';
import * as path from 'node:path';
import { compileGlob, isGlob } from './glob';
import { codeOf, CorpusError, CorpusOptions, MAX_ENTRIES, SKIP_DIRS, SOURCE_EXT, within } from './corpus-walk';
import type { SkippedFile } from './source-reading';

// Which files a corpus's patterns select after a file watcher reported some paths: the listing from before with
// the reported files taken in or out, where that is certainly what walking the folders again would give. Walking
// 6,077 files (10 MB of sources) cost 20-40 ms on every file saved, added or deleted. Anything unusual (a link
// anywhere in the walk, a file skipped or a pattern refused, a new folder, a pattern that would gain its first
// file or lose its last) is left to a new walk.

export interface ExpandedCorpus {
  files: string[];
  /** Patterns or paths that selected no file. */
  unmatched: string[];
  /** Files a pattern selected that are not read (links leading outside, unreadable folders). */
  skipped: SkippedFile[];
  /** Why patterns were refused or stopped short. */
  errors: CorpusError[];
  /**
   * How the walk went, for `listingAfter`: per pattern, how many files it matched; how many files and folders were
   * looked at; whether a symbolic link was met.
   */
  walk?: { matched: number[]; looked: number; linked: boolean };
}

/**
 * The listing after the files in `touched` were changed, created or deleted, made from the listing before without
 * a walk; undefined when only a walk can tell. The result is the listing a walk would give: the same files in the
 * same order, the same unmatched patterns.
 */
export function listingAfter(root: string, patterns: readonly string[], options: CorpusOptions, before: ExpandedCorpus | undefined,
  touched: ReadonlySet<string> | undefined): ExpandedCorpus | undefined {
  if (!before || !touched || touched.size === 0) return undefined;
  const listed = new Set(before.files);
  const walk = before.walk;
  // Only a plain walk can be updated by hand: with a link, one file may stand at two paths; with a skipped file
  // or an error, a new file may change what is said about another.
  const plain = !!walk && walk.matched.length === patterns.length && !walk.linked && !before.skipped.length && !before.errors.length;
  const added: string[] = [], gone = new Set<string>();
  let folders: Set<string> | undefined;
  for (const p of touched) {
    const kind = kindOf(p);
    if (kind === 'unknown') return undefined;
    if (listed.has(p)) {
      if (kind === 'file') continue; // changed in place
      if (kind !== 'missing' || !plain) return undefined;
      gone.add(p);
      continue;
    }
    if (kind !== 'file' || !plain || !takenByWalk(root, patterns, p)) return undefined;
    // Beside a listed file, so a walk reaches its folder; a file in a new folder is left to a walk.
    folders ??= new Set(before.files.map(f => path.dirname(f)));
    if (!folders.has(path.dirname(p))) return undefined;
    added.push(p);
  }
  if (!added.length && !gone.size) return before;
  const matched = [...walk!.matched];
  const count = (p: string, by: 1 | -1) => patterns.forEach((pattern, i) => { if (corpusConcerns(root, [pattern], p, options)) matched[i] += by; });
  added.forEach(p => count(p, 1));
  gone.forEach(p => count(p, -1));
  // A pattern that gains its first file or loses its last changes what is unmatched: a walk says it.
  if (matched.some((n, i) => (n === 0) !== (walk!.matched[i] === 0))) return undefined;
  if (added.some(p => !patterns.some(pattern => corpusConcerns(root, [pattern], p, options)))) return undefined;
  // Each pattern's walk may look at a new file once; past the budget, a walk would stop short.
  const looked = walk!.looked + added.length * patterns.length;
  if (looked > (options.maxEntries ?? MAX_ENTRIES)) return undefined;
  const files = before.files.filter(f => !gone.has(f)).concat(added).sort();
  return { ...before, files, walk: { matched, looked, linked: false } };
}

function kindOf(p: string): 'file' | 'missing' | 'other' | 'unknown' {
  try {
    return fs.lstatSync(p).isFile() ? 'file' : 'other';
  } catch (e) {
    return codeOf(e) === 'ENOENT' ? 'missing' : 'unknown';
  }
}

/** Whether a walk from the root takes a file at all: a source file inside the root, under no folder walks skip. */
function takenByWalk(root: string, patterns: readonly string[], p: string): boolean {
  const rootAbs = path.resolve(root);
  if (!SOURCE_EXT.test(p) || !within(rootAbs, p)) return false;
  // A pattern that names an existing path is read as that path, not as a glob (corpus-walk.ts): a file that
  // takes a pattern's name changes how the pattern is read.
  if (patterns.some(pattern => path.resolve(rootAbs, pattern) === p)) return false;
  return !path.relative(rootAbs, path.dirname(p)).split(path.sep).some(part => SKIP_DIRS.has(part));
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
