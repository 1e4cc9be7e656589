import * as v8 from 'node:v8';
import { Client } from 'pg';
import { AnalysedFile } from '../core/index/analysed-file';
import { TextFormat } from '../core/facts/analyze';
import { SourceMeta } from '../core/features/source-credit';
import { ExtractedParagraph } from '../extract/types';
import { rowsOf, DocumentRows } from './rows';
import { ArchiveVocabulary, changedWords, VocabularySets } from './vocabulary';
import { analyseAll } from './analyse';

// Writing documents into the archive. Every write transaction first takes the ingest lock, so concurrent ingests
// write one batch at a time (their reading and analysis still overlap) and the vocabulary counts stay exact.
// Values always travel as query parameters; lists go in as arrays or JSON that the statement unpacks.

const INGEST_LOCK = 0x53554d32;

export interface DocumentWrite {
  path: string;
  format: TextFormat;
  hash: string;
  analyser: string;
  text: string;
  analysed: AnalysedFile;
  meta?: SourceMeta;
  paragraphs?: ExtractedParagraph[];
  vocabulary: { lower: string[]; midCap: string[] };
}

async function inTransaction<T>(db: Client, work: () => Promise<T>): Promise<T> {
  await db.query('BEGIN');
  try {
    // Writing a batch can take longer than a writer's query: no statement timeout inside.
    await db.query('SET LOCAL statement_timeout = 0');
    await db.query('SELECT pg_advisory_xact_lock($1)', [INGEST_LOCK]);
    const out = await work();
    await db.query('COMMIT');
    return out;
  } catch (e) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

/** Writes a batch in one transaction, each document replacing the stored one of its path. */
export async function writeBatch(db: Client, writes: readonly DocumentWrite[]): Promise<{ added: number; replaced: number }> {
  return inTransaction(db, async () => {
    let added = 0, replaced = 0;
    const delta = new WordDelta();
    for (const w of writes) {
      const old = await db.query('DELETE FROM sumber.documents WHERE path = $1 RETURNING lower_words, midcap_words', [w.path]);
      for (const r of old.rows) delta.add(r.lower_words, r.midcap_words, -1);
      if (old.rowCount) replaced++; else added++;
      const rows = rowsOf(w.analysed, w.text);
      const doc = await db.query(
        `INSERT INTO sumber.documents (path, format, content_hash, analyser, lang, body, meta, paragraphs, analysis, sentence_count, word_count, lower_words, midcap_words, questions)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
        [w.path, w.format, w.hash, w.analyser, rows.lang, w.text, w.meta ? JSON.stringify(w.meta) : null, w.paragraphs ? JSON.stringify(w.paragraphs) : null,
          pack(w.analysed), rows.sentences.length, rows.wordCount, w.vocabulary.lower, w.vocabulary.midCap, rows.questions]);
      await writeChildren(db, doc.rows[0].id, rows);
      delta.add(w.vocabulary.lower, w.vocabulary.midCap, 1);
    }
    await delta.apply(db);
    return { added, replaced };
  });
}

function pack(a: AnalysedFile): Buffer {
  return v8.serialize({ doc: a.doc, strings: a.strings });
}

/** The rows that hang off a document: sentences, postings, names and quotes. */
async function writeChildren(db: Client, id: string, rows: DocumentRows): Promise<void> {
  await db.query(`INSERT INTO sumber.sentences (doc_id, ordinal, start_at, end_at, words, body, facts)
    SELECT $1, x.ordinal, x.start, x."end", x.words, x.body, x.facts FROM jsonb_to_recordset($2) AS x(ordinal int, start int, "end" int, words int, body text, facts jsonb)`,
  [id, JSON.stringify(rows.sentences)]);
  await db.query(`INSERT INTO sumber.postings (stem, doc_id, sentences) SELECT s, $1, p::int[] FROM unnest($2::text[], $3::text[]) AS t(s, p)`,
    [id, [...rows.postings.keys()], [...rows.postings.values()].map(v => `{${v.join(',')}}`)]);
  await db.query(`INSERT INTO sumber.names (group_key, doc_id, name, kind, mentions, roles, name_keys)
    SELECT x.key, $1, x.name, x.kind, x.mentions, x.roles, x."nameKeys" FROM jsonb_to_recordset($2) AS x(key text, name text, kind text, mentions int, roles text[], "nameKeys" text[])`,
  [id, JSON.stringify(rows.names)]);
  await db.query(`INSERT INTO sumber.quotes (doc_id, ordinal, sentence, start_at, end_at, body, speaker)
    SELECT $1, x.ordinal, x.sentence, x.start, x."end", x.body, x.speaker FROM jsonb_to_recordset($2) AS x(ordinal int, sentence int, start int, "end" int, body text, speaker text)`,
  [id, JSON.stringify(rows.quotes)]);
}

/** Changes to the per-word document counts, applied in one statement per direction. */
class WordDelta {
  private readonly counts = new Map<string, number>();

  add(lower: readonly string[], midCap: readonly string[], by: number): void {
    for (const w of lower) this.counts.set(`l${w}`, (this.counts.get(`l${w}`) ?? 0) + by);
    for (const w of midCap) this.counts.set(`m${w}`, (this.counts.get(`m${w}`) ?? 0) + by);
  }

  async apply(db: Client): Promise<void> {
    const up = [...this.counts].filter(([, n]) => n > 0), down = [...this.counts].filter(([, n]) => n < 0);
    if (up.length) {
      await db.query(`INSERT INTO sumber.words (word, kind, docs) SELECT w, k, n FROM unnest($1::text[], $2::"char"[], $3::int[]) AS t(w, k, n)
        ON CONFLICT (word, kind) DO UPDATE SET docs = sumber.words.docs + EXCLUDED.docs`,
      [up.map(([k]) => k.slice(1)), up.map(([k]) => k[0]), up.map(([, n]) => n)]);
    }
    if (down.length) {
      await db.query(`UPDATE sumber.words SET docs = docs + t.n FROM unnest($1::text[], $2::"char"[], $3::int[]) AS t(w, k, n) WHERE word = t.w AND kind = t.k`,
        [down.map(([k]) => k.slice(1)), down.map(([k]) => k[0]), down.map(([, n]) => n)]);
      await db.query('DELETE FROM sumber.words WHERE docs <= 0');
    }
  }
}

/**
 * Analyses again, under the archive's vocabularies as they now stand, every stored document whose analysis asked
 * about a word whose standing changed: this ingest's documents against the vocabularies they were analysed under,
 * the others against those the archive had when this ingest began. Returns how many were analysed again.
 */
export async function refreshStale(db: Client, before: VocabularySets, used: VocabularySets, ours: ReadonlySet<string>, threads?: number): Promise<number> {
  return inTransaction(db, async () => {
    const now = (await ArchiveVocabulary.load(db)).sets();
    const forOthers = changedWords(before, now), forOurs = changedWords(used, now);
    if (!forOthers.length && !forOurs.length) return 0;
    const stale = await db.query(
      `SELECT id, path, format, body FROM sumber.documents
       WHERE (questions && $1::text[] AND NOT path = ANY($3)) OR (questions && $2::text[] AND path = ANY($3)) ORDER BY path`,
      [forOthers, forOurs, [...ours]]);
    if (!stale.rowCount) return 0;
    const analysed = await analyseAll(stale.rows.map(r => ({ uri: r.path, label: r.path, text: r.body, format: r.format })), now, threads);
    for (const [i, r] of stale.rows.entries()) {
      const rows = rowsOf(analysed[i], r.body);
      await db.query('DELETE FROM sumber.sentences WHERE doc_id = $1', [r.id]);
      await db.query('DELETE FROM sumber.postings WHERE doc_id = $1', [r.id]);
      await db.query('DELETE FROM sumber.names WHERE doc_id = $1', [r.id]);
      await db.query('DELETE FROM sumber.quotes WHERE doc_id = $1', [r.id]);
      await db.query('UPDATE sumber.documents SET analysis = $2, lang = $3, sentence_count = $4, word_count = $5, questions = $6, analysed_at = now() WHERE id = $1',
        [r.id, pack(analysed[i]), rows.lang, rows.sentences.length, rows.wordCount, rows.questions]);
      await writeChildren(db, r.id, rows);
    }
    return stale.rowCount;
  });
}
