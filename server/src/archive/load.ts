import * as v8 from 'node:v8';
import { pathToFileURL } from 'node:url';
import type { Client } from 'pg';
import { Corpus, SourceFile } from '../core/index/corpus';
import { BuildProgress, EarlierAnalyses } from '../core/index/build-options';
import { expandCorpus, LoadedCorpus, readSourcesAsync } from '../corpus-files';
import type { ReadSnapshot } from '../source-reading';
import { poolFor } from '../analysis-pool';
import { STORED_DOC_FORMAT, StoredDoc } from '../core/index/stored-doc';
import { CancellationToken, throwIfCancelled } from '../core/cancellation';
import { Extraction } from '../extract';
import { requireSchema } from './database';
import { ArchiveVocabulary } from './vocabulary';
import { StoredAnalyser } from './stored-analyser';
import { WideStats } from '../core/index/corpus-stats';

// Reading the archive's stored analyses so the checker uses them as they are: no file of the archive is read or
// analysed by the writer's machine. They arrive as the analyses of an earlier build (EarlierAnalyses) with the
// archive's vocabularies and per-word counts, so a build over the archive's documents takes every one of them
// unchanged, and a build that adds local files analyses only those (and any archive document whose analysis the
// local files' words change, exactly as a local update would). A document stored in another layout than this
// code's (by another version of Sumber) is analysed here from its text instead, until an ingest stores it again.

/** Work between turns while analyses are read ahead (ArchiveDocuments.readAhead). */
const READ_AHEAD_SLICE_MS = 1;

/** Documents per round trip, so a large archive never sits in one result. */
const PAGE = 500;

export const ARCHIVE_SCHEME = 'sumber-archive';

/** The uri of an archive document: the archive's host and database, then the document's path. */
export function archiveUri(archive: string, docPath: string): string {
  return `${ARCHIVE_SCHEME}://${encodeURIComponent(archive)}/${docPath.split('/').map(encodeURIComponent).join('/')}`;
}

/** A short name for an archive address: its host and database, never its user or password. */
export function archiveName(url: string): string {
  const m = url.match(/^[a-z]+:\/\/(?:[^@/]*@)?([^/?]*)\/([^?]*)/i);
  return m ? `${m[1] || 'local'}/${decodeURIComponent(m[2])}` : 'archive';
}

export interface LoadedArchive {
  /** The archive's documents, labelled `archive:PATH`: the whole archive in path order, a working set in the order drawn. */
  sources: SourceFile[];
  /** The text of each document as the view shows it, its paragraphs and what it says of itself, by uri. */
  extractions: Map<string, Extraction>;
  /** A document's stored analysis, by uri, for a build to take (and renumber); none for one stored in another layout. */
  storedOf(uri: string): StoredAnalysis | undefined;
  /** Analyses before any: the archive's vocabularies and per-word counts, no documents. */
  vocabulary: EarlierAnalyses;
  /** How many of its documents were found stored in another layout so far, and analysed here (an ingest with this version stores them again). */
  stale(): number;
  /** When these are the part of the archive a writer's drafts need: the whole archive's statistics (corpus-stats.ts). */
  wide?: WideStats;
  /** What these documents were drawn into: a corpus built from the same one may lend its analyses to the next. */
  lineage: object;
}

export async function loadArchive(db: Client, name: string, token?: CancellationToken): Promise<LoadedArchive> {
  await requireSchema(db);
  const vocabulary = await ArchiveVocabulary.load(db);
  const documents = new ArchiveDocuments(name);
  for (let after = ''; ;) {
    throwIfCancelled(token);
    const page = await db.query(
      'SELECT path, format, body, meta, paragraphs, analysis FROM sumber.documents WHERE path > $1 ORDER BY path LIMIT $2', [after, PAGE]);
    documents.add(page.rows);
    if (page.rows.length < PAGE) break;
    after = page.rows[page.rows.length - 1].path;
  }
  return documents.loaded(vocabulary);
}

/** A row of sumber.documents as the checker reads it. */
export interface DocumentRow { path: string; format: SourceFile['format']; body: string; meta: Extraction['meta'] | null; paragraphs: Extraction['paragraphs'] | null; analysis: Buffer }

/** A stored analysis as read: the document with its own string table. */
export interface StoredAnalysis { doc: StoredDoc; strings: string[] }

/**
 * Documents read from the archive, as the sources and stored analyses of a build over them. An analysis is read
 * from its bytes when a build takes it (a build renumbers what it takes into its store), and only then is its
 * layout seen: one stored in another layout is analysed here from its text (see the top of this file), and so is
 * one an earlier version stored without its quotes and figures (an analysis made on a thread, kept packed).
 */
export class ArchiveDocuments {
  /** `ahead`: the analysis read before a build asked for it (readAhead), for the first build that takes it. */
  private readonly byUri = new Map<string, { source: SourceFile; extraction: Extraction; analysis?: Buffer; ahead?: StoredAnalysis }>();

  constructor(readonly name: string) {}

  get size(): number {
    return this.byUri.size;
  }

  /** Adds the documents of these rows not here yet; their uris. */
  add(rows: readonly DocumentRow[]): string[] {
    const added: string[] = [];
    for (const r of rows) {
      const uri = archiveUri(this.name, r.path);
      if (this.byUri.has(uri)) continue;
      const source: SourceFile = { uri, label: `archive:${r.path}`, text: r.body, format: r.format };
      this.byUri.set(uri, { source, extraction: { text: r.body, paragraphs: r.paragraphs ?? [], meta: r.meta ?? {} }, analysis: r.analysis });
      added.push(uri);
    }
    return added;
  }

  /**
   * Reads these documents' stored analyses ahead of the build that will take them, a slice per turn: a draw reads
   * most of its documents before its last lookups (the quotations'), and this process only waits for those. With
   * the 100 MB archive, reading a first draw's 108 analyses took 17-28 ms of a first check's build.
   */
  readAhead(uris: readonly string[]): void {
    const pending = [...uris];
    const step = (): void => {
      const until = performance.now() + READ_AHEAD_SLICE_MS;
      while (pending.length && performance.now() < until) {
        const e = this.byUri.get(pending.pop()!);
        if (e?.analysis && !e.ahead) e.ahead = this.read(e);
      }
      if (pending.length) setImmediate(step);
    };
    setImmediate(step);
  }

  private storedOf(uri: string): StoredAnalysis | undefined {
    const e = this.byUri.get(uri);
    if (e?.ahead) {
      // Taken once: a build renumbers what it takes in place.
      const taken = e.ahead;
      e.ahead = undefined;
      return taken;
    }
    return e && this.read(e);
  }

  private read(e: { analysis?: Buffer }): StoredAnalysis | undefined {
    if (!e.analysis) return undefined;
    // Read from a copy: v8.deserialize gives typed arrays that share the bytes they were read from, and a build
    // renumbers the document's string ids in place (FactsStore.addApart). Read again (a build that was cancelled,
    // a word's standing changed by the folder's files), the stored bytes would give names without their words.
    const { format, doc, strings } = v8.deserialize(Buffer.from(e.analysis)) as { format?: number } & StoredAnalysis;
    if (format === STORED_DOC_FORMAT && Array.isArray(doc.quotes) && Array.isArray(doc.extras)) return { doc, strings };
    e.analysis = undefined;
    return undefined;
  }

  /**
   * The documents read so far, in the order they were read (the whole archive's in path order; a working set's as
   * drawn, so a set that grows adds documents at the end and an update renumbers none), under the archive's
   * vocabularies.
   */
  loaded(vocabulary: ArchiveVocabulary, wide?: WideStats, lineage: object = this): LoadedArchive {
    const entries = [...this.byUri.values()];
    const sources = entries.map(e => e.source);
    const sets = vocabulary.sets();
    return {
      sources, extractions: new Map(entries.map(e => [e.source.uri, e.extraction])), lineage,
      stale: () => entries.filter(e => !e.analysis).length,
      storedOf: uri => this.storedOf(uri),
      vocabulary: {
        lowerVocab: sets.lower, midCapVocab: sets.midCap, strings: [], storedFor: () => undefined,
        counts: () => vocabulary.countsFor(sources),
      },
      ...(wide ? { wide } : {}),
    };
  }
}

/**
 * The corpus of an archive, with the local sources `patterns` select under `root` when given: the archive's
 * analyses taken as stored, the local files analysed (on threads when worth it). Evidence from the archive is
 * labelled `archive:PATH`, from a local file by its path. `before`: the analyses of a corpus built from the same
 * lineage (an editor's folder before its working set grew), whose documents and index are taken over, so only
 * what is new is read. `local.earlierReads`: what reading the folder's files found last time (LoadedCorpus.reads):
 * a file unchanged since is not read again, so a working set that grows while a writer types does not read (or
 * extract, for a PDF or a Word file) the folder's own sources each time.
 */
export async function corpusWithArchive(archive: LoadedArchive, local: { root: string; patterns: readonly string[]; threads?: number; allowOutside?: boolean; earlierReads?: ReadSnapshot } | undefined,
  progress: BuildProgress = {}, before?: EarlierAnalyses): Promise<LoadedCorpus> {
  const allowOutside = local?.allowOutside ?? true;
  const expanded = local ? expandCorpus(local.root, local.patterns, { allowOutside }) : { files: [], skipped: [], unmatched: [], errors: [] };
  const read = local ? await readSourcesAsync(local.root, expanded.files, f => pathToFileURL(f).toString(), { allowOutside }, new Map(), progress, local.earlierReads) : undefined;
  // The folder's own sources first: the archive's documents that a working set draws later then come at the end.
  const sources = [...(read?.sources ?? []), ...archive.sources];
  const pool = poolFor((read?.sources ?? []).map(s => s.text), local?.threads);
  try {
    const stored = new StoredAnalyser(id => archive.storedOf(sources[id].uri), pool, progress.pause);
    const corpus = await Corpus.buildAsync(sources, { ...progress, previous: before ?? archive.vocabulary, parallel: stored });
    if (archive.wide) corpus.drawnFrom(archive.wide);
    const extractions = new Map<string, Extraction>([...archive.extractions, ...(read?.extractions ?? [])]);
    const stale = archive.stale();
    const notes = stale ? [`${stale} documents of the archive were stored by another version of Sumber and were analysed here; \`sumber ingest\` stores them again`] : undefined;
    return {
      corpus, files: expanded.files, skipped: [...expanded.skipped, ...(read?.skipped ?? [])], unmatched: expanded.unmatched, errors: expanded.errors, extractions,
      archiveLineage: archive.lineage, ...(notes ? { notes } : {}), ...(read ? { reads: read.reads } : {}),
    };
  } finally {
    pool?.close();
  }
}
