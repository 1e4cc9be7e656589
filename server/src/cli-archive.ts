import { archiveAddress, ArchiveError, connect, migrate, pg, redacted, SCHEMA_VERSION, schemaVersion } from './archive/database';
import { ingest, IngestProgress } from './archive/ingest';
import { archiveName, corpusWithArchive, loadArchive } from './archive/load';
import { LoadedCorpus } from './corpus-files';
import { BuildProgress, Corpus } from './core/index/corpus';
import { TextFormat } from './core/facts/analyze';
import { analyzeDraft } from './core/checks/check';
import { needsOf } from './archive/needs';
import { WorkingSet } from './archive/working-set';

// `sumber db migrate` and `sumber ingest`: the shared archive's commands. The address is --db URL or SUMBER_DB;
// the password, if the server wants one, comes from PGPASSWORD or ~/.pgpass as for psql.

export interface ArchiveArgs { db?: string; files: string[]; threads?: number; prune?: boolean }

function addressOf(args: ArchiveArgs) {
  const address = archiveAddress(args.db);
  if (!address) throw new ArchiveError('no archive given: pass --db postgres://… or set SUMBER_DB');
  return address;
}

export async function runDb(args: ArchiveArgs): Promise<number> {
  const [sub, ...rest] = args.files;
  if (sub !== 'migrate' && sub !== 'status') throw new ArchiveError(`unknown db command "${sub ?? ''}" (migrate or status)`);
  if (rest.length) throw new ArchiveError(`db ${sub} takes no files`);
  const address = { ...addressOf(args), batch: true };
  const db = await connect(address, 'sumber db');
  try {
    if (sub === 'status') {
      process.stdout.write(`archive ${redacted(address.url)}: schema version ${await schemaVersion(db)} (this Sumber: ${SCHEMA_VERSION})\n`);
      return 0;
    }
    const applied = await migrate(db, (v, name) => process.stderr.write(`sumber: applied migration ${v}: ${name}\n`)).catch(saidPlainly);
    process.stdout.write(`schema version ${SCHEMA_VERSION}${applied.length ? `; applied ${applied.join(', ')}` : '; already current'}\n`);
    return 0;
  } finally {
    await db.end().catch(() => undefined);
  }
}

/** Progress on stderr: a line per phase change and at most one update a second within one. */
function progressLines(): (p: IngestProgress) => void {
  let last = 0, phase = '';
  return p => {
    if (p.phase === phase && Date.now() - last < 1000) return;
    last = Date.now(); phase = p.phase;
    process.stderr.write(`sumber: ${p.phase} ${p.done.toLocaleString('en-US')} / ${p.total.toLocaleString('en-US')} files\n`);
  };
}

/** A refusal or failure of the database is the user's to act on (a role, a full disk), not a Sumber bug. */
function saidPlainly(e: unknown): never {
  if (e instanceof pg().DatabaseError) throw new ArchiveError(`the archive refused: ${e.message}`);
  if (e instanceof Error && 'code' in e && typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code)) throw new ArchiveError(`the archive went away: ${e.message}`);
  if (e instanceof Error && /^(?:Query read timeout|Connection terminated)/.test(e.message)) throw new ArchiveError(`the archive did not answer in time: ${e.message}`);
  throw e;
}

export async function runIngest(args: ArchiveArgs): Promise<number> {
  if (!args.files.length) throw new ArchiveError('ingest needs at least one PATH (a file or a folder)');
  const address = { ...addressOf(args), batch: true };
  const db = await connect(address, 'sumber ingest');
  try {
    const started = Date.now();
    const r = await ingest(db, process.cwd(), args.files, { threads: args.threads, prune: args.prune, onProgress: progressLines() }).catch(saidPlainly);
    for (const s of r.skipped) process.stderr.write(`sumber: skipped ${s.path}: ${s.reason}\n`);
    process.stdout.write(`files ${r.files}\nadded ${r.added}\nreplaced ${r.replaced}\nunchanged ${r.unchanged}\nremoved ${r.removed}\nrefreshed ${r.refreshed}\nskipped ${r.skipped.length}\ntime ${Date.now() - started} ms\n`);
    return r.skipped.length && !(r.added + r.replaced + r.unchanged) ? 2 : 0;
  } finally {
    await db.end().catch(() => undefined);
  }
}

/**
 * The corpus `check`, `index` and `entities` use with --db: the archive's documents as stored, and the local
 * sources --corpus names, if any, analysed here.
 */
export async function loadWithArchive(args: ArchiveArgs & { corpus: string[] }, progress: BuildProgress): Promise<LoadedCorpus> {
  const address = addressOf(args);
  const db = await connect(address, 'sumber check');
  try {
    const archive = await loadArchive(db, archiveName(address.url)).catch(saidPlainly);
    return await corpusWithArchive(archive, args.corpus.length ? { root: process.cwd(), patterns: args.corpus, threads: args.threads } : undefined, progress);
  } finally {
    await db.end().catch(() => undefined);
  }
}

/**
 * The corpus `check` uses with --db: the archive's documents these drafts need (working-set.ts), drawn by queries
 * instead of reading the whole archive, and the local sources --corpus names, if any, analysed here.
 */
export async function loadForDrafts(args: ArchiveArgs & { corpus: string[] }, drafts: ReadonlyArray<{ text: string; format: TextFormat }>,
  progress: BuildProgress): Promise<LoadedCorpus> {
  const address = addressOf(args);
  const db = await connect(address, 'sumber check');
  // A second connection for the draw's names and quotations, opened while the vocabularies load.
  const apart = connect(address, 'sumber check');
  apart.catch(() => undefined);
  try {
    const set = await WorkingSet.open(db, archiveName(address.url)).catch(saidPlainly);
    // The drafts read under the archive's vocabularies alone: enough to tell which words, names and quotes they use.
    const bare = await Corpus.buildAsync([], { previous: set.loaded().vocabulary });
    await set.draw(db, needsOf(drafts.map(d => analyzeDraft(bare, d.text, d.format))), await apart).catch(saidPlainly);
    const loaded = await corpusWithArchive(set.loaded(), args.corpus.length ? { root: process.cwd(), patterns: args.corpus, threads: args.threads } : undefined, progress);
    const drawn = `checked against ${set.size} of the archive's ${set.total} documents: those the drafts' words, names and quotations point to`;
    return { ...loaded, notes: [...(loaded.notes ?? []), drawn] };
  } finally {
    await db.end().catch(() => undefined);
    await apart.then(c => c.end()).catch(() => undefined);
  }
}
