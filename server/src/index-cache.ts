import * as crypto from 'node:crypto';
import * as zlib from 'node:zlib';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { Corpus, DerivedIndex, EarlierAnalyses, SourceFile } from './core/index/corpus';
import { StoredFacts } from './core/index/facts-store';
import { Extraction } from './extract';
import { deserializePooled, PackedDoc, packDoc, PackedEntity, packEntity, serializePooled, unpackDoc, unpackEntity } from './cache-payload';

// The analysed corpus kept on disk, so a second `sumber check` or a server restart on unchanged sources skips
// analysis, the expensive part of indexing. One file per corpus (folder + patterns) under the user's cache
// directory. It is keyed by the analyser's own code and by every source's path, format, size and content hash:
// a changed analyser or a changed file never reads a stale entry. An entry for other versions of the files
// lends the analyses a change leaves valid (core/index/vocabulary-change.ts); the entry is then written whole.
//
// Storage: Node's own structured serialisation of the compact form the corpus keeps in memory (core/index/facts-store.ts),
// with its typed arrays pooled and entity mentions packed (cache-payload.ts), behind a header with a
// format tag, the key and a CRC-32 of the payload. It needs no native module, is fast on both sides, and a
// corrupt or half-written file fails the check and is rebuilt, never trusted. (The check only has to catch
// damage, not forgery, in a folder of the user's own: on a 70 MB entry just read, CRC-32 took 134-137 ms and the
// SHA-256 it replaced 165-171 ms, most of either being the first pass over freshly read memory.) Writes go to a temporary
// file that is renamed into place, so readers see the old entry or the new one, never a mixture.

/** Sixteen characters: with the key and the check value the header is 144 bytes, so the payload's pool of arrays lies
 * at a multiple of 8 in the bytes read and is used in place (cache-payload.ts). */
const MAGIC = 'SUMBER-INDEX-06\n';
/** What every version's format tag starts with: an entry of an older version is rebuilt without a word. */
const MAGIC_FAMILY = 'SUMBER-INDEX-';
/** Extractions of web pages, Word files and PDFs, kept beside the index: extracting is slow too, and runs before the key is known. */
const EXTRACT_MAGIC = 'SUMBER-EXTRACT-2\n';

/** The payload's check value, as the 64 characters of the header that hold it. */
function checksum(payload: Uint8Array): string {
  return `crc32:${zlib.crc32(payload).toString(16).padStart(8, '0')}`.padEnd(64, '-');
}

export function defaultCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'sumber');
}

let analyserVersion: string | undefined;

/** A hash of the code that analyses text: the bundle when bundled, else every compiled core module. */
export function analyserFingerprint(): string {
  if (analyserVersion) return analyserVersion;
  const hash = crypto.createHash('sha256');
  const core = path.join(__dirname, 'core');
  const files = fs.existsSync(path.join(core, 'facts', 'analyze.js')) ? listJs(core) : [__filename];
  for (const f of files) hash.update(f.slice(core.length)).update(fs.readFileSync(f));
  return (analyserVersion = hash.digest('hex'));
}

function listJs(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))
    .flatMap(e => e.isDirectory() ? listJs(path.join(dir, e.name)) : e.name.endsWith('.js') ? [path.join(dir, e.name)] : []);
}

/** A source's content hash, worked out once per source object: the key, a stale entry and a write all ask. */
const hashes = new WeakMap<SourceFile, string>();
function sha1(s: SourceFile): string {
  let h = hashes.get(s);
  if (h === undefined) { h = crypto.createHash('sha1').update(s.text).digest('hex'); hashes.set(s, h); }
  return h;
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

/** Which file each stored analysis is of: its identity and a hash of its text. */
interface StoredFile { uri: string; label: string; format: string; sha1: string }

interface Stored { analyser: string; files: StoredFile[]; facts: PackedFacts; lowerVocab: string[]; midCapVocab: string[]; derived: StoredDerived }

/** The documents' analyses, each packed (cache-payload.ts). */
interface PackedFacts { strings: string[]; docs: PackedDoc[] }

/** What indexing derived, with the entities' mentions packed (cache-payload.ts). */
type StoredDerived = Omit<DerivedIndex, 'entities'> & { entities: PackedEntity[] };


/** A stored entry for other versions of the files: its analyses of files that have not changed since are good. */
function earlierFrom(stored: Stored, facts: StoredFacts): EarlierAnalyses {
  const byUri = new Map(stored.files.map((f, i) => [f.uri, { ...f, i }]));
  return {
    lowerVocab: new Set(stored.lowerVocab), midCapVocab: new Set(stored.midCapVocab), strings: facts.strings,
    storedFor: f => {
      const e = byUri.get(f.uri);
      return e && e.label === f.label && e.format === f.format && e.sha1 === sha1(f) ? facts.docs[e.i] : undefined;
    },
  };
}

export class IndexCache {
  constructor(readonly dir: string) {}

  private fileFor(root: string, patterns: readonly string[]): string {
    const id = crypto.createHash('sha1').update(path.resolve(root)).update('\0' + patterns.join('\0')).digest('hex');
    return path.join(this.dir, `${id}.idx`);
  }

  /**
   * The stored corpus when its key matches these sources exactly; otherwise, when the entry was made by this
   * analyser for other versions of the files, its analyses as `earlier` (a build takes those of unchanged files);
   * and why not, when the file is not to be trusted.
   */
  read(root: string, patterns: readonly string[], sources: readonly SourceFile[], key: string): { corpus?: Corpus; earlier?: EarlierAnalyses; problem?: string } {
    const file = this.fileFor(root, patterns);
    let bytes: Buffer;
    try { bytes = fs.readFileSync(file); } catch { return {}; }
    const head = MAGIC.length;
    if (bytes.length < head + 128 || bytes.subarray(0, head).toString() !== MAGIC) {
      return bytes.subarray(0, MAGIC_FAMILY.length).toString() === MAGIC_FAMILY ? {} : { problem: 'the index cache file is not one of ours; rebuilding it' };
    }
    const current = bytes.subarray(head, head + 64).toString() === key;
    const payload = bytes.subarray(head + 128);
    if (checksum(payload) !== bytes.subarray(head + 64, head + 128).toString()) {
      return { problem: 'the index cache file is damaged; rebuilding it' };
    }
    try {
      const stored = deserializePooled(payload) as Stored;
      const facts: StoredFacts = { strings: stored.facts.strings, docs: stored.facts.docs.map(unpackDoc) };
      if (!current) return stored.analyser === analyserFingerprint() ? { earlier: earlierFrom(stored, facts) } : {};
      const derived: DerivedIndex = { ...stored.derived, entities: stored.derived.entities.map(unpackEntity) };
      return { corpus: Corpus.restore(sources, facts, new Set(stored.lowerVocab), new Set(stored.midCapVocab), derived) };
    } catch (err) {
      return { problem: `the index cache could not be read (${err instanceof Error ? err.message : String(err)}); rebuilding it` };
    }
  }

  /**
   * Stored extractions by the key of the file's bytes (extract/index.ts `bytesKey`, which holds the extractors'
   * version); none when the file is missing, not ours or damaged, since extracting again is always correct.
   */
  readExtractions(root: string, patterns: readonly string[]): Map<string, Extraction> {
    try {
      const bytes = fs.readFileSync(this.fileFor(root, patterns).replace(/\.idx$/, '.ext'));
      const head = EXTRACT_MAGIC.length;
      if (bytes.subarray(0, head).toString() !== EXTRACT_MAGIC || bytes.subarray(head, head + 64).toString() !== analyserFingerprint().slice(0, 64)) return new Map();
      const payload = bytes.subarray(head + 128);
      if (checksum(payload) !== bytes.subarray(head + 64, head + 128).toString()) return new Map();
      return new Map(v8.deserialize(payload) as Array<[string, Extraction]>);
    } catch {
      return new Map();
    }
  }

  /** Stores the extractions of these sources (by bytes key), replacing the previous set. */
  writeExtractions(root: string, patterns: readonly string[], extractions: ReadonlyMap<string, Extraction & { key: string }>): string | undefined {
    const entries = [...extractions.values()].map(({ key, ...ex }) => [key, ex] as const);
    return this.writeAtomic(this.fileFor(root, patterns).replace(/\.idx$/, '.ext'), EXTRACT_MAGIC + analyserFingerprint().slice(0, 64), v8.serialize(entries), 'extraction cache');
  }

  private writeAtomic(file: string, header: string, payload: Buffer, what: string): string | undefined {
    const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      fs.writeFileSync(tmp, Buffer.concat([Buffer.from(header + checksum(payload)), payload]));
      fs.renameSync(tmp, file);
      return undefined;
    } catch (err) {
      try { fs.rmSync(tmp, { force: true }); } catch { /* nothing to clean */ }
      return `the ${what} could not be written (${err instanceof Error ? err.message : String(err)})`;
    }
  }

  /** Stores a corpus atomically; a failure to write only costs the next start its speed. */
  write(root: string, patterns: readonly string[], key: string, corpus: Corpus): string | undefined {
    let payload: Buffer;
    try {
      const files = corpus.docs.map(d => ({ uri: d.uri, label: d.label, format: d.format, sha1: sha1(d) }));
      const { entities, ...derived } = corpus.derived();
      const stored: Stored = {
        analyser: analyserFingerprint(), files, facts: { strings: corpus.store.stored.strings, docs: corpus.store.stored.docs.map(packDoc) }, lowerVocab: [...corpus.ctx.lowerVocab], midCapVocab: [...corpus.ctx.midCapVocab],
        derived: { ...derived, entities: entities.map(packEntity) },
      };
      payload = serializePooled(stored);
    } catch (err) {
      return `the index cache could not be written (${err instanceof Error ? err.message : String(err)})`;
    }
    return this.writeAtomic(this.fileFor(root, patterns), MAGIC + key, payload, 'index cache');
  }
}
