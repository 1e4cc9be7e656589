// The archive's schema, version by version. A migration is applied once, in order, inside one transaction that
// holds the archive's migration lock, so two `sumber db migrate` runs at once apply each step once. Steps are
// never edited after release: a change is a new step.

export interface Migration { version: number; name: string; sql: string }

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents with their stems, sentences, names, quotes, stem and word counts',
    sql: `
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- One row per source file. The analysis is the stored form the checker reads (typed arrays and the document's own
-- strings); the other tables answer the queries that find which documents a check needs.
CREATE TABLE sumber.documents (
  id bigserial PRIMARY KEY,
  path text NOT NULL UNIQUE,
  format text NOT NULL,
  content_hash text NOT NULL,
  analyser text NOT NULL,
  lang text NOT NULL,
  body text NOT NULL,
  meta jsonb,
  paragraphs jsonb,
  analysis bytea NOT NULL,
  sentence_count int NOT NULL,
  word_count int NOT NULL,
  lower_words text[] NOT NULL,
  midcap_words text[] NOT NULL,
  questions text[] NOT NULL,
  stems text[] NOT NULL,
  stem_sentences int[] NOT NULL,
  ingested_at timestamptz NOT NULL DEFAULT now(),
  analysed_at timestamptz NOT NULL DEFAULT now()
);
-- Which documents an analysis depends on a word's standing in the vocabulary for.
CREATE INDEX documents_questions ON sumber.documents USING gin (questions);

CREATE TABLE sumber.sentences (
  doc_id bigint NOT NULL REFERENCES sumber.documents ON DELETE CASCADE,
  ordinal int NOT NULL,
  start_at int NOT NULL,
  end_at int NOT NULL,
  words int NOT NULL,
  body text NOT NULL,
  facts jsonb NOT NULL,
  PRIMARY KEY (doc_id, ordinal)
);

-- Postings: which documents hold a stem (a GIN index over each document's stems; where in the document is in
-- its analysis), and in how many sentences of the archive each stem stands, for its weight.
CREATE INDEX documents_stems ON sumber.documents USING gin (stems);
CREATE TABLE sumber.stems (
  stem text PRIMARY KEY,
  sentences int NOT NULL
);

-- Per name group and document: what the document says of the name (its part of the entity).
CREATE TABLE sumber.names (
  group_key text NOT NULL,
  doc_id bigint NOT NULL REFERENCES sumber.documents ON DELETE CASCADE,
  name text NOT NULL,
  kind text NOT NULL,
  mentions int NOT NULL,
  roles text[] NOT NULL,
  name_keys text[] NOT NULL,
  PRIMARY KEY (group_key, doc_id)
);
CREATE INDEX names_doc ON sumber.names (doc_id);
CREATE INDEX names_keys ON sumber.names USING gin (name_keys);

CREATE TABLE sumber.quotes (
  doc_id bigint NOT NULL REFERENCES sumber.documents ON DELETE CASCADE,
  ordinal int NOT NULL,
  sentence int NOT NULL,
  start_at int NOT NULL,
  end_at int NOT NULL,
  body text NOT NULL,
  speaker text,
  PRIMARY KEY (doc_id, ordinal)
);
CREATE INDEX quotes_body_trgm ON sumber.quotes USING gin (body gin_trgm_ops);

-- The corpus vocabularies with how many documents have each word: kind 'l', used in lower case; 'm', capitalised
-- in mid-sentence. Analysis asks whether a word is in them, so a change of standing can make analyses stale.
CREATE TABLE sumber.words (
  word text NOT NULL,
  kind "char" NOT NULL,
  docs int NOT NULL,
  PRIMARY KEY (word, kind)
);

-- Writers read; only ingest writes. The IT desk grants these to login roles.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sumber_reader') THEN CREATE ROLE sumber_reader NOLOGIN; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sumber_ingest') THEN CREATE ROLE sumber_ingest NOLOGIN; END IF;
END $$;
GRANT USAGE ON SCHEMA sumber TO sumber_reader, sumber_ingest;
GRANT SELECT ON ALL TABLES IN SCHEMA sumber TO sumber_reader;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA sumber TO sumber_ingest;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA sumber TO sumber_ingest;
`,
  },
  {
    version: 2,
    name: 'documents that say most about a name, found without a sort',
    sql: `
-- A writer's working set draws, per name, the few documents that mention it most (archive/working-set.ts): read
-- from this index in order, a name the archive mentions thousands of times costs a few rows, not a sort of them all.
CREATE INDEX names_by_mentions ON sumber.names (group_key, mentions DESC, doc_id);
`,
  },
  {
    version: 3,
    name: 'the archive\'s size kept in one row',
    sql: `
-- How many documents, sentences and words the archive holds, as retrieval weighs words by them, and a version that
-- every write of documents moves on. Ingest keeps the row in step with the documents in the same transactions; a
-- writer reads it instead of scanning every document (380 ms for the sums at 100 MB on every start, and 400 ms for
-- the count and latest write times on every poll for changes).
CREATE TABLE sumber.totals (
  one boolean PRIMARY KEY DEFAULT true CHECK (one),
  documents bigint NOT NULL,
  sentences bigint NOT NULL,
  words bigint NOT NULL,
  version bigint NOT NULL
);
INSERT INTO sumber.totals SELECT true, count(*), coalesce(sum(sentence_count), 0), coalesce(sum(word_count), 0), 0 FROM sumber.documents;
GRANT SELECT ON sumber.totals TO sumber_reader;
GRANT SELECT, INSERT, UPDATE, DELETE ON sumber.totals TO sumber_ingest;
`,
  },
  {
    version: 4,
    name: 'documents compressed with lz4',
    sql: `
-- A document's text, analysis and word lists are compressed when stored. PostgreSQL's own method (pglz) cost ingest a
-- tenth of its time at 10 MB (37 s -> 33 s with lz4, the same size on disk), and every draw decompresses them. Values
-- stored before keep their method. A server built without lz4 keeps pglz.
DO $$
BEGIN
  ALTER TABLE sumber.documents ALTER COLUMN body SET COMPRESSION lz4, ALTER COLUMN analysis SET COMPRESSION lz4,
    ALTER COLUMN paragraphs SET COMPRESSION lz4, ALTER COLUMN meta SET COMPRESSION lz4, ALTER COLUMN stems SET COMPRESSION lz4,
    ALTER COLUMN stem_sentences SET COMPRESSION lz4, ALTER COLUMN lower_words SET COMPRESSION lz4,
    ALTER COLUMN midcap_words SET COMPRESSION lz4, ALTER COLUMN questions SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
  RAISE NOTICE 'lz4 is not available on this server: documents stay compressed with pglz';
END $$;
`,
  },
  {
    version: 5,
    name: 'name forms kept apart from their groups',
    sql: `
-- A name a draft gives that is no group's key ("AS" for "Amerika Serikat") was looked up in every names row's keys
-- through a GIN index, and each row holding it read and sorted: 125-155 ms of a first draw at 100 MB, 520 ms on a
-- cold cache, for a handful of such names. Such forms are few (a group's rows mostly give only its own key), so
-- they get a table of their own, read in order by a B-tree; the GIN index served nothing else.
CREATE TABLE sumber.name_forms (
  form text NOT NULL,
  doc_id bigint NOT NULL REFERENCES sumber.documents ON DELETE CASCADE,
  group_key text NOT NULL,
  mentions int NOT NULL
);
INSERT INTO sumber.name_forms (form, doc_id, group_key, mentions)
  SELECT k.form, n.doc_id, n.group_key, n.mentions FROM sumber.names n CROSS JOIN LATERAL unnest(n.name_keys) AS k(form) WHERE k.form <> n.group_key;
CREATE INDEX name_forms_by_mentions ON sumber.name_forms (form, mentions DESC, doc_id);
CREATE INDEX name_forms_doc ON sumber.name_forms (doc_id);
DROP INDEX sumber.names_keys;
GRANT SELECT ON sumber.name_forms TO sumber_reader;
GRANT SELECT, INSERT, UPDATE, DELETE ON sumber.name_forms TO sumber_ingest;
`,
  },
  {
    version: 6,
    name: 'quotations looked up by their rarest words',
    sql: `
-- A quotation's words as the database splits them (A-Z lowered, cut at anything but a-z and 0-9; no locale enters
-- it), under a GIN index: a draft's quotation is looked for among those holding one of its rarest words, then
-- scored by trigram similarity (archive/quote-anchors.ts). By the trigram index alone each lookup read the lists of
-- its common trigrams: 2-26 ms a quotation at 100 MB, against 0.5-11 ms so. The trigram index stays for quotations
-- of common words only. Ingest never writes the column; existing rows get it as the column is added, which rewrites
-- the quotations under a lock that holds writers' draws back meanwhile (the whole migration took 1.1 s on the 100 MB
-- archive's 30,563 quotations).
ALTER TABLE sumber.quotes ADD COLUMN words text[] GENERATED ALWAYS AS
  (array_remove(regexp_split_to_array(translate(body, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), '[^a-z0-9]+'), '')) STORED;
CREATE INDEX quotes_words ON sumber.quotes USING gin (words);
`,
  },
];
