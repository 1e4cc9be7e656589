import * as fs from 'node:fs';
import * as path from 'node:path';
import { compileGlob, Glob, isGlob } from './glob';

// How corpus patterns become files (used by corpus-files.ts). Patterns come from settings and folders from
// anywhere, so nothing here is unbounded: a glob's walk starts at its literal folder and stops after a number
// of entries, links are followed once each (by real path), and paths or links leading outside the root folder
// are refused unless allowed. Whatever is left out is recorded with a reason a person can read.

export const SOURCE_EXT = /\.(?:txt|md|markdown|html?|docx|pdf)$/i;
const SOURCE_TYPES = '.txt, .md, .markdown, .html, .htm, .docx or .pdf';
export const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist', '.vscode-test']);
/** Files and folders one expansion looks at before it stops, so a pattern over a huge tree cannot hang. */
export const MAX_ENTRIES = 200_000;

export interface CorpusOptions {
  /** Read paths, patterns and links leading outside the root folder (default false). */
  allowOutside?: boolean;
  maxEntries?: number;
  maxFileBytes?: number;
  /** Threads that analyse the files (analysis-pool.ts): 0 analyses on the calling thread; default one per core. */
  threads?: number;
}

/** A pattern that could not be used as given; `message` is a sentence that names it. */
export interface CorpusError { pattern: string; message: string }

interface Candidate { abs: string; rel: string; real: string; refused?: string }
interface Walk { files: Candidate[]; truncated: boolean }

/** The state of one expansion: what is selected so far, the entry budget and walks already made. */
export class Expansion {
  readonly rootAbs: string;
  readonly realRoot: string;
  readonly selected = new Map<string, string>();
  readonly skipped = new Map<string, string>();
  readonly errors: CorpusError[] = [];
  private readonly walks = new Map<string, Walk>();
  private budget: number;
  /** Whether a walk met a symbolic link: then one file can stand at two paths, and a new file can change another's fate. */
  linked = false;

  constructor(root: string, readonly options: CorpusOptions) {
    this.rootAbs = path.resolve(root);
    this.realRoot = realpath(this.rootAbs) ?? this.rootAbs;
    this.budget = options.maxEntries ?? MAX_ENTRIES;
  }

  /** How many files and folders the walks looked at (the budget's measure). */
  get looked(): number {
    return (this.options.maxEntries ?? MAX_ENTRIES) - Math.max(0, this.budget);
  }

  error(pattern: string, message: string): void {
    this.errors.push({ pattern, message: `corpus pattern ${JSON.stringify(pattern)} ${message}` });
  }

  skip(abs: string, reason: string): void {
    this.skipped.set(labelOf(this.rootAbs, abs), reason);
  }

  outside(abs: string, real?: string): boolean {
    return !this.options.allowOutside && (!within(this.rootAbs, abs) || (real !== undefined && !within(this.realRoot, real)));
  }

  /** Selects the files of one pattern; returns how many it matched (refused ones included, as they are reported). */
  add(pattern: string): number {
    if (!isGlob(pattern) || fs.existsSync(path.resolve(this.rootAbs, pattern))) return this.addPath(pattern);
    const glob = compileGlob(pattern);
    if ('error' in glob) { this.errors.push({ pattern, message: glob.error }); return 0; }
    return this.addGlob(pattern, glob);
  }

  private addPath(pattern: string): number {
    const abs = path.resolve(this.rootAbs, pattern);
    if (this.outside(abs)) { this.error(pattern, 'is outside the workspace folder, so it is not read'); return 0; }
    const found = this.folderOrFile(pattern, abs);
    if (!found) return 0;
    if (found.dir) return this.take(pattern, this.walk(abs, found.real), () => true);
    if (!SOURCE_EXT.test(abs)) { this.error(pattern, `is not a source file (${SOURCE_TYPES}), so it is not read`); return 0; }
    this.select(abs, found.real);
    return 1;
  }

  private addGlob(pattern: string, glob: Glob): number {
    let count = 0;
    for (const branch of glob.branches) {
      const base = path.resolve(this.rootAbs, branch.base || '.');
      if (this.outside(base)) { this.error(pattern, 'points outside the workspace folder, so it is not read'); continue; }
      const found = this.folderOrFile(pattern, base);
      if (!found) continue;
      if (!found.dir) { this.error(pattern, `needs ${labelOf(this.rootAbs, base)} to be a folder, but it is a file`); continue; }
      count += this.take(pattern, this.walk(base, found.real), rel => branch.matches(rel));
    }
    return count;
  }

  /** Stats a path named by a pattern; a missing one is simply unmatched, any other failure is an error. */
  private folderOrFile(pattern: string, abs: string): { dir: boolean; real: string } | undefined {
    let st: fs.Stats;
    try { st = fs.statSync(abs); } catch (e) {
      if (codeOf(e) !== 'ENOENT') this.error(pattern, problemOf(e));
      return undefined;
    }
    const real = realpath(abs) ?? abs;
    if (this.outside(abs, real)) { this.error(pattern, 'leads outside the workspace folder through a link, so it is not read'); return undefined; }
    if (st.isDirectory() || st.isFile()) return { dir: st.isDirectory(), real };
    this.error(pattern, 'is neither a file nor a folder');
    return undefined;
  }

  private take(pattern: string, walk: Walk, matches: (rel: string) => boolean): number {
    let count = 0;
    for (const f of walk.files) {
      if (!SOURCE_EXT.test(f.abs) || !matches(f.rel)) continue;
      count++;
      if (f.refused) this.skip(f.abs, f.refused); else this.select(f.abs, f.real);
    }
    if (walk.truncated) this.error(pattern, `was cut short after looking at ${this.options.maxEntries ?? MAX_ENTRIES} files and folders; the corpus may be incomplete, so narrow the pattern`);
    return count;
  }

  /** The first path that reaches a file wins, so a file and a link to it are read once. */
  private select(abs: string, real: string): void {
    if (!this.selected.has(real)) this.selected.set(real, abs);
  }

  /** Every file under a folder, following links once each by real path, within the entry budget. */
  private walk(dir: string, dirReal: string): Walk {
    const cached = this.walks.get(dir);
    if (cached) return cached;
    const result: Walk = { files: [], truncated: false };
    this.walks.set(dir, result);
    const visited = new Set([dirReal]);
    const stack = [{ abs: dir, real: dirReal, rel: '' }];
    while (stack.length) {
      const d = stack.pop()!;
      let entries: fs.Dirent[];
      try { entries = fs.readdirSync(d.abs, { withFileTypes: true }); } catch (e) { this.skip(d.abs, problemOf(e)); continue; }
      entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0)); // reversed: the stack pops in name order
      for (const e of entries) {
        if (--this.budget < 0) { result.truncated = true; return result; }
        const abs = path.join(d.abs, e.name), rel = d.rel ? `${d.rel}/${e.name}` : e.name;
        let real = path.join(d.real, e.name), isDir = e.isDirectory(), isFile = e.isFile();
        if (e.isSymbolicLink()) {
          this.linked = true;
          const target = this.follow(abs, e.name);
          if (!target) continue;
          ({ real, isDir, isFile } = target);
          if (this.outside(abs, real)) {
            if (isDir && !SKIP_DIRS.has(e.name)) this.skip(abs, 'is a link to a folder outside the workspace folder; not followed');
            else if (isFile) result.files.push({ abs, rel, real, refused: 'is a link to a file outside the workspace folder' });
            continue;
          }
        }
        if (isFile) result.files.push({ abs, rel, real });
        else if (isDir && !SKIP_DIRS.has(e.name)) {
          // A link to a folder holding it would lead round in a circle; the visited set stops longer circles.
          if (e.isSymbolicLink() && within(real, d.real)) this.skip(abs, 'is a link back to a folder that contains it (a loop); not followed');
          else if (!visited.has(real)) { visited.add(real); stack.push({ abs, real, rel }); }
        }
      }
    }
    return result;
  }

  private follow(abs: string, name: string): { real: string; isDir: boolean; isFile: boolean } | undefined {
    try {
      const real = fs.realpathSync(abs);
      const st = fs.statSync(real);
      return { real, isDir: st.isDirectory(), isFile: st.isFile() };
    } catch (e) {
      // A dangling link is worth a word only where a source file was expected.
      if (SOURCE_EXT.test(name)) this.skip(abs, codeOf(e) === 'ELOOP' ? 'is a symbolic link loop' : 'is a link to nothing');
      return undefined;
    }
  }
}

export function labelOf(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/') || path.basename(file);
}

/** Whether `p` is `dir` or inside it (lexically; callers pass real paths where links matter). */
export function within(dir: string, p: string): boolean {
  const rel = path.relative(dir, p);
  return rel === '' || (!path.isAbsolute(rel) && rel !== '..' && !rel.startsWith('..' + path.sep));
}

export function realpath(p: string): string | undefined {
  try { return fs.realpathSync(p); } catch { return undefined; }
}

export function codeOf(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | undefined)?.code;
}

/** A failed file operation in words that fit after "it" ("it goes through a file …"). */
export function problemOf(e: unknown): string {
  switch (codeOf(e)) {
    case 'ENOTDIR': return 'goes through a file as if it were a folder';
    case 'ELOOP': return 'is a symbolic link loop';
    case 'EACCES': case 'EPERM': return 'cannot be read (permission denied)';
    case 'ENAMETOOLONG': return 'is too long a path';
    case 'ENOENT': return 'does not exist';
    default: return `cannot be read (${codeOf(e) ?? (e instanceof Error ? e.message : String(e))})`;
  }
}
