import * as fs from 'node:fs';
import { BuildProgress, SourceFile } from './core/index/corpus';
import { CancelledError, throwIfCancelled } from './core/cancellation';
import { CorpusOptions, labelOf, problemOf } from './corpus-walk';
import { bytesKey, extractSource, Extraction, isExtracted } from './extract';

// Reading corpus files (corpus-files.ts finds them): text as UTF-8 or UTF-16, web pages, Word files and PDFs
// through their extractors, each file up to a size limit. Nothing here throws: a file that cannot be used is
// skipped with the reason. A re-read takes what an earlier reading found for files whose size and time of
// change have not moved.

/** Largest source file read, so one huge file cannot exhaust memory. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface SkippedFile { path: string; reason: string }

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
  snapshotRoots.set(out.reads, root);
  // Labels are relative to the root: a reading under the same root has them right (working them out again for
  // 6,077 unchanged files took 15 ms of every update).
  const sameRoot = earlier !== undefined && snapshotRoots.get(earlier) === root;
  for (const file of files) {
    // A file whose size and time of change are those of the last reading is not read again (a re-index after one
    // file changed would otherwise read the whole folder). When the caller knows which files changed (an editor's
    // file watcher), the others are not even looked at.
    const trusted = touched && !touched.has(file) ? earlier?.get(file) : undefined;
    const before = earlier?.get(file);
    const label = trusted && sameRoot ? (trusted.source?.label ?? trusted.skipped?.path ?? labelOf(root, file)) : labelOf(root, file);
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

/** The root each reading was made under. */
const snapshotRoots = new WeakMap<ReadSnapshot, string>();

/**
 * The changed paths a watcher reported, when they can be trusted to name the corpus's files as the walk does: each
 * one that still exists is one of `files`. A path in another form (another case, a link) would let a changed file
 * pass for unchanged, so then every file is looked at.
 */
export function touchedIn(files: readonly string[], touched?: ReadonlySet<string>): ReadonlySet<string> | undefined {
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

