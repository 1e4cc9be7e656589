import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { Client } from 'pg';
import { startTestPostgres, TestPostgres } from './postgres';
import { runSumber } from './cli';
import { SEEDS } from '../workspace';
import { connect, migrate, SCHEMA_VERSION, schemaVersion } from '../../server/src/archive/database';
import { ingest } from '../../server/src/archive/ingest';
import { columnWords } from '../../server/src/archive/quote-anchors';
import { Corpus, SourceFile } from '../../server/src/core/index/corpus';
import { decodeDoc } from '../../server/src/core/index/stored-doc-codec';

// The archive against a real PostgreSQL server: migrations, ingest, re-ingest, a changed file, ingests at once,
// and the analyses it stores against those a local index makes of the same files.

const seedNames = fs.readdirSync(SEEDS).filter(f => f.endsWith('.txt')).sort();

/** A folder holding copies of the seeds under seeds/, as a newsroom's export would. */
function seedFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sumber-archive-'));
  fs.mkdirSync(path.join(dir, 'seeds'));
  for (const f of seedNames) fs.copyFileSync(path.join(SEEDS, f), path.join(dir, 'seeds', f));
  return dir;
}

/** The local index of the same files, labelled as the archive names them. */
function localCorpus(dir: string): Corpus {
  const files: SourceFile[] = fs.readdirSync(path.join(dir, 'seeds')).sort().map(f => ({
    uri: `seeds/${f}`, label: `seeds/${f}`, text: fs.readFileSync(path.join(dir, 'seeds', f), 'utf8'), format: 'plaintext' as const,
  }));
  return Corpus.build(files);
}

/** Every stored document's analysis, decoded, by path. */
async function storedAnalyses(db: Client): Promise<Map<string, unknown>> {
  const r = await db.query('SELECT path, body, analysis FROM sumber.documents ORDER BY path');
  return new Map(r.rows.map(row => {
    const { doc, strings } = v8.deserialize(row.analysis);
    return [row.path, decodeDoc(doc, row.body, strings)];
  }));
}

describe('the archive on PostgreSQL: schema and ingest', function () {
  this.timeout(120_000);
  let pg: TestPostgres;
  let url: string;
  let db: Client;
  let dir: string;
  before(async () => {
    pg = startTestPostgres();
    url = await pg.createDatabase('ingest_test');
    db = await connect({ url, timeoutMs: 10_000 });
    dir = seedFolder();
  });
  after(async () => {
    await db?.end().catch(() => undefined);
    pg?.remove();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('migrates an empty database once, also when two migrations run at once', async () => {
    assert.equal(await schemaVersion(db), 0);
    const [a, b] = await Promise.all([runSumber(['db', 'migrate', '--db', url], dir), runSumber(['db', 'migrate', '--db', url], dir)]);
    assert.equal(a.code, 0, a.stderr);
    assert.equal(b.code, 0, b.stderr);
    assert.equal([a.stdout, b.stdout].filter(o => /applied 1/.test(o)).length, 1, `${a.stdout}${b.stdout}`);
    assert.equal(await schemaVersion(db), SCHEMA_VERSION);
    assert.deepEqual(await migrate(db), []);
    // Debian's server has lz4: a document's text and analysis are stored with it.
    const methods = await db.query(`SELECT attname, attcompression FROM pg_attribute WHERE attrelid = 'sumber.documents'::regclass AND attname IN ('body', 'analysis') ORDER BY attname`);
    assert.deepEqual(methods.rows.map(r => [r.attname, r.attcompression]), [['analysis', 'l'], ['body', 'l']]);
  });

  it('ingests the seeds: every sentence, quote and stem of the local index, and nothing twice when run again', async () => {
    const report = await ingest(db, dir, ['seeds']);
    assert.deepEqual({ added: report.added, replaced: report.replaced, unchanged: report.unchanged }, { added: seedNames.length, replaced: 0, unchanged: 0 });
    const local = localCorpus(dir);
    const counts = await db.query('SELECT (SELECT count(*) FROM sumber.sentences)::int AS s, (SELECT count(*) FROM sumber.quotes)::int AS q');
    assert.equal(counts.rows[0].s, local.stats.sentences);
    assert.equal(counts.rows[0].q, local.stats.quotes);
    // A stem's documents and its count of sentences, as the local index has them.
    const localPutin = [...local.postingsOf('putin')].map(id => local.refOf(id));
    const holding = await db.query(`SELECT path FROM sumber.documents WHERE stems @> ARRAY['putin'] ORDER BY path`);
    assert.deepEqual(holding.rows.map(r => r.path), [...new Set(localPutin.map(r => local.docs[r.doc].label))]);
    assert.equal((await db.query(`SELECT sentences FROM sumber.stems WHERE stem = 'putin'`)).rows[0].sentences, localPutin.length);
    // Who said each quote, as the local analysis has it.
    const speakers = await db.query('SELECT speaker FROM sumber.quotes q JOIN sumber.documents d ON d.id = q.doc_id ORDER BY d.path, q.ordinal');
    assert.deepEqual(speakers.rows.map(r => r.speaker), local.docs.flatMap(d => d.facts.quotes.map(q => q.attribution.speaker?.text ?? null)));
    // The GIN indexes hold what was written, not a pending list that every search would read through.
    await db.query('CREATE EXTENSION IF NOT EXISTS pgstattuple');
    const pending = await db.query(`SELECT c.relname, (pgstatginindex(c.oid)).pending_pages FROM pg_class c JOIN pg_am a ON a.oid = c.relam
      JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'sumber' AND a.amname = 'gin' ORDER BY c.relname`);
    assert.deepEqual(pending.rows.map(r => [r.relname, r.pending_pages]), ['documents_questions', 'documents_stems', 'quotes_body_trgm', 'quotes_words'].map(n => [n, 0]));

    const before = await db.query('SELECT path, xmin::text FROM sumber.documents ORDER BY path');
    const again = await ingest(db, dir, ['seeds']);
    assert.deepEqual({ added: again.added, replaced: again.replaced, unchanged: again.unchanged }, { added: 0, replaced: 0, unchanged: seedNames.length });
    assert.deepEqual((await db.query('SELECT path, xmin::text FROM sumber.documents ORDER BY path')).rows, before.rows, 'an unchanged file is not written again');
  });

  it('keeps each quotation\'s words as a quotation\'s anchors are cut, whatever its letters and marks', async () => {
    // The ingested seeds' quotations, and rows of other letters, digits and marks (the database splits them itself).
    const odd = ['Él dijo: «Pokémon-GO» 3,5% di São Paulo', 'ÇA VA? Xi-Putin’s 2022 talks', '  --  ', 'AbC123def x_y'];
    const docId = (await db.query('SELECT min(id) AS id FROM sumber.documents')).rows[0].id;
    await db.query('BEGIN');
    try {
      await db.query(`INSERT INTO sumber.quotes (doc_id, ordinal, sentence, start_at, end_at, body) SELECT $1, 100000 + i, 0, 0, 0, b
        FROM unnest($2::text[]) WITH ORDINALITY AS t(b, i)`, [docId, odd]);
      const rows = (await db.query<{ body: string; words: string[] }>('SELECT body, words FROM sumber.quotes ORDER BY doc_id, ordinal')).rows;
      assert.ok(rows.length > odd.length);
      for (const r of rows) assert.deepEqual(r.words, columnWords(r.body), r.body);
      assert.deepEqual(rows.find(r => r.body === odd[0])?.words, ['l', 'dijo', 'pok', 'mon', 'go', '3', '5', 'di', 's', 'o', 'paulo']);
    } finally {
      await db.query('ROLLBACK');
    }
  });

  it('replaces a changed file\'s rows, and keeps the vocabulary counts those of the stored documents', async () => {
    const file = path.join(dir, 'seeds', seedNames[0]);
    const original = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, `${original}\nMenteri Zorbaya Kelantika mengatakan ekspor naik 12 persen.\n`);
    try {
      const report = await ingest(db, dir, ['seeds']);
      assert.deepEqual({ added: report.added, replaced: report.replaced, unchanged: report.unchanged }, { added: 0, replaced: 1, unchanged: seedNames.length - 1 });
      const found = await db.query(`SELECT d.path FROM sumber.sentences s JOIN sumber.documents d ON d.id = s.doc_id WHERE s.body LIKE '%Zorbaya Kelantika%'`);
      assert.deepEqual(found.rows.map(r => r.path), [`seeds/${seedNames[0]}`]);
      assert.equal((await db.query('SELECT count(*)::int AS n FROM sumber.documents')).rows[0].n, seedNames.length);
      await assertWordCounts(db);
    } finally {
      fs.writeFileSync(file, original);
    }
    await ingest(db, dir, ['seeds']);
    await assertWordCounts(db);
    assert.equal((await db.query(`SELECT count(*)::int AS n FROM sumber.sentences WHERE body LIKE '%Zorbaya%'`)).rows[0].n, 0);
  });

  it('stores the analyses a local index makes of the same files, though they came one at a time', async () => {
    const url2 = await pg.createDatabase('one_by_one');
    const db2 = await connect({ url: url2, timeoutMs: 10_000 });
    try {
      await migrate(db2);
      let refreshed = 0;
      for (const f of seedNames) refreshed += (await ingest(db2, dir, [`seeds/${f}`])).refreshed;
      // Each new file changes the vocabularies the earlier ones were analysed under.
      assert.ok(refreshed > 0, 'no earlier document was analysed again');
      await assertWordCounts(db2);
      const local = localCorpus(dir);
      const stored = await storedAnalyses(db2);
      for (const d of local.docs) assert.deepEqual(stored.get(d.label), d.facts, d.label);
    } finally {
      await db2.end();
    }
  });

  it('removes, with prune, the documents whose file is gone, and analyses the rest as a local index of what is left', async () => {
    const url4 = await pg.createDatabase('pruned');
    const db4 = await connect({ url: url4, timeoutMs: 10_000 });
    const gone = path.join(dir, 'seeds', seedNames[2]);
    const kept = fs.readFileSync(gone);
    try {
      await migrate(db4);
      await ingest(db4, dir, ['seeds']);
      fs.rmSync(gone);
      const without = await ingest(db4, dir, ['seeds']);
      assert.equal(without.removed, 0, 'without prune nothing is removed');
      const pruned = await ingest(db4, dir, ['seeds'], { prune: true });
      assert.deepEqual({ removed: pruned.removed, unchanged: pruned.unchanged }, { removed: 1, unchanged: seedNames.length - 1 });
      const stored = await storedAnalyses(db4);
      assert.deepEqual([...stored.keys()], seedNames.filter(f => f !== seedNames[2]).map(f => `seeds/${f}`));
      for (const d of localCorpus(dir).docs) assert.deepEqual(stored.get(d.label), d.facts, d.label);
      await assertWordCounts(db4);
    } finally {
      fs.writeFileSync(gone, kept);
      await db4.end();
    }
  });

  it('takes two ingests at once on different files, and ends with the analyses of a local index', async () => {
    const url3 = await pg.createDatabase('at_once');
    assert.equal((await runSumber(['db', 'migrate', '--db', url3], dir)).code, 0);
    const half = Math.ceil(seedNames.length / 2);
    const [a, b] = await Promise.all([
      runSumber(['ingest', '--threads', '0', ...seedNames.slice(0, half).map(f => `seeds/${f}`)], dir, { SUMBER_DB: url3 }),
      runSumber(['ingest', '--threads', '0', ...seedNames.slice(half).map(f => `seeds/${f}`)], dir, { SUMBER_DB: url3 }),
    ]);
    assert.equal(a.code, 0, a.stderr);
    assert.equal(b.code, 0, b.stderr);
    assert.match(a.stdout, new RegExp(`^added ${half}$`, 'm'));
    assert.match(b.stdout, new RegExp(`^added ${seedNames.length - half}$`, 'm'));
    const db3 = await connect({ url: url3, timeoutMs: 10_000 });
    try {
      const stored = await storedAnalyses(db3);
      for (const d of localCorpus(dir).docs) assert.deepEqual(stored.get(d.label), d.facts, d.label);
      await assertWordCounts(db3);
    } finally {
      await db3.end();
    }
  });

  it('lets a writer\'s role read the archive and not change it', async () => {
    await db.query(`CREATE ROLE writer_test LOGIN IN ROLE sumber_reader`);
    const writer = await connect({ url: url.replace(/\/\/[^@]+@/, '//writer_test@'), timeoutMs: 10_000 });
    try {
      assert.ok((await writer.query('SELECT count(*)::int AS n FROM sumber.documents')).rows[0].n > 0);
      await assert.rejects(writer.query(`DELETE FROM sumber.documents`), /permission denied/);
      const unchanged = await ingest(writer, dir, ['seeds']);
      assert.equal(unchanged.unchanged, seedNames.length, 'nothing to write: every file is stored already');
      fs.appendFileSync(path.join(dir, 'seeds', seedNames[1]), '\nSatu kalimat baru.\n');
      await assert.rejects(ingest(writer, dir, ['seeds']), /permission denied/);
      const refused = await runSumber(['ingest', 'seeds'], dir, { SUMBER_DB: url.replace(/\/\/[^@]+@/, '//writer_test@') });
      assert.equal(refused.code, 2);
      assert.match(refused.stderr, /^sumber: the archive refused: permission denied for table documents$/m);
    } finally {
      await writer.end();
      fs.copyFileSync(path.join(SEEDS, seedNames[1]), path.join(dir, 'seeds', seedNames[1]));
    }
  });

  it('says the archive cannot be reached, without its password, and gives up within the timeout', async () => {
    const started = Date.now();
    const r = await runSumber(['db', 'status', '--db', 'postgres://someone:s3cret@127.0.0.1:1/none'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot reach the archive at postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/none/);
    assert.doesNotMatch(r.stderr, /s3cret/);
    assert.ok(Date.now() - started < 15_000);
  });
});

/** The per-word document counts, per-stem sentence counts, totals and name forms equal what the stored rows give. */
async function assertWordCounts(db: Client): Promise<void> {
  const r = await db.query(`
    WITH counted AS (
      SELECT w AS word, 'l'::"char" AS kind, count(*)::int AS docs FROM sumber.documents, unnest(lower_words) w GROUP BY w
      UNION ALL SELECT w, 'm'::"char", count(*)::int FROM sumber.documents, unnest(midcap_words) w GROUP BY w)
    SELECT (SELECT count(*) FROM counted c FULL JOIN sumber.words s USING (word, kind) WHERE c.docs IS DISTINCT FROM s.docs)::int AS wrong`);
  assert.equal(r.rows[0].wrong, 0);
  const stems = await db.query(`
    WITH counted AS (SELECT s AS stem, sum(n)::int AS sentences FROM sumber.documents, unnest(stems, stem_sentences) AS t(s, n) GROUP BY s)
    SELECT (SELECT count(*) FROM counted c FULL JOIN sumber.stems s USING (stem) WHERE c.sentences IS DISTINCT FROM s.sentences)::int AS wrong,
      (SELECT count(*) FROM sumber.stems)::int AS n`);
  assert.equal(stems.rows[0].wrong, 0);
  assert.ok(stems.rows[0].n > 0);
  // The archive's size, kept in one row, is that of its documents.
  const totals = await db.query(`SELECT t.documents::int, t.sentences::int, t.words::int, s.documents::int AS d, s.sentences::int AS s, s.words::int AS w
    FROM sumber.totals t, (SELECT count(*) AS documents, sum(sentence_count) AS sentences, sum(word_count) AS words FROM sumber.documents) s`);
  const { documents, sentences, words, d, s: counted, w } = totals.rows[0];
  assert.deepEqual({ documents, sentences, words }, { documents: d, sentences: counted, words: w });
  // The forms a name group's rows give besides the group's key, kept apart for the draw to find, are those of the rows.
  const forms = await db.query(`
    WITH given AS (SELECT k.form, n.doc_id, n.group_key, n.mentions FROM sumber.names n CROSS JOIN LATERAL unnest(n.name_keys) AS k(form) WHERE k.form <> n.group_key),
      kept AS (SELECT form, doc_id, group_key, mentions FROM sumber.name_forms)
    SELECT (SELECT count(*) FROM ((SELECT * FROM given EXCEPT ALL SELECT * FROM kept) UNION ALL (SELECT * FROM kept EXCEPT ALL SELECT * FROM given)) x)::int AS wrong,
      (SELECT count(*) FROM kept)::int AS n`);
  assert.equal(forms.rows[0].wrong, 0);
  assert.ok(forms.rows[0].n > 0);
}
