import * as fs from 'node:fs';
import * as path from 'node:path';

// For clients that cannot watch files for the server (no dynamic registration of didChangeWatchedFiles, as in
// older Neovim), the server watches the corpus folders itself. Changes are debounced per folder so that a
// checkout touching many files triggers one re-index.

const SOURCE = /\.(?:txt|md|markdown)$/i;

export function watchFolders(roots: () => string[], accept: (root: string, file: string) => boolean, onChange: (root: string) => void, delayMs = 500): () => void {
  const watchers = new Map<string, fs.FSWatcher>();
  const timers = new Map<string, NodeJS.Timeout>();
  const sync = () => {
    for (const root of roots()) {
      if (watchers.has(root)) continue;
      try {
        const w = fs.watch(root, { recursive: true }, (_event, file) => {
          if (!file || !SOURCE.test(String(file)) || !accept(root, path.join(root, String(file)))) return;
          clearTimeout(timers.get(root));
          timers.set(root, setTimeout(() => onChange(root), delayMs));
        });
        w.on('error', () => { w.close(); watchers.delete(root); });
        watchers.set(root, w);
      } catch {
        // A folder that cannot be watched still works; it is re-indexed on demand.
      }
    }
  };
  sync();
  const poll = setInterval(sync, 2000);
  poll.unref();
  return () => {
    clearInterval(poll);
    for (const t of timers.values()) clearTimeout(t);
    for (const w of watchers.values()) w.close();
    watchers.clear();
  };
}
