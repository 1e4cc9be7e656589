import type { Client } from 'pg';
import { ArchiveError, connect, redacted } from './archive/database';
import { archiveName, LoadedArchive } from './archive/load';
import { CancellationToken, throwIfCancelled } from './core/cancellation';
import { DraftNeeds } from './archive/needs';
import { WorkingSet } from './archive/working-set';

// The language server's link to a shared archive. The archive is never read whole: the drafts' checks draw the
// documents they need into a working set (archive/working-set.ts), kept while the archive says it is the same (its
// totals row's count and version, asked for at each re-index and every minute); a changed archive starts a new
// set. While the archive cannot be reached, the folder is checked against its local sources and what was drawn
// before, the status says why, and the link tries again every few seconds and re-indexes the folders when the
// archive is back.

/** What the status item says of the archive. */
export interface ArchiveStatus { state: 'connected' | 'unreachable'; address: string; documents?: number; message?: string }

const RETRY_MS = 15_000;
const POLL_MS = 60_000;

interface Link {
  timeoutMs: number;
  loaded?: { version: string; set: WorkingSet };
  status?: ArchiveStatus;
  timer?: NodeJS.Timeout;
  /**
   * The connections the drafts' draws share, opened at the first draw and dropped when one fails: two, so that
   * a draw looks up words on one while it looks up names and quotations on the other.
   */
  clients?: Promise<[Client, Client]>;
  /** Draws one after another: a connection runs one query at a time, and a set is grown by one draw at once. */
  drawing: Promise<unknown>;
  /** When a draw last failed: for a while after, checks go on with what was drawn instead of waiting again. */
  drawFailedAt?: number;
  /** Draws asked for by drafts' checks, under way or done (a rehearsal stops at the first). */
  asked: number;
}

export class ArchiveLinks {
  private readonly links = new Map<string, Link>();

  /** `changed`: the archive came back or its documents changed; the folders using it should index again. */
  constructor(private readonly changed: (address: string) => void, private readonly log: (message: string) => void) {}

  /** The archive's documents drawn so far, or undefined when it cannot be read now (the status says why). */
  async load(address: string, timeoutMs: number, token?: CancellationToken): Promise<{ archive?: LoadedArchive; status: ArchiveStatus }> {
    const link = this.linkOf(address, timeoutMs);
    let db: Client | undefined;
    try {
      db = await connect({ url: address, timeoutMs }, 'sumber lsp');
      const version = await versionOf(db);
      if (link.loaded?.version !== version) {
        const set = await WorkingSet.open(db, archiveName(address));
        throwIfCancelled(token);
        link.loaded = { version, set };
      }
      link.status = { state: 'connected', address: archiveName(address), documents: link.loaded.set.total };
      this.schedule(address, link, POLL_MS);
      return { archive: link.loaded.set.loaded(), status: link.status };
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

  /** The archive's documents drawn so far, as `load` gives them, without asking the archive whether it changed. */
  current(address: string): { archive: LoadedArchive; status: ArchiveStatus } | undefined {
    const link = this.links.get(address);
    return link?.loaded && link.status?.state === 'connected' ? { archive: link.loaded.set.loaded(), status: link.status } : undefined;
  }

  /** Whether a draft's check has asked this archive for documents since the link was made. */
  drawnFor(address: string): boolean {
    return (this.links.get(address)?.asked ?? 0) > 0;
  }

  /** How many documents the archive's working set has drawn; undefined when the archive is not loaded. */
  drawnCount(address: string): number | undefined {
    return this.links.get(address)?.loaded?.set.size;
  }

  /**
   * Draws into the archive's working set the documents these needs point to; how many were new (then the folders
   * using it should index again). Nothing when the archive is out of reach or not loaded: the check goes on with
   * what was drawn before, and the link's retries bring the archive back.
   */
  draw(address: string, needs: DraftNeeds): Promise<number> {
    const link = this.links.get(address);
    if (!link?.loaded || link.status?.state !== 'connected' || Date.now() - (link.drawFailedAt ?? -Infinity) < RETRY_MS) return Promise.resolve(0);
    const { set } = link.loaded;
    link.asked++;
    return this.queued(address, link, set, 0, async connections => {
      try {
        const [db, apart] = await connections();
        return await set.draw(db, needs, apart);
      } catch (e) {
        const clients = link.clients;
        link.clients = undefined;
        link.drawFailedAt = Date.now();
        void endPair(clients);
        this.log(`sumber: drawing from the archive at ${redacted(address)} failed: ${(e as Error).message}; checking with what was drawn before for ${RETRY_MS / 1000} s`);
        this.schedule(address, link, 0);
        return 0;
      }
    });
  }

  /**
   * The text of the archive's newest documents (WorkingSet.sampleTexts); undefined when it is out of reach. Waits
   * for the draws under way, and opens the connections they share.
   */
  sampleTexts(address: string, count: number): Promise<string[] | undefined> {
    return this.onConnected(address, async (set, connections) => set.sampleTexts((await connections())[0], count));
  }

  /**
   * Draws what `needs` point to into a set apart from the working set (WorkingSet.apart), on the same connections,
   * after the draws under way; undefined when the archive is out of reach. Cancelled, it stops between lookups: a
   * draft's own draw queued behind it waits for one lookup at most.
   */
  drawApart(address: string, needs: DraftNeeds, token: CancellationToken): Promise<LoadedArchive | undefined> {
    return this.onConnected(address, async (set, connections) => {
      throwIfCancelled(token);
      const [db, apart] = await connections();
      const scratch = set.apart();
      await scratch.draw(db, needs, apart, token);
      return scratch.loaded();
    });
  }

  /** `queued` work on a connected archive's working set; undefined when the archive is out of reach or not loaded. */
  private onConnected<T>(address: string, work: (set: WorkingSet, connections: () => Promise<[Client, Client]>) => Promise<T>): Promise<T | undefined> {
    const link = this.links.get(address);
    if (!link?.loaded || link.status?.state !== 'connected') return Promise.resolve(undefined);
    const { set } = link.loaded;
    return this.queued<T | undefined>(address, link, set, undefined, connections => work(set, connections));
  }

  /**
   * Runs `work` on the link's two connections (opened on first need) after the work queued on it before; `stale`
   * instead when by then the link or its working set was replaced (its connections are not opened again).
   */
  private queued<T>(address: string, link: Link, set: WorkingSet, stale: T, work: (connections: () => Promise<[Client, Client]>) => Promise<T>): Promise<T> {
    const run = link.drawing.then(() => this.links.get(address) !== link || link.loaded?.set !== set ? stale
      : work(() => (link.clients ??= connectPair(address, link.timeoutMs))));
    link.drawing = run.catch(() => undefined);
    return run;
  }

  private linkOf(address: string, timeoutMs: number): Link {
    let link = this.links.get(address);
    if (!link || link.timeoutMs !== timeoutMs) { this.dropLink(address); link = { timeoutMs, drawing: Promise.resolve(), asked: 0 }; this.links.set(address, link); }
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
    const link = this.links.get(address);
    clearTimeout(link?.timer);
    void endPair(link?.clients);
    this.links.delete(address);
  }

  dispose(): void {
    for (const a of [...this.links.keys()]) this.dropLink(a);
  }
}

/** Two connections to an archive; neither is left open when the other fails. */
async function connectPair(address: string, timeoutMs: number): Promise<[Client, Client]> {
  const both = await Promise.allSettled([0, 1].map(() => connect({ url: address, timeoutMs }, 'sumber lsp')));
  const failed = both.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (!failed) return both.map(r => (r as PromiseFulfilledResult<Client>).value) as [Client, Client];
  for (const r of both) if (r.status === 'fulfilled') await r.value.end().catch(() => undefined);
  throw failed.reason;
}

async function endPair(clients: Promise<[Client, Client]> | undefined): Promise<void> {
  const pair = await clients?.catch(() => undefined);
  for (const c of pair ?? []) await c.end().catch(() => undefined);
}

/** What changes when documents are ingested, replaced, removed or analysed again (ingest moves it on). */
async function versionOf(db: Client): Promise<string> {
  const r = await db.query('SELECT documents::text AS n, version::text AS v FROM sumber.totals');
  return `${r.rows[0].n}/${r.rows[0].v}`;
}
