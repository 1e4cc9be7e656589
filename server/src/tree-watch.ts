import * as fs from 'node:fs';
import * as path from 'node:path';

// One watcher over a folder and everything under it, for the server's own watching (watch.ts).
//
// Node watches recursively by itself on macOS and Windows, where the system does (one handle for the tree). On Linux
// it emulates that: it stats and watches every file, synchronously, when the watch starts. Over the 10 MB benchmark
// corpus (6,077 files) that held the event loop 195 ms, in the middle of a writer's first check; over 100 MB (60,670
// files) 1.3 s, and it took one of the system's inotify watches per file. Here, on Linux, each folder is watched on
// its own (a folder's watch reports what happens to the files in it), the tree is walked a few entries per turn, and
// a folder that appears is walked and watched in turn.

export interface TreeWatcher { close(): void }

/** Folders never walked: they change all the time and hold no sources a writer keeps. */
const SKIPPED = new Set(['.git', 'node_modules']);

/**
 * Watches `root` and the folders under it: `onEvent` gets each event's path relative to `root`, or undefined when
 * the system does not say which. `onError` gets what goes wrong; an error of the root's own watch ends the watch.
 */
export function watchTree(root: string, onEvent: (relative: string | undefined) => void, onError: (error: unknown) => void,
  native = process.platform === 'darwin' || process.platform === 'win32'): TreeWatcher {
  if (native) {
    const watcher = fs.watch(root, { recursive: true }, (_event, file) => onEvent(file ? String(file) : undefined));
    watcher.on('error', e => { watcher.close(); onError(e); });
    return watcher;
  }
  return new FolderWatches(root, onEvent, onError);
}

class FolderWatches implements TreeWatcher {
  private readonly watches = new Map<string, fs.FSWatcher>();
  private closed = false;

  constructor(private readonly root: string, private readonly onEvent: (relative: string | undefined) => void,
    private readonly onError: (error: unknown) => void) {
    // The root is watched at once (a failure there is the caller's to hear about now); what lies below, by turns.
    this.watch(root, true);
    void this.walk(root);
  }

  close(): void {
    this.closed = true;
    for (const w of this.watches.values()) w.close();
    this.watches.clear();
  }

  private watch(dir: string, isRoot = false): void {
    if (this.closed || this.watches.has(dir)) return;
    let watcher: fs.FSWatcher;
    try {
      watcher = fs.watch(dir, (event, name) => this.heard(dir, event, name ? String(name) : undefined));
    } catch (e) {
      if (isRoot) throw e;
      // A folder gone between its listing and its watch, or one that cannot be watched: the poll still looks.
      return;
    }
    watcher.on('error', e => {
      watcher.close();
      if (this.watches.get(dir) === watcher) this.watches.delete(dir);
      if (dir === this.root) { this.close(); this.onError(e); }
    });
    this.watches.set(dir, watcher);
  }

  private heard(dir: string, event: string, name: string | undefined): void {
    if (this.closed) return;
    if (name === undefined) { this.onEvent(dir === this.root ? undefined : path.relative(this.root, dir)); return; }
    const full = path.join(dir, name);
    this.onEvent(path.relative(this.root, full));
    // A name that appears or goes: a new folder is walked and watched, a folder that went stops being watched.
    if (event === 'rename' && !SKIPPED.has(name)) {
      fs.stat(full, (err, st) => {
        if (this.closed) return;
        if (!err && st.isDirectory()) void this.walk(full);
        else if (err) this.forget(full);
      });
    }
  }

  /** Watches `dir` and, a few entries per turn, every folder under it. */
  private async walk(dir: string): Promise<void> {
    this.watch(dir);
    if (!this.watches.has(dir)) return;
    try {
      const listing = await fs.promises.opendir(dir);
      for await (const entry of listing) {
        if (this.closed) return;
        if (entry.isDirectory() && !SKIPPED.has(entry.name)) await this.walk(path.join(dir, entry.name));
      }
    } catch (e) {
      // A folder removed while it was walked: its own watch reports that, and the poll looks again.
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') this.onError(e);
    }
  }

  private forget(dir: string): void {
    const prefix = dir + path.sep;
    for (const [d, w] of this.watches) {
      if (d === this.root || (d !== dir && !d.startsWith(prefix))) continue;
      w.close();
      this.watches.delete(d);
    }
  }
}
