import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SourceFile } from './core/index/corpus';

// What an index cache entry is keyed by, and where entries live. The key is the analyser's own code and every
// source's path, format, size and content hash: a changed analyser or a changed file never reads a stale entry.

export function defaultCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'sumber');
}

let analyserVersion: string | undefined;

/**
 * Where the process's start (start.ts) leaves the hash of the program it read: the bundle need not be read and
 * hashed again for the index cache's key (10 ms of every command-line run).
 */
export const PROGRAM_HASH = Symbol.for('sumber.programHash');

/** The hash of the program's bytes, as the process's start and the index cache's key both name it. */
export function hashProgram(bytes: Buffer): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

/** A hash of the code that analyses text: the bundle when bundled, else every compiled core module. */
export function analyserFingerprint(): string {
  if (analyserVersion) return analyserVersion;
  const core = path.join(__dirname, 'core');
  const bundled = !fs.existsSync(path.join(core, 'facts', 'analyze.js'));
  const started = (globalThis as { [PROGRAM_HASH]?: unknown })[PROGRAM_HASH];
  if (bundled && typeof started === 'string') return (analyserVersion = started);
  // The bundle's hash is its bytes' alone, as start.ts works it out.
  if (bundled) return (analyserVersion = hashProgram(fs.readFileSync(__filename)));
  const hash = crypto.createHash('sha256');
  for (const f of listJs(core)) hash.update(f.slice(core.length)).update(fs.readFileSync(f));
  return (analyserVersion = hash.digest('hex'));
}

function listJs(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))
    .flatMap(e => e.isDirectory() ? listJs(path.join(dir, e.name)) : e.name.endsWith('.js') ? [path.join(dir, e.name)] : []);
}

/** A source's content hash, worked out once per text: the key, a stale entry and a write all ask. */
const hashes = new Map<string, { text: string; hash: string }>();
export function sha1(s: SourceFile): string {
  // By uri, with the text it was worked out for: the key is made from the files read, a cache write from the
  // corpus's documents (other objects with the same texts), and both come again after every re-index.
  const known = hashes.get(s.uri);
  if (known?.text === s.text) return known.hash;
  const hash = crypto.createHash('sha1').update(s.text).digest('hex');
  hashes.set(s.uri, { text: s.text, hash });
  return hash;
}

/**
 * The key of a set of sources: the analyser and every file's path, format, size and content hash. An extracted
 * source (web page, Word file, PDF) adds the hash of its file's bytes: the index also answers where in the file a
 * passage stands, so a file whose bytes changed is a new entry even when its extracted text did not change.
 */
export function cacheKey(sources: readonly SourceFile[], extractions?: ReadonlyMap<string, { key: string }>): string {
  const hash = crypto.createHash('sha256').update(analyserFingerprint());
  for (const s of sources) {
    hash.update(`\0${s.uri}\0${s.label}\0${s.format}\0${s.text.length}\0${extractions?.get(s.uri)?.key ?? ''}\0`);
    hash.update(sha1(s));
  }
  return hash.digest('hex');
}
