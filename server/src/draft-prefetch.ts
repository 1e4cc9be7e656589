import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SKIP_DIRS } from './corpus-walk';
import { decodeSource, formatOf } from './source-reading';
import { DraftNeeds, needsOf } from './archive/needs';
import { analysedAlike, draftAnalysisSteps } from './core/checks/check';
import type { Corpus } from './core/index/corpus';
import { runStepsBetween } from './core/cancellation';
import { DocFacts } from './core/facts/analyze';
import { pause } from './draft-analyses';
import type { FolderCorpus } from './folders';

// The drafts a writer is likely to open next: the folder's Markdown and text files that are not sources, the most
// recently changed first. With a shared archive, a draft's first check waits for the documents its sentences
// need to be drawn and built into the corpus (about a second at 100 MB); drawn ahead, when the archive connects,
// the draft checks as fast as any edit when it is opened.

const DRAFT_FILE = /\.(?:md|markdown|txt)$/i;
/** Files a look for drafts visits at most: a workspace that is mostly sources must not make it a long walk. */
const MAX_ENTRIES = 20_000;
/**
 * The longest file drawn for ahead (a long feature is 20-40 KB). A larger text file beside the drafts, such as a
 * transcript kept out of the corpus, would draw thousands of documents the writer never asked for.
 */
export const AHEAD_MAX_BYTES = 64 * 1024;

/** Work between turns of the walk, so that a request waits for no more than about this. */
const WALK_SLICE_MS = 4;

/** What a look for drafts leaves out: a file by its path (a source, told without making its URI), or by its URI. */
export interface DraftSkips {
  source?(file: string): boolean;
  skip(uri: string): boolean;
}

/**
 * The Markdown and text files under `root` that `skips` keeps, walked with the event loop free between folders and
 * every WALK_SLICE_MS. Tool and hidden folders are left out and links are not followed: a draft lives in the
 * workspace itself. In a folder of text sources every file is a candidate: a source is told by its path first, not
 * by a URI made and read back for it. At 10 MB of sources (6,000 files) the walk took 45-101 ms in pieces of up to
 * 8-23 ms when it paused every 500 entries and asked by URI; 26-32 ms in pieces of up to 5-9 ms now.
 */
async function draftFiles(root: string, skips: DraftSkips, between: () => Promise<void>): Promise<Array<{ file: string; uri: string }>> {
  const out: Array<{ file: string; uri: string }> = [], folders = [path.resolve(root)];
  let seen = 0, sliced = performance.now();
  while (folders.length && seen < MAX_ENTRIES) {
    const folder = folders.shift()!;
    const entries = await fsp.readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      if (++seen > MAX_ENTRIES) break;
      if (performance.now() - sliced >= WALK_SLICE_MS) { await between(); sliced = performance.now(); }
      const file = path.join(folder, e.name);
      if (e.isDirectory()) { if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) folders.push(file); continue; }
      if (!e.isFile() || !DRAFT_FILE.test(e.name) || skips.source?.(file)) continue;
      const uri = pathToFileURL(file).toString();
      if (!skips.skip(uri)) out.push({ file, uri });
    }
  }
  return out;
}

export interface DraftOnDisk { uri: string; text: string; format: 'markdown' | 'plaintext' }

/**
 * Up to `limit` drafts under `root`, newest first, of at most `maxBytes`: the files `skip` does not leave out (the
 * server leaves out sources, and drafts open in the editor, which are checked anyway). Blank and unreadable files
 * are passed over. `between`: a turn for other work during the walk.
 */
export async function recentDrafts(root: string, limit: number, maxBytes: number, skips: DraftSkips, between = pause): Promise<DraftOnDisk[]> {
  if (limit <= 0) return [];
  const candidates = await draftFiles(root, skips, between);
  const stated = await Promise.all(candidates.map(async c => {
    const st = await fsp.stat(c.file).catch(() => undefined);
    return st && st.isFile() && st.size > 0 && st.size <= maxBytes ? { ...c, mtime: st.mtimeMs } : undefined;
  }));
  const newest = stated.filter(c => c !== undefined).sort((a, b) => b.mtime - a.mtime || (a.uri < b.uri ? -1 : 1));
  const drafts: DraftOnDisk[] = [];
  // Read newest first until enough are found: a blank or binary file does not take a draft's place.
  for (const c of newest) {
    if (drafts.length >= limit) break;
    const bytes = await fsp.readFile(c.file).catch(() => undefined);
    const decoded = bytes && decodeSource(bytes);
    if (decoded && 'text' in decoded && decoded.text.trim()) drafts.push({ uri: c.uri, text: decoded.text, format: formatOf(c.file) });
  }
  return drafts;
}

/** What drawing drafts ahead needs of the server. */
export interface AheadContext extends DraftSkips {
  /** The folder's corpus now; undefined when it has none. */
  folderOf(root: string): FolderCorpus | undefined;
  /** Whether a draft is left alone: a corpus file, or open in the editor (its own check draws for it). */
  skip(uri: string): boolean;
  /** Draws into the archive's working set; how many documents were new (ArchiveLinks.draw). */
  draw(needs: DraftNeeds): Promise<number>;
  /** Whether the working set holds documents the folder's corpus does not. */
  behind(root: string): boolean;
  /** The folder indexed again with every document drawn. */
  grown(root: string): Promise<FolderCorpus>;
  /** Checks a draft's analysis into the sentence cache (Drafts.checkAhead). */
  checkAhead(folder: FolderCorpus, draft: DraftOnDisk, facts: DocFacts): Promise<void>;
  log(message: string): void;
}

/**
 * Draws the archive documents the folder's recent drafts need, in one draw, builds them into the folder's corpus
 * and checks the drafts, so that opening one shows its findings at once. Runs in the background once the archive
 * is connected; a draft opened meanwhile waits for the same draw (ArchiveLinks serialises them). How many drafts
 * were found.
 */
export async function drawDraftsAhead(ctx: AheadContext, root: string, limit: number, maxBytes: number): Promise<number> {
  const started = Date.now();
  const found = await recentDrafts(root, limit, maxBytes, ctx);
  let folder = ctx.folderOf(root);
  if (!found.length || !folder) return 0;
  const analysedIn = (corpus: Corpus, d: DraftOnDisk) => runStepsBetween(draftAnalysisSteps(corpus, d.text, d.format), pause);
  const facts: DocFacts[] = [];
  for (const d of found) facts.push(await analysedIn(folder.loaded.corpus, d));
  const drawn = await ctx.draw(needsOf(facts));
  const before = folder.loaded.corpus;
  if (drawn || ctx.behind(root)) folder = await ctx.grown(root);
  // The grown corpus mostly analyses a draft as the one before did (the same vocabularies): no second analysis.
  const alike = analysedAlike(before, folder.loaded.corpus);
  for (const [i, d] of found.entries()) {
    if (!ctx.skip(d.uri)) await ctx.checkAhead(folder, d, alike ? facts[i] : await analysedIn(folder.loaded.corpus, d));
  }
  ctx.log(`sumber: drew ${drawn} archive document(s) ahead for ${found.length} draft(s) on disk and checked them (${Date.now() - started} ms)`);
  return found.length;
}
