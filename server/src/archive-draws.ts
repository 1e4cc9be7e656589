import { ArchiveLinks } from './archive-link';
import { needsOf } from './archive/needs';
import { corpusWithArchive } from './archive/load';
import { checkApart } from './check-ahead';
import { draftAnalysisSteps } from './core/checks/check';
import { runStepsBetween } from './core/cancellation';
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
  /** Whether any document is open in the editor. */
  anyOpen(): boolean;
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
        source: file => folders.isCorpusPath(file),
        draw: needs => archives.draw(address, needs),
        behind: r => this.drawnBeyond(r, address),
        grown: r => this.grownIndex(r, settings),
        checkAhead: async (f, draft, facts) => this.ctx.checkAhead(f, facts, await this.ctx.settingsFor(draft.uri)),
        log: message => this.ctx.log(message),
      }, root, settings.archivePrefetchDrafts, Math.min(AHEAD_MAX_BYTES, settings.maxDraftKB * 1024));
      if (!drafts) await this.warmUp(address, settings, folder);
    });
  }

  /**
   * With no draft on disk to draw ahead, a new draft's first check is rehearsed: a draft made of the archive's
   * newest documents is analysed, drawn for into a set apart from the working set, built and checked, twice (see
   * REHEARSALS), so that the code a first check runs is compiled and the working set holds nothing a writer did not
   * ask for. Measured with the 100 MB benchmark corpus in the archive, a new
   * 1,000-word draft opened 1.5 s after the server was ready, alternating runs: its first check took 319-410 ms
   * after the warm-up before (a build of 24 documents apart and a check of their sentences), 307-365 ms after this
   * (five runs each).
   */
  private async warmUp(address: string, settings: Settings, folder: FolderCorpus): Promise<void> {
    const started = Date.now();
    // A draft's check compiles the same code, so the warm-up stops once a document is open in the editor or a
    // draft asked the archive for documents: with twenty writers' servers on two cores, warm-ups that ran on between
    // their edits took a share of the edits' time; and a draft opened 0.1 s after ready waited for a rehearsal that
    // ran until its draw (first checks of 586-697 ms, four runs, against 534-599 with the warm-up before).
    const { archives, pause, anyOpen } = this.ctx;
    const stop = { get isCancellationRequested() { return archives.drawnFor(address) || anyOpen(); } };
    const stopped = () => this.ctx.log(`sumber: the warm-up stopped, a document being open or checked (${Date.now() - started} ms)`);
    if (stop.isCancellationRequested) return stopped();
    const texts = await archives.sampleTexts(address, SAMPLE_DOCS);
    if (!texts?.length) return;
    const text = rehearsalText(texts);
    let sentences = 0, drewApart = 0;
    try {
      for (let round = 0; round < REHEARSALS; round++) {
        const facts = await runStepsBetween(draftAnalysisSteps(folder.loaded.corpus, text, 'markdown', stop), pause);
        const drawn = await archives.drawApart(address, needsOf([facts]), stop);
        if (stop.isCancellationRequested) return stopped();
        if (!drawn) return;
        drewApart = drawn.sources.length;
        const built = await corpusWithArchive(drawn, undefined, { pause, token: stop });
        sentences += await checkApart(built.corpus, settings, pause, stop, text);
      }
    } catch (e) {
      if (isCancellation(e)) return stopped();
      throw e;
    }
    this.ctx.log(`sumber: warmed up the checks on a draft made of ${texts.length} archive document(s): ${sentences} sentence(s) checked, ${drewApart} document(s) drawn apart (${Date.now() - started} ms)`);
  }
}

/** Archive documents whose paragraphs make the rehearsal's draft. */
const SAMPLE_DOCS = 5;
/**
 * Rehearsals of a first check. With an earlier rehearsal draft (a whole document), a first check took 342-381 ms
 * after one, 268-361 after two, 283-390 after three (four runs each).
 */
const REHEARSALS = 2;
/** About a draft's length: the rehearsal's text. */
const REHEARSAL_WORDS = 1000;

/** A paragraph's words at most in the rehearsal: a document that is one long paragraph gives only its beginning. */
const PARAGRAPH_WORDS = 150;
/** Fewer words than this make a line a title, a dateline or a caption, not a paragraph of the rehearsal. */
const PARAGRAPH_MIN_WORDS = 8;

/**
 * Paragraphs of these documents in turn, the first of each first, up to about REHEARSAL_WORDS words: like a
 * writer's draft, a few documents' paragraphs mixed, which draws about as many documents as a draft does. From
 * the 100 MB archive, five documents' paragraphs drew 118 documents and a 1,000-word draft 108; the first 150 words
 * of each of 24 documents drew 425.
 */
export function rehearsalText(texts: readonly string[]): string {
  const paragraphs = texts.map(t => t.split(/\n/).map(p => p.trim().split(/\s+/))
    .filter(words => words.length >= PARAGRAPH_MIN_WORDS).map(words => words.slice(0, PARAGRAPH_WORDS).join(' ')));
  const out: string[] = [];
  let words = 0;
  for (let at = 0; words < REHEARSAL_WORDS && paragraphs.some(p => at < p.length); at++) {
    for (const p of paragraphs) {
      if (at >= p.length || words >= REHEARSAL_WORDS) continue;
      out.push(p[at]);
      words += p[at].split(' ').length;
    }
  }
  return out.join('\n\n');
}
