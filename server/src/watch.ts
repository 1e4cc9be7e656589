import * as fs from 'node:fs';
import * as path from 'node:path';
import { TreeWatcher, watchTree } from './tree-watch';

// For clients that cannot watch files for the server (no dynamic registration of didChangeWatchedFiles, as in
// older Neovim), the server watches the corpus folders itself. Changes are debounced per folder so that a
// checkout touching many files triggers one re-index.
//
// Each root folder is watched recursively, and every event path (a file or a folder) goes to `accept`, so a
// corpus folder such as seeds/ that is deleted, renamed away or moved into place counts, not only source files.
// fs.watch does not always report those (nor the root itself going away), so a poll also compares each root's
// identity and its top-level names. This runs inside the server for its whole life: nothing thrown by a
// callback may escape a watcher or a timer, so every callback is guarded and failures go to `onError`.

export interface WatchOptions {
  /** How often roots are checked for appearing, disappearing or changing their top-level folders. */
  pollMs?: number;
  /** Told about failures (a callback that threw, a folder that cannot be watched); they are never rethrown. */
  onError?: (error: unknown) => void;
}

interface Watched {
  watcher?: TreeWatcher;
  /** Device and inode of the root, or undefined while it does not exist. */
  identity?: string;
  names: Set<string>;
}

export function watchFolders(roots: () => string[], accept: (root: string, file: string) => boolean,
  onChange: (root: string) => void | Promise<void>, delayMs = 500, options: WatchOptions = {}): () => void {
  const report = (e: unknown) => { try { options.onError?.(e); } catch { /* the reporter failed too; nothing is left to tell */ } };
  const guard = <A extends unknown[]>(f: (...args: A) => void) => (...args: A): void => { try { f(...args); } catch (e) { report(e); } };
  const watched = new Map<string, Watched>();
  const timers = new Map<string, NodeJS.Timeout>();
  let stopped = false;

  const changed = (root: string) => {
    if (stopped) return;
    clearTimeout(timers.get(root));
    timers.set(root, setTimeout(guard(() => {
      timers.delete(root);
      if (stopped) return;
      const result = onChange(root);
      if (result && typeof result.then === 'function') result.then(undefined, report);
    }), delayMs));
  };

  const concerns = (root: string, rel: string) => {
    try { return accept(root, path.join(root, rel)); } catch (e) { report(e); return false; }
  };

  const startWatcher = (root: string, w: Watched) => {
    try {
      const watcher = watchTree(root, guard(file => {
        // No name means the watcher cannot say what changed (or the root itself went): re-index to be safe.
        if (file === undefined || concerns(root, file)) changed(root);
      }), guard(e => {
        report(e);
        if (w.watcher === watcher) w.watcher = undefined; // the next poll starts a new one if the root is still there
      }));
      w.watcher = watcher;
    } catch (e) {
      // A folder that cannot be watched (no inotify watches left, say) still gets the poll and on-demand re-indexing.
      report(e);
    }
  };

  const look = (root: string): Pick<Watched, 'identity' | 'names'> => {
    try {
      const st = fs.statSync(root);
      if (!st.isDirectory()) return { names: new Set() };
      return { identity: `${st.dev}:${st.ino}`, names: new Set(fs.readdirSync(root)) };
    } catch {
      return { names: new Set() };
    }
  };

  const pollRoot = (root: string) => {
    const now = look(root);
    const before = watched.get(root);
    if (!before) {
      // First sight: the caller indexes the root itself; from here on, differences count.
      const w: Watched = { ...now };
      watched.set(root, w);
      if (now.identity) startWatcher(root, w);
      return;
    }
    if (now.identity !== before.identity) {
      // The root appeared, went, or was replaced: a watcher on the old folder sees nothing any more.
      before.watcher?.close();
      before.watcher = undefined;
      Object.assign(before, now);
      if (now.identity) startWatcher(root, before);
      changed(root);
      return;
    }
    const names = [...now.names].filter(n => !before.names.has(n)).concat([...before.names].filter(n => !now.names.has(n)));
    before.names = now.names;
    if (names.some(n => concerns(root, n))) changed(root);
    if (now.identity && !before.watcher) startWatcher(root, before);
  };

  const sync = guard(() => {
    if (stopped) return;
    const current = new Set(roots());
    for (const root of current) guard(pollRoot)(root);
    for (const [root, w] of watched) {
      if (current.has(root)) continue;
      w.watcher?.close();
      watched.delete(root);
    }
  });

  sync();
  const poll = setInterval(sync, options.pollMs ?? 2000);
  poll.unref();
  return () => {
    stopped = true;
    clearInterval(poll);
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
    for (const w of watched.values()) { try { w.watcher?.close(); } catch (e) { report(e); } }
    watched.clear();
  };
}
