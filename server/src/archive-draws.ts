import { ArchiveLinks } from './archive-link';
import { needsOf } from './archive/needs';
import { corpusWithArchive } from './archive/load';
import { checkApart } from './check-ahead';
import { isCancellation } from './lifecycle';
import { DocFacts } from './core/facts/analyze';
import { AHEAD_MAX_BYTES, drawDraftsAhead } from './draft-prefetch';
import type { FolderCorpus, Folders } from './folders';
import type { Settings } from './settings';

// What the server draws from a shared archive for a folder's drafts, and when the folder must be indexed again to
// hold it: for a draft's check (`drawFor`), and for the newest drafts on disk once the archive connects
// (`drawAheadOnce`). A folder's corpus notes how many drawn documents it holds (FolderCorpus.drawn); a draft is
// never checked against a corpus that lacks documents already drawn, whoever drew them.

/** What the draws need of the server. */
export interface DrawsContext {
  archives: ArchiveLinks;
  folders: Folders;
  /** Whether a document is open in the editor (its own checks draw for it). */
  isOpen(uri: string): boolean;
  settingsFor(uri: string): Promise<Settings>;
  /** The folder's index under way, if any; `drawn`: the drawn documents it holds at least. */
  running(root: string): { promise: Promise<FolderCorpus>; drawn?: number } | undefined;
  /** Indexes the folder again with every document drawn so far. */
  indexGrown(root: string, settings: Settings): Promise<FolderCorpus>;
  /** Checks a draft's analysis into the sentence cache (Drafts.checkAhead). */
  checkAhead(folder: FolderCorpus, facts: DocFacts, settings: Settings): Promise<void>;
  /** Between slices of background work: waits while a draft's own check runs (foreground.ts). */
  pause(): Promise<void>;
  /** Runs background work whose failure is logged, never thrown (Lifecycle.run). */
  run(name: string, work: () => Promise<void>): void;
  log(message: string): void;
}

export class ArchiveDraws {
  /** Folders (with their archive) whose drafts on disk were drawn ahead already: once per start is enough. */
  private readonly drawnAhead = new Set<string>();

  constructor(private readonly ctx: DrawsContext) {}

  /**
   * Draws what the draft needs; a function that indexes the folder with it when the folder's corpus lacks drawn
   * documents (this draft's, or another's not yet indexed), undefined when it holds them all.
   */
  async drawFor(uri: string, facts: DocFacts): Promise<(() => Promise<FolderCorpus>) | undefined> {
    const settings = await this.ctx.settingsFor(uri), address = settings.archive;
    if (!address) return undefined;
    const root = this.ctx.folders.rootFor(uri) ?? process.cwd();
    const fresh = await this.ctx.archives.draw(address, needsOf([facts]));
    if (!fresh && !this.drawnBeyond(root, address)) return undefined;
    return () => this.grownIndex(root, settings);
  }

  /** Whether the archive's working set holds documents the folder's corpus was not built with. */
  private drawnBeyond(root: string, address: string): boolean {
    return (this.ctx.archives.drawnCount(address) ?? 0) > (this.ctx.folders.get(root)?.drawn ?? 0);
  }

  /**
   * The folder indexed with every document drawn so far: the index under way when it holds them all, else a new
   * one, built on a grown index under way (not cancelling it: what it builds is taken over, so only the documents
   * drawn since are added).
   */
  async grownIndex(root: string, settings: Settings): Promise<FolderCorpus> {
    for (;;) {
      const running = this.ctx.running(root), drawn = settings.archive ? this.ctx.archives.drawnCount(settings.archive) ?? 0 : 0;
      if (running?.drawn === undefined) return this.ctx.indexGrown(root, settings);
      if (running.drawn >= drawn) return running.promise;
      await running.promise;
    }
  }

  /**
   * After a folder's index, the first time its archive is connected: its newest drafts on disk drawn for and
   * checked, or with none, the checks warmed up on the archive.
   */
  drawAheadOnce(root: string, settings: Settings, folder: FolderCorpus): void {
    const address = settings.archive, key = `${root}\u0000${address}`;
    if (!address || folder.archive?.state !== 'connected' || this.drawnAhead.has(key)) return;
    this.drawnAhead.add(key);
    const { folders, archives } = this.ctx;
    this.ctx.run('drawing drafts ahead', async () => {
      const drafts = await drawDraftsAhead({
        folderOf: r => folders.get(r),
        skip: uri => folders.isCorpusFile(uri) || this.ctx.isOpen(uri),
        draw: needs => archives.draw(address, needs),
        behind: r => this.drawnBeyond(r, address),
        grown: r => this.grownIndex(r, settings),
        checkAhead: async (f, draft, facts) => this.ctx.checkAhead(f, facts, await this.ctx.settingsFor(draft.uri)),
        log: message => this.ctx.log(message),
      }, root, settings.archivePrefetchDrafts, Math.min(AHEAD_MAX_BYTES, settings.maxDraftKB * 1024));
      if (!drafts) await this.warmUp(address, settings);
    });
  }

  /**
   * With no draft on disk to draw ahead, the code a new draft's first check runs (analysis, a build from stored
   * analyses, the checks) is compiled on a sample of the archive's newest documents, built apart from the working
   * set so that it draws nothing a writer did not ask for. Measured with the 100 MB benchmark corpus in the
   * archive, a new 1,000-word draft opened 1.5 s after the server was ready: its first check took 388-984 ms
   * before (eight runs), 350-459 ms after (nine runs).
   */
  private async warmUp(address: string, settings: Settings): Promise<void> {
    const started = Date.now();
    // A draft's check compiles the same code, so the warm-up stops once one has drawn from the archive: with
    // twenty writers' servers on two cores, warm-ups that ran on between their edits took a share of the edits' time.
    const { archives } = this.ctx;
    const stop = { get isCancellationRequested() { return (archives.drawnCount(address) ?? 0) > 0; } };
    if (stop.isCancellationRequested) return;
    const sample = await archives.sample(address, WARM_UP_DOCS);
    if (!sample?.sources.length) return;
    let sentences: number;
    try {
      const built = await corpusWithArchive(sample, undefined, { pause: this.ctx.pause, token: stop });
      sentences = await checkApart(built.corpus, settings, this.ctx.pause, stop);
    } catch (e) {
      if (isCancellation(e)) return;
      throw e;
    }
    this.ctx.log(`sumber: warmed up the checks on ${sample.sources.length} archive document(s), ${sentences} sentence(s) (${Date.now() - started} ms)`);
  }
}

/** Archive documents the warm-up builds apart: enough for the build's and the checks' code to be compiled. */
const WARM_UP_DOCS = 24;
