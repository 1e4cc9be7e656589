import * as crypto from 'node:crypto';
import * as zlib from 'node:zlib';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { Corpus, DerivedIndex, EarlierAnalyses, SourceFile } from './core/index/corpus';
import { StoredFacts } from './core/index/facts-store';
import { Extraction } from './extract';
import { deserializeSections, serializeSection } from './cache-payload';
import { analyserFingerprint, sha1 } from './cache-key';
export { analyserFingerprint, cacheKey, defaultCacheDir } from './cache-key';
import { PackedDoc, packDoc, PackedEntity, packEntity, unpackDoc, unpackEntity } from './cache-packing';
import { CancellationToken, CancelledError, Slices, throwIfCancelled } from './core/cancellation';

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
const MAGIC = 'SUMBER-INDEX-11\n';
/** What every version's format tag starts with: an entry of an older version is rebuilt without a word. */
const MAGIC_FAMILY = 'SUMBER-INDEX-';
/** Extractions of web pages, Word files and PDFs, kept beside the index: extracting is slow too, and runs before the key is known. */
const EXTRACT_MAGIC = 'SUMBER-EXTRACT-2\n';

/** The payload's check value, as the 64 characters of the header that hold it. */
function checksum(payload: Uint8Array): string {
  return checksumText(zlib.crc32(payload));
}

/** The check value of a payload given as chunks. */
function checksumOf(chunks: readonly Uint8Array[]): string {
  let crc = 0;
  for (const c of chunks) crc = zlib.crc32(c, crc);
  return checksumText(crc);
}

function checksumText(crc: number): string {
  return `crc32:${crc.toString(16).padStart(8, '0')}`.padEnd(64, '-');
}

/** Which file each stored analysis is of: its identity and a hash of its text. */
interface StoredFile { uri: string; label: string; format: string; sha1: string }

/**
 * An entry's first section; the next ones hold the entities (`entityCount` of them, packed), then the documents'
 * analyses (`docCount`), in order (cache-packing.ts).
 */
interface Stored { analyser: string; files: StoredFile[]; strings: string[]; lowerVocab: string[]; midCapVocab: string[]; derived: StoredDerived; docCount: number; entityCount: number }

/** What indexing derived, with the entities' mentions packed (cache-packing.ts). */
type StoredDerived = Omit<DerivedIndex, 'entities'> & { entities: PackedEntity[] };

/** Documents, and entities, per section: a section is serialised in one piece, a few milliseconds for this many. */
const DOCS_PER_SECTION = 256;
const ENTITIES_PER_SECTION = 1024;
/** Buffers one write takes (the usual limit of a vectored write). */
const CHUNKS_PER_WRITE = 1024;

/**
 * An entry's sections, made a step at a time (a document or an entity packed, a section serialised): a step yields
 * undefined, or a section's chunks to write before the next is made. Written as they come, the serialised sections
 * and the packings are never all held at once: at 100 MB of sources, `sumber index` into an empty cache peaked at
 * 1,714,480 KB holding them, 1,495,556 KB so. Packings are remembered per object (cache-packing.ts): a write after
 * an update serialises little but the new documents.
 */
function* entrySections(corpus: Corpus): Generator<Uint8Array[] | undefined, void> {
  const docs = corpus.store.stored.docs, files: StoredFile[] = [];
  for (const d of corpus.docs) { files.push({ uri: d.uri, label: d.label, format: d.format, sha1: sha1(d) }); yield; }
  const { entities, ...derived } = corpus.derived();
  yield;
  const stored: Stored = {
    analyser: analyserFingerprint(), files, strings: corpus.store.stored.strings, lowerVocab: [...corpus.ctx.lowerVocab], midCapVocab: [...corpus.ctx.midCapVocab],
    derived: { ...derived, entities: [] }, docCount: docs.length, entityCount: entities.length,
  };
  yield;
  yield serializeSection(stored);
  // Entities and documents are packed a section at a time, each section's packings dropped once it is written.
  for (let i = 0; i < entities.length; i += ENTITIES_PER_SECTION) {
    const packed: PackedEntity[] = [];
    for (const e of entities.slice(i, i + ENTITIES_PER_SECTION)) { packed.push(packEntity(e)); yield; }
    yield serializeSection(packed);
  }
  for (let i = 0; i < docs.length; i += DOCS_PER_SECTION) {
    const packed: PackedDoc[] = [];
    for (const d of docs.slice(i, i + DOCS_PER_SECTION)) { packed.push(packDoc(d)); yield; }
    yield serializeSection(packed);
  }
}

/** Writes chunks to an open file, as many at a time as one system call takes. */
function writeChunks(fd: number, chunks: readonly Uint8Array[]): void {
  for (let i = 0; i < chunks.length; i += CHUNKS_PER_WRITE) fs.writevSync(fd, chunks.slice(i, i + CHUNKS_PER_WRITE) as NodeJS.ArrayBufferView[]);
}

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
  /** Work between turns while the server writes an entry (writeAsync), in milliseconds. */
  static writeSliceMs = 5;

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
      const [stored, ...sections] = deserializeSections(payload) as [Stored, ...Array<PackedEntity[] | PackedDoc[]>];
      const all = (sections as unknown[][]).flat();
      if (all.length !== stored.entityCount + stored.docCount) throw new Error('entities or documents are missing');
      stored.derived.entities = all.slice(0, stored.entityCount) as PackedEntity[];
      const docs = all.slice(stored.entityCount) as PackedDoc[];
      const facts: StoredFacts = { strings: stored.strings, docs: docs.map(unpackDoc) };
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
    return this.writeAtomic(this.fileFor(root, patterns).replace(/\.idx$/, '.ext'), EXTRACT_MAGIC + analyserFingerprint().slice(0, 64), [v8.serialize(entries)], 'extraction cache');
  }

  /** Writes a file whole under a temporary name, then renames it: readers see the old one or the new one. */
  private writeAtomic(file: string, header: string, chunks: readonly Uint8Array[], what: string): string | undefined {
    const tmp = this.temporary(file);
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      const fd = fs.openSync(tmp, 'w');
      try {
        fs.writeSync(fd, header + checksumOf(chunks));
        writeChunks(fd, chunks);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(tmp, file);
      return undefined;
    } catch (err) {
      return failed(tmp, what, err);
    }
  }

  private temporary(file: string): string {
    return `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  }

  /** Stores a corpus atomically; a failure to write only costs the next start its speed. */
  write(root: string, patterns: readonly string[], key: string, corpus: Corpus): string | undefined {
    const file = this.fileFor(root, patterns), tmp = this.temporary(file);
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      const fd = fs.openSync(tmp, 'w');
      try {
        // The check value is known at the end: its place in the header is written then.
        fs.writeSync(fd, MAGIC + key + checksumText(0));
        let crc = 0;
        for (const section of entrySections(corpus)) {
          if (!section) continue;
          for (const c of section) crc = zlib.crc32(c, crc);
          writeChunks(fd, section);
        }
        fs.writeSync(fd, checksumText(crc), MAGIC.length + key.length);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(tmp, file);
      return undefined;
    } catch (err) {
      return failed(tmp, 'index cache', err);
    }
  }

  /**
   * `write` for the server: made between other work (at most `writeSliceMs` at a time, then `pause`), written to
   * the file by the system's threads. A cancelled token stops it and leaves the entry there was.
   */
  async writeAsync(root: string, patterns: readonly string[], key: string, corpus: Corpus, pause: () => Promise<void>, token?: CancellationToken): Promise<string | undefined> {
    const file = this.fileFor(root, patterns), tmp = this.temporary(file), slices = new Slices(IndexCache.writeSliceMs, pause, token);
    let handle: fs.promises.FileHandle | undefined;
    try {
      await fs.promises.mkdir(this.dir, { recursive: true });
      handle = await fs.promises.open(tmp, 'w');
      await handle.write(MAGIC + key + checksumText(0));
      let crc = 0;
      for (const section of entrySections(corpus)) {
        if (section) {
          for (const c of section) crc = zlib.crc32(c, crc);
          for (let i = 0; i < section.length; i += CHUNKS_PER_WRITE) await handle.writev(section.slice(i, i + CHUNKS_PER_WRITE) as NodeJS.ArrayBufferView[]);
          throwIfCancelled(token);
        }
        await slices.next();
      }
      await handle.write(checksumText(crc), MAGIC.length + key.length);
      await handle.close();
      handle = undefined;
      await fs.promises.rename(tmp, file);
      return undefined;
    } catch (err) {
      await handle?.close().catch(() => undefined);
      if (err instanceof CancelledError) { fs.rmSync(tmp, { force: true }); return undefined; }
      return failed(tmp, 'index cache', err);
    }
  }
}

function failed(tmp: string, what: string, err: unknown): string {
  try { fs.rmSync(tmp, { force: true }); } catch { /* nothing to clean */ }
  return `the ${what} could not be written (${err instanceof Error ? err.message : String(err)})`;
}
