// The sample folder's files, kept apart from VS Code so a test can run them on real folders. "Open Sample" may run
// again after the writer has edited the sample draft or added sources to it: nothing of theirs is deleted or
// overwritten, only what is missing is copied from the extension (a seed they deleted comes back).
//
// The folder carries a marker, `.vscode/sumber-sample.json`. Its presence makes VS Code start Sumber in that
// window (`workspaceContains` activation), which the sample needs: a window that opens a folder with no draft on
// screen would otherwise never start the extension, so nothing would open the draft. `openDraft` asks the window
// to open the draft once; it says so in the file rather than in shared state, because the new window is another
// extension host and may start before any shared state it reads has arrived.

/** The few file operations the sample needs, over whatever addresses files (`vscode.Uri` in the extension). */
export interface SampleFs<P> {
  join(dir: P, name: string): P;
  /** Entries of a folder: name and whether it is a folder. */
  list(dir: P): Promise<Array<[string, boolean]>>;
  exists(p: P): Promise<boolean>;
  mkdir(dir: P): Promise<void>;
  copy(from: P, to: P): Promise<void>;
  read(p: P): Promise<string>;
  write(p: P, text: string): Promise<void>;
}

export const MARKER = ['.vscode', 'sumber-sample.json'] as const;
export const DRAFT = 'draft.md';

interface Marker { openDraft?: boolean }

function markerText(openDraft: boolean): string {
  return JSON.stringify({
    about: 'Sumber’s sample: sources in seeds/, a draft in draft.md. This file makes VS Code start Sumber in this folder.',
    openDraft,
  }, null, 2) + '\n';
}

/** Copies what of `from` is missing under `to`, folder by folder; returns how many files it copied. */
export async function copyMissing<P>(fs: SampleFs<P>, from: P, to: P): Promise<number> {
  if (!(await fs.exists(to))) await fs.mkdir(to);
  let copied = 0;
  for (const [name, isDir] of await fs.list(from)) {
    const source = fs.join(from, name), target = fs.join(to, name);
    if (isDir) copied += await copyMissing(fs, source, target);
    else if (!(await fs.exists(target))) { await fs.copy(source, target); copied++; }
  }
  return copied;
}

/**
 * Makes `sample` hold the bundled sources (`seeds`) and draft (`draft`), keeping what is there, and marks it to
 * open its draft in the window that opens it next.
 */
export async function prepareSample<P>(fs: SampleFs<P>, sample: P, bundled: { seeds: P; draft: P }): Promise<void> {
  await copyMissing(fs, bundled.seeds, fs.join(sample, 'seeds'));
  const draft = fs.join(sample, DRAFT);
  if (!(await fs.exists(draft))) await fs.copy(bundled.draft, draft);
  const dir = fs.join(sample, MARKER[0]);
  if (!(await fs.exists(dir))) await fs.mkdir(dir);
  await fs.write(fs.join(dir, MARKER[1]), markerText(true));
}

/**
 * Whether the sample in `sample` asks for its draft to be opened; if so, the request is taken (the marker says
 * no more), so the draft opens once per "Open Sample", not each time the folder is opened.
 */
export async function takeOpenRequest<P>(fs: SampleFs<P>, sample: P): Promise<boolean> {
  const marker = fs.join(fs.join(sample, MARKER[0]), MARKER[1]);
  if (!(await fs.exists(marker))) return false;
  let parsed: Marker = {};
  try { parsed = JSON.parse(await fs.read(marker)) as Marker; } catch { /* a marker the writer edited: no request */ }
  if (parsed.openDraft !== true) return false;
  await fs.write(marker, markerText(false));
  return true;
}
