import {
  TextDocuments, TextDocumentSyncKind, InitializeParams, DidChangeWatchedFilesNotification,
  CodeActionKind, Connection, WatchKind, ShowMessageNotification, MessageType, DidChangeConfigurationNotification,
} from 'vscode-languageserver/node';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Folders, FolderCorpus, uriToPath } from './folders';
import { Lang } from './core/types';
import { languageOfLocale, readerLanguage } from './core/messages/catalogue';
import { settingProblemIn } from './core/messages/notices';
import { DISPLAY_LANGUAGE_OPTION, KNOWN_NAME_COMMAND_OPTION, REINDEX_REQUEST, SHOW_SOURCE_COMMAND } from './protocol';
import { Settings, toSettings, DEFAULT_SETTINGS } from './settings';
import { Drafts } from './drafts';
import { registerFeatures } from './features';
import { registerSupport } from './support';
import { registerView } from './view';
import { watchFolders } from './watch';
import { Lifecycle, describe } from './lifecycle';
import { checkedSync } from './sync-check';
import { ArchiveLinks } from './archive-link';
import { ArchiveDraws } from './archive-draws';
import { DocFacts } from './core/facts/analyze';
import { CacheWrites } from './cache-writes';
import { AfterIndex } from './after-index';
import { FolderIndexing } from './folder-indexing';
import { Foreground } from './foreground';
import { SettingsCache } from './settings-cache';
import { openConnection } from './stdio-transport';
import { messageArrived } from './turns';

// The language server: documents, settings and corpora in, protocol out. Every feature handler lives in
// features.ts and calls the core; this file only wires the lifecycle. Nothing but protocol goes to stdout, and
// no bad input, setting or file takes the process down: handlers run through the lifecycle guard.

/** How long after a re-index the disk cache is written, unless another re-index comes first. */
const CACHE_WRITE_DELAY_MS = 2_000;

export interface ServerContext {
  connection: Connection;
  lifecycle: Lifecycle;
  documents: TextDocuments<TextDocument>;
  folders: Folders;
  drafts: Drafts;
  /** Work the writer waits for, which background work holds still for. */
  foreground: Foreground;
  settingsFor(uri: string): Promise<Settings>;
  corpusFor(uri: string): Promise<FolderCorpus>;
  /**
   * Draws from the folder's shared archive, if it has one, the documents a draft's analysis needs; when some were
   * new, a function that indexes the folder again with them (after which the draft is analysed anew).
   */
  drawFor(uri: string, facts: DocFacts): Promise<(() => Promise<FolderCorpus>) | undefined>;
  reindexAll(): Promise<number>;
  /** The client runs ADD_KNOWN_NAME_COMMAND itself (it said so when initializing). */
  canAddKnownName: boolean;
  /** The client takes LocationLinks for definitions (and so selects the source's words). */
  canLinkDefinitions: boolean;
  /** The client draws code lenses again when asked (workspace/codeLens/refresh). */
  canRefreshCodeLens: boolean;
  /** The language of what belongs to no draft (progress, skipped files, notices): the setting's, else the editor's. */
  uiLanguage(settings: Settings): Lang;
}

export function startServer(): void {
  let shutdownAsked = false;
  // Drafts' checks come before the work no one waits for (foreground.ts); every message from the client counts as
  // activity from the moment it is read.
  const foreground = new Foreground();
  const raw = openConnection(() => shutdownAsked, () => { messageArrived(); foreground.touch(); });
  const lifecycle = new Lifecycle(message => raw.console.error(`sumber: ${message}`));
  // Last line of defence: whatever escapes is logged, and the server stays up for the next request.
  process.on('unhandledRejection', err => raw.console.error(`sumber: unexpected failure: ${describe(err)}`));
  process.on('uncaughtException', err => raw.console.error(`sumber: unexpected failure: ${describe(err)}`));
  const connection = lifecycle.guard(raw);
  const documents = new TextDocuments(TextDocument);
  const folders = new Folders();
  let canConfigure = false;
  /** The client registers change notifications for the settings on request (else it sends them unasked, or never). */
  let canRegisterConfiguration = false;
  let canWatch = false;
  let canFollowFolders = false;
  /** The editor's display language, from the initialization options; English when the client says none. */
  let displayLanguage: Lang = 'en';
  const uiLanguage = (settings: Settings): Lang => readerLanguage(settings.check.messageLanguage, displayLanguage);
  let stopWatching: (() => void) | undefined;
  const reported = new Set<string>();

  const settingsCache = new SettingsCache(async uri => {
    try {
      const [value] = await raw.workspace.getConfiguration([{ scopeUri: uri, section: 'sumber' }]);
      return toSettings(value);
    } catch {
      return undefined;
    }
  }, DEFAULT_SETTINGS);

  async function settingsFor(uri: string): Promise<Settings> {
    if (!canConfigure) return DEFAULT_SETTINGS;
    const settings = await settingsCache.get(uri);
    for (const problem of settings.problems) {
      if (reported.has(problem)) continue;
      reported.add(problem);
      raw.console.warn(`sumber: ${problem}`);
      // The log keeps the English; the writer reads it in the editor's language (or the setting's, if that one is valid).
      const message = `Sumber: ${settingProblemIn(uiLanguage(settings), problem)}`;
      void raw.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
    }
    return settings;
  }

  // An archive that comes back, or whose documents change, makes the folders index again (and their drafts re-check).
  const archives = new ArchiveLinks(() => void reindexAll().catch(err => raw.console.error(`sumber: re-indexing failed: ${describe(err)}`)), message => raw.console.warn(message));
  lifecycle.onActivity(() => foreground.touch());
  const cacheWrites = new CacheWrites(CACHE_WRITE_DELAY_MS, raw.console, foreground.pause);
  const indexer: FolderIndexing = new FolderIndexing({
    raw, folders, archives, cacheWrites, background: new AfterIndex(raw.console, foreground.pause), uiLanguage,
    drafts: (): Drafts => drafts, draws: (): ArchiveDraws => draws,
  });
  const index = (root: string, settings: Settings, touched?: readonly string[], grown = false) => indexer.index(root, settings, touched, grown);

  async function corpusFor(uri: string): Promise<FolderCorpus> {
    const root = folders.rootFor(uri) ?? process.cwd();
    // While a folder re-indexes, its previous corpus keeps answering (drafts are re-checked when the new one is
    // ready); only a folder indexed for the first time makes its drafts wait.
    const pending = indexer.running(root);
    if (pending) return folders.get(root) ?? pending.promise;
    const settings = await settingsFor(uri);
    const have = folders.get(root);
    if (have && have.patterns.join('\n') === settings.corpus.join('\n') && have.allowOutside === settings.corpusOutsideAllowed) return have;
    return index(root, settings);
  }

  /** Indexes a folder again; `touched`: the paths that changed, when a file watcher said which. */
  async function reindexRoot(root: string, touched?: readonly string[]): Promise<number> {
    const folder = await index(root, await settingsFor(rootUri(root)), touched);
    return folder.loaded.corpus.docs.length;
  }

  async function reindexAll(): Promise<number> {
    let n = 0;
    for (const root of new Set([...folders.rootPaths, ...folders.all().map(f => f.root)])) n += await reindexRoot(root);
    drafts.recheckAll();
    return n;
  }

  documents.onDidClose(e => settingsCache.forget(e.document.uri));

  const draws: ArchiveDraws = new ArchiveDraws({
    archives, folders, settingsFor,
    isOpen: uri => documents.get(uri) !== undefined,
    anyOpen: () => documents.all().length > 0,
    running: root => indexer.running(root),
    indexGrown: (root, settings) => index(root, settings, undefined, true),
    checkAhead: (folder, facts, settings) => drafts.checkAhead(folder, facts, settings),
    pause: foreground.pause,
    run: (name, work) => lifecycle.run(name, work),
    log: message => raw.console.info(message),
  });

  const ctx: ServerContext = { connection, lifecycle, documents, folders, drafts: undefined as unknown as Drafts, foreground, settingsFor, corpusFor, drawFor: (uri, facts) => draws.drawFor(uri, facts), reindexAll, canAddKnownName: false, canLinkDefinitions: false, canRefreshCodeLens: false, uiLanguage };
  const drafts = new Drafts(ctx);
  ctx.drafts = drafts;

  raw.onInitialize((params: InitializeParams) => {
    const roots = params.workspaceFolders?.map(f => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    folders.setRoots(roots);
    canConfigure = !!params.capabilities.workspace?.configuration;
    canRegisterConfiguration = !!params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
    canWatch = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canFollowFolders = !!params.capabilities.workspace?.workspaceFolders;
    const init = params.initializationOptions as Record<string, unknown> | null | undefined;
    ctx.canAddKnownName = !!init && typeof init === 'object' && init[KNOWN_NAME_COMMAND_OPTION] === true;
    displayLanguage = languageOfLocale(init && typeof init === 'object' ? init[DISPLAY_LANGUAGE_OPTION] : undefined);
    ctx.canLinkDefinitions = params.capabilities.textDocument?.definition?.linkSupport === true;
    ctx.canRefreshCodeLens = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    lifecycle.initialized();
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [SHOW_SOURCE_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'sumber' },
    };
  });

  connection.onInitialized(async () => {
    // Settings are kept per resource (settings-cache.ts): the client must say when they change.
    if (canConfigure && canRegisterConfiguration) await raw.client.register(DidChangeConfigurationNotification.type, { section: 'sumber' });
    const onChange = (root: string) => lifecycle.run('re-indexing after a change', async () => { await reindexRoot(root); drafts.recheckAll(); });
    if (canWatch) {
      // Source files, and deletions of anything: deleting `seeds/` reports the folder alone, not the files in it.
      await raw.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.{txt,md,markdown,html,htm,docx,pdf}' }, { globPattern: '**/*', kind: WatchKind.Delete }],
      });
    } else {
      stopWatching = watchFolders(() => folders.all().map(f => f.root),
        (root, file) => { const f = folders.get(root); return !!f && folders.affects(f, file); },
        onChange);
    }
    for (const root of folders.rootPaths) await corpusFor(rootUri(root));
    if (canFollowFolders) raw.workspace.onDidChangeWorkspaceFolders(e => lifecycle.run('workspace folders changed', () => {
      const current = new Set(folders.rootPaths.map(rootUri));
      e.removed.forEach(f => current.delete(f.uri));
      e.added.forEach(f => current.add(f.uri));
      folders.setRoots([...current]);
      // A document's settings may now come from another folder.
      settingsCache.clear();
      drafts.recheckAll();
    }));
  });

  connection.onDidChangeWatchedFiles(async e => {
    const touched = new Map<string, string[]>();
    for (const change of e.changes) {
      // uriToPath, not fileURLToPath: a URI with a host or a broken escape has no local path, and throwing on it
      // would drop the rest of the batch, so a changed source would go unnoticed.
      const p = uriToPath(change.uri) ?? '';
      for (const f of folders.all()) if (p && folders.affects(f, p)) (touched.get(f.root) ?? touched.set(f.root, []).get(f.root)!).push(path.resolve(p));
    }
    for (const [root, paths] of touched) await reindexRoot(root, paths);
    if (touched.size) drafts.recheckAll();
  });

  // Only a change of what the corpus is re-indexes a folder (corpusFor compares); any change re-checks the drafts,
  // so that changing the threshold of a 10 MB corpus costs a check, not an index.
  connection.onDidChangeConfiguration(async () => {
    settingsCache.clear();
    reported.clear();
    for (const root of new Set([...folders.rootPaths, ...folders.all().map(f => f.root)])) await corpusFor(rootUri(root));
    drafts.recheckAll();
  });
  connection.onRequest(REINDEX_REQUEST, async () => ({ documents: await reindexAll() }));
  raw.onShutdown(() => {
    shutdownAsked = true;
    archives.dispose();
    cacheWrites.flush();
    lifecycle.shutDown();
    stopWatching?.();
  });

  registerFeatures(ctx);
  registerSupport(ctx);
  registerView(ctx);
  documents.listen(checkedSync(connection, documents, message => raw.console.error(`sumber: ${message}`)));
  raw.listen();
}

function rootUri(root: string): string {
  return pathToFileURL(root).toString();
}
