import type { LoadedCorpus } from './corpus-files';
import { describe } from './lifecycle';

// The server's writes of the disk cache. A corpus is written after it is in use, and once for a burst of source
// changes: writing serialises the whole index, which would otherwise stand between a saved source and its first
// squiggle. It is written between other work (in one piece it took 1.7 s at 10 MB of sources, during which hovers
// and checks waited); a newer corpus's write stops an older one's, and at shutdown what is waiting is written at once.

interface Log { info(message: string): void; warn(message: string): void }

interface Pending { timer?: NodeJS.Timeout; stop: { isCancellationRequested: boolean }; writeNow: () => void }

export class CacheWrites {
  private pending = new Map<string, Pending>();

  /** `pause`: between slices of a write; the server's waits while a draft is checked (foreground.ts). */
  constructor(private readonly delayMs: number, private readonly log: Log, private readonly pause: () => Promise<void> = () => new Promise<void>(r => setImmediate(r))) {}

  /** Writes a folder's new corpus `delayMs` from now, unless a newer one comes first. */
  schedule(root: string, loaded: Pick<LoadedCorpus, 'writeCache' | 'writeCacheAsync'>): void {
    const before = this.pending.get(root);
    if (before) { clearTimeout(before.timer); before.stop.isCancellationRequested = true; }
    this.pending.delete(root);
    const { writeCache, writeCacheAsync } = loaded;
    if (!writeCache) return;
    const report = (failed: string | undefined) => { if (failed) this.log.warn(`sumber: ${failed}`); };
    const entry: Pending = { stop: { isCancellationRequested: false }, writeNow: () => report(writeCache()) };
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      const began = Date.now(), stop = entry.stop;
      const pause = this.pause;
      void (writeCacheAsync ? writeCacheAsync(pause, stop) : Promise.resolve(writeCache()))
        .then(failed => {
          report(failed);
          if (!failed && !stop.isCancellationRequested) this.log.info(`sumber: wrote the index cache of ${root} (${Date.now() - began} ms, between other work)`);
        }, err => this.log.warn(`sumber: writing the index cache failed: ${describe(err)}`))
        .finally(() => { if (this.pending.get(root) === entry) this.pending.delete(root); });
    }, this.delayMs);
    this.pending.set(root, entry);
  }

  /** Writes what is still waiting or being written, at once, so the next start is warm. */
  flush(): void {
    for (const e of this.pending.values()) { clearTimeout(e.timer); e.stop.isCancellationRequested = true; e.writeNow(); }
    this.pending.clear();
  }
}
