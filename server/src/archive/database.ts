import * as os from 'node:os';
import type { Client, ClientConfig } from 'pg';
import type * as Pg from 'pg';
import type * as PgAddress from 'pg-connection-string';
import { MIGRATIONS } from './migrations';

// Connecting to the archive and keeping its schema current. The address comes from the command line or the
// SUMBER_DB environment variable; a password belongs in PGPASSWORD or ~/.pgpass, never in a settings file (the
// address may still carry one when a person types it). TLS follows the address (`sslmode=require`, `verify-full`)
// as libpq reads it. Every statement is bounded by a timeout, so a slow or stopped server cannot hang the caller.

/** The advisory lock that serialises migrations (any number: the same in every process). */
const MIGRATION_LOCK = 0x53554d31;

export interface ArchiveAddress {
  url: string;
  /** Longest wait for a connection and for one statement, in milliseconds. */
  timeoutMs: number;
  /**
   * A batch job's connection (ingest, migrate): the timeout bounds connecting only, since writing or reading
   * a large archive may take longer than any one writer's request should.
   */
  batch?: boolean;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

// The PostgreSQL client is loaded when an archive is first used: most runs have none, and loading it (it probes
// the runtime's globals, which pulls in Node's fetch) cost every CLI run and server start a few tens of ms.
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const pg = (): typeof Pg => require('pg');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pgAddress = (): typeof PgAddress => require('pg-connection-string');

/** The archive named by `--db`, else by SUMBER_DB; undefined when neither names one. */
export function archiveAddress(flag: string | undefined, env: NodeJS.ProcessEnv = process.env, timeoutMs = DEFAULT_TIMEOUT_MS): ArchiveAddress | undefined {
  const url = flag ?? env.SUMBER_DB;
  return url ? { url, timeoutMs } : undefined;
}

/** The address with any password replaced, for messages and logs. */
export function redacted(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}

export async function connect(address: ArchiveAddress, applicationName = 'sumber'): Promise<Client> {
  let parsed: ClientConfig;
  try {
    // libpq's reading of sslmode (require: encrypted; verify-ca, verify-full: the certificate checked too), which
    // is what a database administrator's address means.
    const { parse, toClientConfig } = pgAddress();
    parsed = toClientConfig(parse(address.url, { useLibpqCompat: true }));
  } catch (e) {
    throw new ArchiveError(`the archive address ${redacted(address.url)} is not a PostgreSQL address: ${(e as Error).message}`);
  }
  const config: ClientConfig = {
    ...parsed,
    // As psql does: without a user in the address or PGUSER, the user this program runs as.
    user: parsed.user || process.env.PGUSER || os.userInfo().username,
    // The editor hands the password kept in its secret storage to the server this way; else PGPASSWORD or ~/.pgpass.
    ...(parsed.password || !process.env.SUMBER_ARCHIVE_PASSWORD ? {} : { password: process.env.SUMBER_ARCHIVE_PASSWORD }),
    connectionTimeoutMillis: address.timeoutMs,
    ...(address.batch ? {} : { statement_timeout: address.timeoutMs, query_timeout: address.timeoutMs + 1000 }),
    // A writer's queries are short, but the planner's estimates for a draw's lookups pass the JIT threshold: compiling
    // them cost more than it saved (a draw's stem lookup, warm: 65-80 ms without, 90 ms with).
    ...(address.batch ? {} : { options: [parsed.options, '-c jit=off'].filter(Boolean).join(' ') }),
    application_name: applicationName,
  };
  const client = new (pg().Client)(config);
  // An error on an idle connection (the server stopped) must not take the process down: the next query fails instead.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (e) {
    await client.end().catch(() => undefined);
    throw new ArchiveError(`cannot reach the archive at ${redacted(address.url)}: ${(e as Error).message}`);
  }
  return client;
}

export class ArchiveError extends Error {}

/** The schema version the archive is at: 0 for a database Sumber never migrated. */
export async function schemaVersion(db: Client): Promise<number> {
  const exists = await db.query(`SELECT to_regclass('sumber.migrations') IS NOT NULL AS present`);
  if (!exists.rows[0].present) return 0;
  const r = await db.query('SELECT coalesce(max(version), 0) AS v FROM sumber.migrations');
  return Number(r.rows[0].v);
}

/** The newest schema this program knows. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** Applies the migrations the archive lacks, each in its own transaction; returns the versions applied. */
export async function migrate(db: Client, onStep: (version: number, name: string) => void = () => undefined): Promise<number[]> {
  const applied: number[] = [];
  // Migrations may take longer than a query: no statement timeout here. The lock makes concurrent runs take turns.
  await db.query('SET statement_timeout = 0');
  await db.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await migrateLocked(db, applied, onStep);
  } finally {
    await db.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
  }
  return applied;
}

async function migrateLocked(db: Client, applied: number[], onStep: (version: number, name: string) => void): Promise<void> {
  await db.query('CREATE SCHEMA IF NOT EXISTS sumber');
  await db.query(`CREATE TABLE IF NOT EXISTS sumber.migrations (version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  for (const m of MIGRATIONS) {
    await db.query('BEGIN');
    try {
      const done = await db.query('SELECT 1 FROM sumber.migrations WHERE version = $1', [m.version]);
      if (done.rowCount) { await db.query('ROLLBACK'); continue; }
      await db.query(m.sql);
      await db.query('INSERT INTO sumber.migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      await db.query('COMMIT');
      applied.push(m.version);
      onStep(m.version, m.name);
    } catch (e) {
      await db.query('ROLLBACK').catch(() => undefined);
      throw new ArchiveError(`migration ${m.version} (${m.name}) failed: ${(e as Error).message}`);
    }
  }
}

/** Refuses an archive whose schema is not the one this program reads and writes. */
export async function requireSchema(db: Client): Promise<void> {
  const v = await schemaVersion(db);
  if (v === SCHEMA_VERSION) return;
  throw new ArchiveError(v < SCHEMA_VERSION
    ? `the archive's schema is at version ${v}, this Sumber needs ${SCHEMA_VERSION}: run \`sumber db migrate\``
    : `the archive's schema is at version ${v}, newer than this Sumber knows (${SCHEMA_VERSION}): update Sumber`);
}
