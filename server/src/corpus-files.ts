import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus, SourceFile } from './core/corpus';
import { CancellationToken } from './core/cancellation';

// Finding and reading corpus files, shared by the CLI and the language server. Bad input never stops the
// rest: a binary or non-UTF-8 file is skipped with a reason, a pattern that matches nothing is reported.

export const DEFAULT_CORPUS = ['seeds/**/*.txt', 'seeds/**/*.md'];
const SOURCE_EXT = /\.(?:txt|md|markdown)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist', '.vscode-test']);

export interface SkippedFile { path: string; reason: string }

export interface LoadedCorpus {
  corpus: Corpus;
  files: string[];
  skipped: SkippedFile[];
  /** Patterns or paths that matched no file. */
  unmatched: string[];
  /** Patterns that cannot be used, in words for a person. */
  errors: string[];
}

/** A glob ("seeds/**\/*.txt", "a/?.md", "{x,y}") as a regular expression over '/'-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') { i++; re += '(?:.*/)?'; } else re += '.*';
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') { const end = glob.indexOf('}', i); re += '(?:' + glob.slice(i + 1, end).split(',').map(escapeRe).join('|') + ')'; i = end; }
    else re += escapeRe(c);
  }
  return new RegExp('^' + re + '$');
}

function escapeRe(s: string): string {
  return s.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}

function walk(dir: string, out: string[]): void {
  let entries: fs.Dirent[];
  try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { if (!SKIP_DIRS.has(e.name)) walk(p, out); } else if (e.isFile()) out.push(p);
  }
}

const isGlob = (p: string) => /[*?{]/.test(p);

/** The files a list of globs or plain paths (file or folder) selects, relative to root. */
export function expandCorpus(root: string, patterns: readonly string[]): { files: string[]; unmatched: string[] } {
  const files = new Set<string>();
  const unmatched: string[] = [];
  let all: string[] | undefined;
  for (const pattern of patterns) {
    const before = files.size;
    const abs = path.resolve(root, pattern);
    if (!isGlob(pattern)) {
      const st = fs.statSync(abs, { throwIfNoEntry: false });
      if (st?.isFile()) files.add(abs);
      else if (st?.isDirectory()) { const found: string[] = []; walk(abs, found); found.filter(f => SOURCE_EXT.test(f)).forEach(f => files.add(f)); }
    } else {
      all ??= (() => { const found: string[] = []; walk(root, found); return found; })();
      const re = globToRegExp(pattern.replace(/^\.\//, ''));
      for (const f of all) if (re.test(path.relative(root, f).split(path.sep).join('/'))) files.add(f);
    }
    if (files.size === before) unmatched.push(pattern);
  }
  return { files: [...files].sort(), unmatched };
}

/** Reads a source as UTF-8 text, or says why it cannot be used. */
export function readSource(file: string): { text: string } | { error: string } {
  let bytes: Buffer;
  try { bytes = fs.readFileSync(file); } catch (e) { return { error: `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` }; }
  if (bytes.subarray(0, 8000).includes(0)) return { error: 'is a binary file' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    return { error: 'is not valid UTF-8' };
  }
}

export function formatOf(file: string): 'markdown' | 'plaintext' {
  return /\.(?:md|markdown)$/i.test(file) ? 'markdown' : 'plaintext';
}

/** Reads a list of files into sources, skipping what cannot be read. */
export function readSources(root: string, files: readonly string[], uriOf: (file: string) => string): { sources: SourceFile[]; skipped: SkippedFile[] } {
  const sources: SourceFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const file of files) {
    const label = path.relative(root, file).split(path.sep).join('/') || path.basename(file);
    const r = readSource(file);
    if ('error' in r) skipped.push({ path: label, reason: r.error });
    else sources.push({ uri: uriOf(file), label, text: r.text, format: formatOf(file) });
  }
  return { sources, skipped };
}

export function loadCorpus(root: string, patterns: readonly string[], uriOf: (file: string) => string = f => f, token?: CancellationToken, _options: { allowOutside?: boolean } = {}): LoadedCorpus {
  const { files, unmatched } = expandCorpus(root, patterns);
  const { sources, skipped } = readSources(root, files, uriOf);
  return { corpus: Corpus.build(sources, token), files, skipped, unmatched, errors: [] };
}
