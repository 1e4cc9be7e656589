import type { Connection } from 'vscode-languageserver/node';
import { Folders, FolderCorpus, statusOf } from './folders';
import { Lang } from './core/types';
import { countIn, say } from './core/messages/catalogue';
import { STATUS_NOTIFICATION } from './protocol';
import { Settings } from './settings';
import type { Drafts } from './drafts';
import { pause } from './draft-analyses';
import { describe, isCancellation } from './lifecycle';
import { defaultCacheDir, IndexCache } from './index-cache';
import type { ArchiveLinks } from './archive-link';
import type { ArchiveDraws } from './archive-draws';
import type { CacheWrites } from './cache-writes';
import type { AfterIndex } from './after-index';

// A folder's index, made by the server when a draft first needs it, when the file watcher reports changes, when the
// settings change what the corpus is, and when the folder's archive working set grows. One index per folder runs at
// a time: a newer one cancels the one under way. When it is done the folder's corpus is announced (status item,
// log), the disk cache written a little later, and the work that follows an index started (after-index.ts, the
// checks ahead, the archive's draws ahead).

export interface IndexingContext {
  /** The connection as it is, for the log, notifications and work-done progress. */
  raw: Connection;
  folders: Folders;
  archives: ArchiveLinks;
  /** The drafts and the archive's draws: made after this, as they index through it. */
  drafts(): Drafts;
  draws(): ArchiveDraws;
  cacheWrites: CacheWrites;
  background: AfterIndex;
  uiLanguage(settings: Settings): Lang;
}

export class FolderIndexing {
  /** Per folder, the index under way; `drawn`: the archive documents drawn when it began (it holds at least those). */
  private readonly indexing = new Map<string, { promise: Promise<FolderCorpus>; token: { isCancellationRequested: boolean }; drawn?: number }>();
  /**
   * Per folder, the paths the file watcher reported since its corpus was last read, or 'all' when a re-index was
   * asked without them: kept until an index that read them succeeds, as a newer one cancels a running one.
   */
  private readonly unread = new Map<string, Set<string> | 'all'>();

  constructor(private readonly ctx: IndexingContext) {}

  /** The folder's index under way, if any. */
  running(root: string): { promise: Promise<FolderCorpus>; drawn?: number } | undefined {
    return this.indexing.get(root);
  }

  /**
   * Indexes a folder. `touched`: the paths that changed, when a file watcher said which; `grown`: the folder's
   * archive working set drew documents (the archive was asked whether it changed just now).
   */
  index(root: string, settings: Settings, touched?: readonly string[], grown = false): Promise<FolderCorpus> {
    const { raw, folders, archives, background } = this.ctx;
    const patterns = settings.corpus;
    // A newer index of the same folder makes the running one pointless.
    const previous = this.indexing.get(root);
    if (previous) previous.token.isCancellationRequested = true;
    const token = { isCancellationRequested: false };
    // What a warm start prepares for the next update (after-index.ts) is not needed by an update that starts now.
    background.stop(root);
    this.ctx.drafts().stopAhead();
    const before = this.unread.get(root);
    const reading: Set<string> | 'all' = !touched || before === 'all' ? 'all' : new Set([...(before ?? []), ...touched]);
    this.unread.set(root, reading);
    const p = (async () => {
      // What the writer sees is in the editor's language (or the setting's); the log stays in English.
      const lang = this.ctx.uiLanguage(settings);
      // A working set grown by a draw is rebuilt while the writer types (a word new to it can draw documents): the
      // status item and a progress notice would flicker with it, and the corpus it replaces answers meanwhile.
      const indexingStatus = (message: string) => { if (!grown) void raw.sendNotification(STATUS_NOTIFICATION, { state: 'indexing', documents: 0, sentences: 0, entities: 0, quotes: 0, skipped: [], message }); };
      indexingStatus(say(lang, 'status.indexing', { patterns: patterns.join(', ') }));
      const progress = grown ? undefined : await raw.window.createWorkDoneProgress().catch(() => undefined);
      progress?.begin(say(lang, 'status.progress-title'), 0, undefined, false);
      let lastReport = 0;
      const onProgress = (done: number, total: number) => {
        if (Date.now() - lastReport < 200 && done < total) return;
        lastReport = Date.now();
        const message = say(lang, 'status.indexing-files', { done: countIn(lang, done), total: countIn(lang, total) });
        progress?.report(total ? Math.floor((done / total) * 100) : 0, message);
        indexingStatus(`${message}…`);
      };
      await new Promise(r => setImmediate(r));
      const started = Date.now();
      const hadCorpus = folders.get(root) !== undefined;
      try {
        // A shared archive, when the settings name one: its documents join the folder's own; out of reach, the folder
        // is checked against its own sources and the status says why (the link retries by itself).
        const archive = !settings.archive ? undefined
          : (grown ? archives.current(settings.archive) : undefined) ?? await archives.load(settings.archive, settings.archiveTimeoutMs, token);
        const { folder, status } = archive?.archive
          ? await folders.indexWithArchive(root, patterns, { allowOutside: settings.corpusOutsideAllowed }, { token, onProgress, pause }, archive.archive, archive.status)
          : await folders.indexAsync(root, patterns, { allowOutside: settings.corpusOutsideAllowed },
            // The folder's current corpus lends its analyses of unchanged files (when the vocabulary is the same).
            { token, onProgress, pause, previous: folders.get(root)?.loaded.corpus.earlier(), updatable: true },
            settings.indexCache ? new IndexCache(defaultCacheDir()) : undefined, archive?.status, reading === 'all' ? undefined : reading);
        if (this.unread.get(root) === reading) this.unread.delete(root);
        this.announce(root, folder, status.message, started);
        // Part of a folder's first indexing: the corpus is announced ready once the checks are warm, so a draft
        // opened then is fast. A re-index finds them warm already.
        const drafts = this.ctx.drafts();
        if (!hadCorpus) await drafts.warmUp(folder, settings).catch(err => raw.console.warn(`sumber: warming up the checks failed: ${describe(err)}`));
        void raw.sendNotification(STATUS_NOTIFICATION, lang === 'en' ? status : statusOf(folder, lang));
        this.ctx.cacheWrites.schedule(root, folder.loaded);
        background.after(root, folder, hadCorpus, () => folders.get(root) === folder, !settings.archive);
        if (!hadCorpus) drafts.checkFolderAhead(root, folder, settings, message => raw.console.info(message));
        this.ctx.draws().drawAheadOnce(root, settings, folder);
        return folder;
      } catch (err) {
        if (isCancellation(err)) return this.indexing.get(root)?.promise ?? folders.get(root) ?? folders.empty(root, patterns);
        raw.console.error(`sumber: ${say('en', 'status.failed', { folder: root, error: describe(err) })}`);
        const folder = folders.empty(root, patterns);
        const message = say(lang, 'status.failed', { folder: root, error: describe(err) });
        void raw.sendNotification(STATUS_NOTIFICATION, { state: 'error', documents: 0, sentences: 0, entities: 0, quotes: 0, skipped: [], message });
        return folder;
      } finally {
        progress?.done();
      }
    })();
    this.indexing.set(root, { promise: p, token, ...(grown && settings.archive ? { drawn: archives.drawnCount(settings.archive) } : {}) });
    return p.finally(() => { if (this.indexing.get(root)?.promise === p) this.indexing.delete(root); });
  }

  /** The log lines of an index: what it holds, and what it skipped, could not read or matched nothing. */
  private announce(root: string, folder: FolderCorpus, message: string, started: number): void {
    const { console } = this.ctx.raw, { loaded } = folder;
    for (const note of loaded.notes ?? []) console.warn(`sumber: ${note}`);
    console.info(`sumber: ${message} (${root}, ${Date.now() - started} ms${loaded.fromCache ? ', from the index cache' : ''})`);
    for (const e of loaded.errors) console.warn(`sumber: ${e.message}`);
    // The default lists one glob per source type; most matching nothing is normal, an empty corpus is not.
    if (!loaded.corpus.docs.length) for (const u of loaded.unmatched) console.warn(`sumber: no corpus files match ${u}`);
    for (const s of loaded.skipped) console.warn(`sumber: skipped ${s.path}: it ${s.reason}`);
  }
}
