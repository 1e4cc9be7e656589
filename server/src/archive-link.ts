import type { Client } from 'pg';
import { ArchiveError, connect, redacted } from './archive/database';
import { archiveName, LoadedArchive, loadArchive } from './archive/load';
import { CancellationToken } from './core/cancellation';

// The language server's link to a shared archive. The archive's documents are read once and kept while the
// archive says they are the same (a count and the latest write time, asked for at each re-index and every minute);
// while the archive cannot be reached, the folder is checked against its local sources alone, the status says
// why, and the link tries again every few seconds and re-indexes the folders when the archive is back.

/** What the status item says of the archive. */
export interface ArchiveStatus { state: 'connected' | 'unreachable'; address: string; documents?: number; message?: string }

const RETRY_MS = 15_000;
const POLL_MS = 60_000;

interface Link {
  timeoutMs: number;
  loaded?: { version: string; archive: LoadedArchive };
  status?: ArchiveStatus;
  timer?: NodeJS.Timeout;
}

export class ArchiveLinks {
  private readonly links = new Map<string, Link>();

  /** `changed`: the archive came back or its documents changed; the folders using it should index again. */
  constructor(private readonly changed: (address: string) => void, private readonly log: (message: string) => void) {}

  /** The archive's documents, or undefined when it cannot be read now (the status says why). */
  async load(address: string, timeoutMs: number, token?: CancellationToken): Promise<{ archive?: LoadedArchive; status: ArchiveStatus }> {
    const link = this.linkOf(address, timeoutMs);
    let db: Client | undefined;
    try {
      db = await connect({ url: address, timeoutMs }, 'sumber lsp');
      const version = await versionOf(db);
      if (link.loaded?.version !== version) link.loaded = { version, archive: await loadArchive(db, archiveName(address), token) };
      link.status = { state: 'connected', address: archiveName(address), documents: link.loaded.archive.sources.length };
      this.schedule(address, link, POLL_MS);
      return { archive: link.loaded.archive, status: link.status };
    } catch (e) {
      if ((e as { name?: string }).name === 'CancelledError') throw e;
      const message = e instanceof ArchiveError ? e.message : `the archive at ${redacted(address)} failed: ${(e as Error).message}`;
      if (link.status?.state !== 'unreachable') this.log(`sumber: ${message}; checking against local sources until it is back`);
      link.status = { state: 'unreachable', address: archiveName(address), message };
      this.schedule(address, link, RETRY_MS);
      return { status: link.status };
    } finally {
      await db?.end().catch(() => undefined);
    }
  }

  private linkOf(address: string, timeoutMs: number): Link {
    let link = this.links.get(address);
    if (!link || link.timeoutMs !== timeoutMs) { this.dropLink(address); link = { timeoutMs }; this.links.set(address, link); }
    return link;
  }

  /** Asks again after `ms`: whether the archive is back, or whether its documents changed. */
  private schedule(address: string, link: Link, ms: number): void {
    clearTimeout(link.timer);
    link.timer = setTimeout(() => void this.probe(address, link), ms);
    link.timer.unref();
  }

  private async probe(address: string, link: Link): Promise<void> {
    let db: Client | undefined;
    try {
      db = await connect({ url: address, timeoutMs: link.timeoutMs }, 'sumber lsp');
      const version = await versionOf(db);
      if (link.status?.state === 'unreachable' || version !== link.loaded?.version) {
        if (link.status?.state === 'unreachable') this.log(`sumber: the archive at ${redacted(address)} is back`);
        this.changed(address);
        return;
      }
      this.schedule(address, link, POLL_MS);
    } catch {
      if (link.status?.state === 'connected') { link.status = { ...link.status, state: 'unreachable', message: `the archive at ${redacted(address)} stopped answering` }; this.changed(address); }
      this.schedule(address, link, RETRY_MS);
    } finally {
      await db?.end().catch(() => undefined);
    }
  }

  /** Forgets archives no folder uses any more. */
  keepOnly(addresses: ReadonlySet<string>): void {
    for (const a of [...this.links.keys()]) if (!addresses.has(a)) this.dropLink(a);
  }

  private dropLink(address: string): void {
    clearTimeout(this.links.get(address)?.timer);
    this.links.delete(address);
  }

  dispose(): void {
    for (const a of [...this.links.keys()]) this.dropLink(a);
  }
}

/** What changes when documents are ingested, replaced or analysed again. */
async function versionOf(db: Client): Promise<string> {
  const r = await db.query('SELECT count(*)::text AS n, coalesce(max(analysed_at), max(ingested_at))::text AS at, max(ingested_at)::text AS ingested FROM sumber.documents');
  return `${r.rows[0].n}/${r.rows[0].at}/${r.rows[0].ingested}`;
}
