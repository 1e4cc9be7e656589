import * as v8 from 'node:v8';
import type { Client } from 'pg';
import { AnalysedFile } from '../core/index/analysed-file';
import { STORED_DOC_FORMAT } from '../core/index/stored-doc';
import { plainDoc } from '../cache-packing';
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

/** Writes a batch in one transaction, each document replacing the stored one of its path: a few statements a batch. */
export async function writeBatch(db: Client, writes: readonly DocumentWrite[]): Promise<{ added: number; replaced: number }> {
  const rows = writes.map(w => rowsOf(w.analysed, w.text));
  return inTransaction(db, async () => {
    const delta = new WordDelta();
    const replaced = await deleteDocuments(db, writes.map(w => w.path), delta);
    const docs = writes.map((w, i) => ({
      path: w.path, format: w.format, hash: w.hash, analyser: w.analyser, lang: rows[i].lang, body: w.text, meta: w.meta ?? null, paragraphs: w.paragraphs ?? null,
      analysis: pack(w.analysed).toString('base64'), sentences: rows[i].sentences.length, words: rows[i].wordCount,
      lower: w.vocabulary.lower, midcap: w.vocabulary.midCap, questions: rows[i].questions,
      stems: [...rows[i].postings.keys()], stemSentences: [...rows[i].postings.values()].map(v => v.length),
    }));
    const inserted = await db.query(
      `INSERT INTO sumber.documents (path, format, content_hash, analyser, lang, body, meta, paragraphs, analysis, sentence_count, word_count, lower_words, midcap_words,
         questions, stems, stem_sentences)
       SELECT x.path, x.format, x.hash, x.analyser, x.lang, x.body, x.meta, x.paragraphs, decode(x.analysis, 'base64'), x.sentences, x.words, x.lower, x.midcap,
         x.questions, x.stems, x."stemSentences"
       FROM jsonb_to_recordset($1) AS x(path text, format text, hash text, analyser text, lang text, body text, meta jsonb, paragraphs jsonb, analysis text,
         sentences int, words int, lower text[], midcap text[], questions text[], stems text[], "stemSentences" int[])
       RETURNING id, path`, [JSON.stringify(docs)]);
    const idOf = new Map<string, string>(inserted.rows.map(r => [r.path, r.id]));
    await writeChildren(db, writes.map((w, i) => ({ id: idOf.get(w.path)!, rows: rows[i] })));
    for (const [i, w] of writes.entries()) {
      delta.add(w.vocabulary.lower, w.vocabulary.midCap, 1);
      delta.addStems(docs[i].stems, docs[i].stemSentences, 1);
      delta.addDocument(1, docs[i].sentences, docs[i].words);
    }
    await delta.apply(db);
    return { added: writes.length - replaced, replaced };
  });
}

/** Removes stored documents (their rows go with them) and their words from the counts, in one transaction. */
export async function removeDocuments(db: Client, paths: readonly string[]): Promise<number> {
  return inTransaction(db, async () => {
    const delta = new WordDelta();
    const removed = await deleteDocuments(db, paths, delta);
    await delta.apply(db);
    return removed;
  });
}

/** Deletes the documents of these paths (their rows go with them), taking their words off `delta`; returns how many. */
async function deleteDocuments(db: Client, paths: readonly string[], delta: WordDelta): Promise<number> {
  const old = await db.query('DELETE FROM sumber.documents WHERE path = ANY($1) RETURNING lower_words, midcap_words, stems, stem_sentences, sentence_count, word_count', [paths]);
  for (const r of old.rows) {
    delta.add(r.lower_words, r.midcap_words, -1);
    delta.addStems(r.stems, r.stem_sentences, -1);
    delta.addDocument(-1, -r.sentence_count, -r.word_count);
  }
  return old.rowCount ?? 0;
}

function pack(a: AnalysedFile): Buffer {
  // A thread's analysis arrives packed (cache-packing.ts): its quotes and figures must be read into the row too.
  return v8.serialize({ format: STORED_DOC_FORMAT, doc: plainDoc(a.doc), strings: a.strings });
}

/** The rows that hang off documents: sentences, names and quotes, one statement per table. */
async function writeChildren(db: Client, docs: ReadonlyArray<{ id: string; rows: DocumentRows }>): Promise<void> {
  const each = <T>(pick: (r: DocumentRows) => T[]) => JSON.stringify(docs.flatMap(d => pick(d.rows).map(x => ({ doc: d.id, ...x }))));
  await db.query(`INSERT INTO sumber.sentences (doc_id, ordinal, start_at, end_at, words, body, facts)
    SELECT x.doc, x.ordinal, x.start, x."end", x.words, x.body, x.facts FROM jsonb_to_recordset($1) AS x(doc bigint, ordinal int, start int, "end" int, words int, body text, facts jsonb)`,
  [each(r => r.sentences)]);
  // A row's forms other than its group's key go to name_forms too (migration 5), in the same statement.
  await db.query(`WITH named AS (
      INSERT INTO sumber.names (group_key, doc_id, name, kind, mentions, roles, name_keys)
      SELECT x.key, x.doc, x.name, x.kind, x.mentions, x.roles, x."nameKeys" FROM jsonb_to_recordset($1) AS x(doc bigint, key text, name text, kind text, mentions int, roles text[], "nameKeys" text[])
      RETURNING group_key, doc_id, mentions, name_keys)
    INSERT INTO sumber.name_forms (form, doc_id, group_key, mentions)
    SELECT k.form, n.doc_id, n.group_key, n.mentions FROM named n CROSS JOIN LATERAL unnest(n.name_keys) AS k(form) WHERE k.form <> n.group_key`,
  [each(r => r.names)]);
  await db.query(`INSERT INTO sumber.quotes (doc_id, ordinal, sentence, start_at, end_at, body, speaker)
    SELECT x.doc, x.ordinal, x.sentence, x.start, x."end", x.body, x.speaker FROM jsonb_to_recordset($1) AS x(doc bigint, ordinal int, sentence int, start int, "end" int, body text, speaker text)`,
  [each(r => r.quotes)]);
}

/** Changes to the per-word document counts, the per-stem sentence counts and the totals, a statement per table and direction. */
class WordDelta {
  /** Per word, the change of its document count: lower-case words and mid-sentence capitals apart. */
  private readonly lower = new Map<string, number>();
  private readonly midCap = new Map<string, number>();
  private readonly stems = new Map<string, number>();
  private readonly totals = { documents: 0, sentences: 0, words: 0 };

  /** Changes to the archive's totals: a document in (1, its counts), out (-1, less its counts) or analysed again (0, the difference). */
  addDocument(documents: number, sentences: number, words: number): void {
    this.totals.documents += documents;
    this.totals.sentences += sentences;
    this.totals.words += words;
  }

  addStems(stems: readonly string[], sentences: readonly number[], by: 1 | -1): void {
    stems.forEach((stem, i) => this.stems.set(stem, (this.stems.get(stem) ?? 0) + by * sentences[i]));
  }

  add(lower: readonly string[], midCap: readonly string[], by: number): void {
    for (const w of lower) this.lower.set(w, (this.lower.get(w) ?? 0) + by);
    for (const w of midCap) this.midCap.set(w, (this.midCap.get(w) ?? 0) + by);
  }

  async apply(db: Client): Promise<void> {
    // Every write moves the version on: the writers' links poll it to learn that documents changed.
    const { documents, sentences, words } = this.totals;
    await db.query('UPDATE sumber.totals SET documents = documents + $1, sentences = sentences + $2, words = words + $3, version = version + 1', [documents, sentences, words]);
    const all = [...[...this.lower].map(([w, n]) => ({ w, k: 'l', n })), ...[...this.midCap].map(([w, n]) => ({ w, k: 'm', n }))];
    const up = all.filter(x => x.n > 0), down = all.filter(x => x.n < 0);
    if (up.length) {
      await db.query(`INSERT INTO sumber.words (word, kind, docs) SELECT w, k, n FROM unnest($1::text[], $2::"char"[], $3::int[]) AS t(w, k, n)
        ON CONFLICT (word, kind) DO UPDATE SET docs = sumber.words.docs + EXCLUDED.docs`,
      [up.map(x => x.w), up.map(x => x.k), up.map(x => x.n)]);
    }
    if (down.length) {
      await db.query(`UPDATE sumber.words SET docs = docs + t.n FROM unnest($1::text[], $2::"char"[], $3::int[]) AS t(w, k, n) WHERE word = t.w AND kind = t.k`,
        [down.map(x => x.w), down.map(x => x.k), down.map(x => x.n)]);
      await db.query('DELETE FROM sumber.words WHERE docs <= 0');
    }
    const changed = [...this.stems].filter(([, n]) => n !== 0);
    if (changed.length) {
      await db.query(`INSERT INTO sumber.stems (stem, sentences) SELECT s, n FROM unnest($1::text[], $2::int[]) AS t(s, n)
        ON CONFLICT (stem) DO UPDATE SET sentences = sumber.stems.sentences + EXCLUDED.sentences`, [changed.map(([k]) => k), changed.map(([, n]) => n)]);
      if (changed.some(([, n]) => n < 0)) await db.query('DELETE FROM sumber.stems WHERE sentences <= 0');
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
    // Candidates by the GIN index over each document's questions, as ids and paths only (a first ingest changes every
    // word, and every document is this ingest's own); the texts of the stale ones come after.
    const asked = async (words: string[]) => words.length
      ? (await db.query({ text: 'SELECT id, path FROM sumber.documents WHERE questions && $1::text[]', values: [words], rowMode: 'array' })).rows as Array<[string, string]>
      : [];
    const total = Number((await db.query('SELECT documents AS n FROM sumber.totals')).rows[0].n);
    const others = total > ours.size ? (await asked(forOthers)).filter(([, p]) => !ours.has(p)) : [];
    const own = (await asked(forOurs)).filter(([, p]) => ours.has(p));
    const staleIds = [...new Set([...others, ...own].map(([id]) => id))];
    if (!staleIds.length) return 0;
    const stale = await db.query('SELECT id, path, format, body, stems, stem_sentences, sentence_count, word_count FROM sumber.documents WHERE id = ANY($1) ORDER BY path', [staleIds]);
    const analysed = await analyseAll(stale.rows.map(r => ({ uri: r.path, label: r.path, text: r.body, format: r.format })), now, threads);
    const ids = stale.rows.map(r => r.id);
    for (const table of ['sentences', 'names', 'name_forms', 'quotes']) await db.query(`DELETE FROM sumber.${table} WHERE doc_id = ANY($1)`, [ids]);
    const fresh = stale.rows.map((r, i) => ({ id: r.id, rows: rowsOf(analysed[i], r.body) }));
    // The stems of a document analysed again may differ (the stemmer asks the vocabulary too).
    const delta = new WordDelta();
    for (const [i, { id, rows }] of fresh.entries()) {
      const stems = [...rows.postings.keys()], counts = [...rows.postings.values()].map(v => v.length);
      delta.addStems(stale.rows[i].stems, stale.rows[i].stem_sentences, -1);
      delta.addStems(stems, counts, 1);
      delta.addDocument(0, rows.sentences.length - stale.rows[i].sentence_count, rows.wordCount - stale.rows[i].word_count);
      await db.query('UPDATE sumber.documents SET analysis = $2, lang = $3, sentence_count = $4, word_count = $5, questions = $6, stems = $7, stem_sentences = $8, analysed_at = now() WHERE id = $1',
        [id, pack(analysed[i]), rows.lang, rows.sentences.length, rows.wordCount, rows.questions, stems, counts]);
    }
    await writeChildren(db, fresh);
    await delta.apply(db);
    return stale.rowCount ?? 0;
  });
}

/**
 * Moves what the ingest added to the archive's GIN indexes from their pending lists into the indexes. Until then
 * every search through such an index reads its whole pending list (after the 100 MB benchmark's ingest, 384 pages
 * on each stem a working set looked up, 4.9 ms of the index's 5 ms). Autovacuum does it in its own time; a role
 * that does not own the indexes leaves it to autovacuum. Returns how many pages were moved.
 */
export async function tidyIndexes(db: Client): Promise<number> {
  try {
    const r = await db.query<{ pages: string }>(`SELECT coalesce(sum(gin_clean_pending_list(c.oid)), 0) AS pages
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_am a ON a.oid = c.relam
      WHERE n.nspname = 'sumber' AND c.relkind = 'i' AND a.amname = 'gin'`);
    return Number(r.rows[0].pages);
  } catch {
    return 0;
  }
}

