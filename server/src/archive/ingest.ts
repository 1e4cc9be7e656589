import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Client } from 'pg';
import { expandCorpus, readSourcesAsync, SkippedFile } from '../corpus-files';
import { SourceFile } from '../core/index/corpus';
import { AnalysedFile } from '../core/index/analysed-file';
import { analyserFingerprint } from '../index-cache';
import { batchAnalyser } from './analyse';
import { Extraction } from '../extract';
import { requireSchema } from './database';
import { vocabularyOf } from './rows';
import { ArchiveVocabulary } from './vocabulary';
import { DocumentVocabularies } from './vocabulary-ids';
import { DocumentWrite, removeDocuments, writeBatch, refreshStale, tidyIndexes } from './writes';

// `sumber ingest`: files into the archive. Reading, extracting and analysing run outside any transaction (and on
// worker threads), so several ingests work at once; only writing takes the archive's ingest lock, one batch per
// transaction. A file whose path, content and analyser are those stored is left alone. Analysis depends on the
// corpus vocabularies, so files are analysed under the archive's vocabularies with this ingest's files in them, and
// the ingest ends by analysing again every stored document whose vocabulary questions changed answer (writes.ts).

/** Every type of file the archive reads, under a folder given as a path. */
const FOLDER_PATTERNS = ['**/*.txt', '**/*.md', '**/*.html', '**/*.htm', '**/*.docx', '**/*.pdf'];
/** Documents per write transaction. */
const BATCH_FILES = 600;

export interface IngestProgress { phase: 'reading' | 'analysing' | 'writing' | 'refreshing'; done: number; total: number }

export interface IngestReport {
  files: number;
  added: number;
  replaced: number;
  unchanged: number;
  /** Stored documents analysed again because the vocabularies changed under them. */
  refreshed: number;
  /** Stored documents removed because their file is gone (with `prune`). */
  removed: number;
  skipped: SkippedFile[];
}

export interface IngestOptions {
  threads?: number;
  /** Remove the stored documents under the given paths whose file is gone (a folder mirrored into the archive). */
  prune?: boolean;
  onProgress?: (p: IngestProgress) => void;
}

/** The files PATHs name: a file as it is, a folder by every source type under it; archive paths relative to `root`. */
export function filesOf(root: string, paths: readonly string[]): { files: string[]; missing: string[] } {
  const files = new Set<string>(), missing: string[] = [];
  for (const p of paths) {
    const abs = path.resolve(root, p);
    let st: fs.Stats | undefined;
    try { st = fs.statSync(abs); } catch { missing.push(p); continue; }
    if (st.isFile()) files.add(abs);
    else for (const f of expandCorpus(abs, FOLDER_PATTERNS, { allowOutside: false }).files) files.add(path.resolve(abs, f));
  }
  return { files: [...files].sort(), missing };
}

/** The archive's name for a file: its path from `root`, with forward slashes. */
export function archivePath(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

/** What identifies a source's content: the bytes of an extracted file, else its text; with its format. */
function contentHash(s: SourceFile, extraction?: { key: string }): string {
  return crypto.createHash('sha256').update(`${s.format}\0${extraction?.key ?? ''}\0`).update(s.text).digest('hex');
}

export async function ingest(db: Client, root: string, paths: readonly string[], options: IngestOptions = {}): Promise<IngestReport> {
  await requireSchema(db);
  const progress = options.onProgress ?? (() => undefined);
  const { files, missing } = filesOf(root, paths);
  const report: IngestReport = { files: files.length, added: 0, replaced: 0, unchanged: 0, refreshed: 0, removed: 0, skipped: missing.map(p => ({ path: p, reason: 'does not exist' })) };
  progress({ phase: 'reading', done: 0, total: files.length });
  const read = await readSourcesAsync(root, files, f => archivePath(root, f), { allowOutside: true });
  report.skipped.push(...read.skipped);
  const analyserVersion = analyserFingerprint();
  const stored = new Map<string, { hash: string; analyser: string }>();
  const known = await db.query('SELECT path, content_hash, analyser FROM sumber.documents WHERE path = ANY($1)', [read.sources.map(s => s.uri)]);
  for (const r of known.rows) stored.set(r.path, { hash: r.content_hash, analyser: r.analyser });
  const todo: Array<{ source: SourceFile; hash: string; extraction?: Extraction }> = [];
  for (const s of read.sources) {
    const ex = read.extractions.get(s.uri), hash = contentHash(s, ex), before = stored.get(s.uri);
    if (before && before.hash === hash && before.analyser === analyserVersion) { report.unchanged++; continue; }
    todo.push({ source: s, hash, extraction: ex });
  }
  const gone = options.prune ? await storedButGone(db, root, paths, new Set(files.map(f => archivePath(root, f)))) : [];
  if (!todo.length && !gone.length) return report;

  // The vocabularies the archive will have once these files are in: the stored ones, less what the replaced
  // and removed versions brought, plus what the new ones bring.
  const vocabulary = await ArchiveVocabulary.load(db);
  const before = vocabulary.sets();
  const replacing = await db.query('SELECT lower_words, midcap_words FROM sumber.documents WHERE path = ANY($1)', [[...todo.map(t => t.source.uri), ...gone]]);
  for (const r of replacing.rows) vocabulary.count(r.lower_words, r.midcap_words, -1);
  const vocabs = new DocumentVocabularies();
  for (const t of todo) {
    const v = vocabularyOf(t.source.text);
    vocabulary.count(v.lower, v.midCap, 1);
    vocabs.add(v);
  }
  const sets = vocabulary.sets();

  if (gone.length) report.removed = await removeDocuments(db, gone);
  // Writing a batch overlaps analysing the next one: the next batch goes to the threads before this one's rows are
  // made on the main thread, so the threads never wait for the rows or for the database.
  const analyser = batchAnalyser(todo.map(t => t.source.text), sets, options.threads);
  const batchAt = (from: number) => todo.slice(from, from + BATCH_FILES);
  let writing: Promise<void> = Promise.resolve();
  let analysing: Promise<AnalysedFile[]> | undefined = analyser.analyse(batchAt(0).map(t => t.source));
  try {
    for (let from = 0; analysing; from += BATCH_FILES) {
      const batch = batchAt(from);
      progress({ phase: 'analysing', done: from, total: todo.length });
      const analysed = await analysing;
      analysing = from + BATCH_FILES < todo.length ? analyser.analyse(batchAt(from + BATCH_FILES).map(t => t.source)) : undefined;
      // Until it is awaited, a failed analysis must not count as unhandled.
      analysing?.catch(() => undefined);
      const writes: DocumentWrite[] = batch.map((t, i) => ({
        path: t.source.uri, format: t.source.format, hash: t.hash, analyser: analyserVersion, text: t.source.text, analysed: analysed[i],
        meta: t.extraction?.meta, paragraphs: t.extraction?.paragraphs, vocabulary: vocabs.get(from + i),
      }));
      await writing;
      progress({ phase: 'writing', done: from, total: todo.length });
      writing = writeBatch(db, writes).then(({ added, replaced }) => { report.added += added; report.replaced += replaced; });
      // A failed write is reported where it is awaited; until then it must not count as unhandled.
      writing.catch(() => undefined);
    }
    await writing;
  } finally {
    analyser.close();
  }
  progress({ phase: 'refreshing', done: todo.length, total: todo.length });
  report.refreshed = await refreshStale(db, before, sets, new Set(todo.map(t => t.source.uri)), options.threads);
  await tidyIndexes(db);
  return report;
}

/** Stored documents at or under the given paths whose file is not among `present` (archive paths). */
async function storedButGone(db: Client, root: string, paths: readonly string[], present: ReadonlySet<string>): Promise<string[]> {
  const prefixes = paths.map(p => archivePath(root, path.resolve(root, p)));
  // A path given as "." or the root itself covers everything.
  const all = prefixes.some(p => p === '' || p === '.');
  const like = prefixes.map(p => `${p.replace(/[\\%_]/g, c => `\\${c}`)}/%`);
  const r = all ? await db.query('SELECT path FROM sumber.documents')
    : await db.query('SELECT path FROM sumber.documents WHERE path = ANY($1) OR path LIKE ANY($2)', [prefixes, like]);
  return r.rows.map(x => x.path as string).filter(p => !present.has(p)).sort();
}
