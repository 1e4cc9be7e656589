import {
  createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, InitializeParams, DidChangeWatchedFilesNotification,
  CodeActionKind, Connection,
} from 'vscode-languageserver/node';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Folders, FolderCorpus } from './folders';
import { REINDEX_REQUEST, STATUS_NOTIFICATION } from './protocol';
import { Settings, toSettings, DEFAULT_SETTINGS } from './settings';
import { Drafts } from './drafts';
import { registerFeatures } from './features';
import { watchFolders } from './watch';

// The language server: documents, settings and corpora in, protocol out. Every feature handler lives in
// features.ts and calls the core; this file only wires the lifecycle. Nothing but protocol goes to stdout.

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  folders: Folders;
  drafts: Drafts;
  settingsFor(uri: string): Promise<Settings>;
  corpusFor(uri: string): Promise<FolderCorpus>;
  reindexAll(): Promise<number>;
}

export function startServer(): void {
  const connection = createConnection(ProposedFeatures.all);
  // A stray console.log from any module would corrupt a stdio stream: send it to the client's log instead.
  console.log = (...a: unknown[]) => connection.console.log(a.map(String).join(' '));
  console.info = console.log;
  const documents = new TextDocuments(TextDocument);
  const folders = new Folders();
  let canConfigure = false;
  let canWatch = false;
  let canFollowFolders = false;
  let stopWatching: (() => void) | undefined;

  async function settingsFor(uri: string): Promise<Settings> {
    if (!canConfigure) return DEFAULT_SETTINGS;
    try {
      const [raw] = await connection.workspace.getConfiguration([{ scopeUri: uri, section: 'sumber' }]);
      return toSettings(raw);
    } catch {
      return DEFAULT_SETTINGS;
    }
  }

  const indexing = new Map<string, Promise<FolderCorpus>>();
  function index(root: string, patterns: string[]): Promise<FolderCorpus> {
    const p = (async () => {
      void connection.sendNotification(STATUS_NOTIFICATION, { state: 'indexing', documents: 0, sentences: 0, entities: 0, quotes: 0, skipped: [], message: `Indexing ${patterns.join(', ')}…` });
      await new Promise(r => setImmediate(r));
      const started = Date.now();
      const { folder, status } = folders.index(root, patterns);
      connection.console.info(`sumber: ${status.message} (${root}, ${Date.now() - started} ms)`);
      // The default lists a .txt and an .md glob; one of them matching nothing is normal, an empty corpus is not.
      if (!folder.loaded.corpus.docs.length) for (const u of folder.loaded.unmatched) connection.console.warn(`sumber: no corpus files match ${u}`);
      for (const s of folder.loaded.skipped) connection.console.warn(`sumber: skipped ${s.path}: it ${s.reason}`);
      void connection.sendNotification(STATUS_NOTIFICATION, status);
      return folder;
    })();
    indexing.set(root, p);
    return p.finally(() => { if (indexing.get(root) === p) indexing.delete(root); });
  }

  async function corpusFor(uri: string): Promise<FolderCorpus> {
    const root = folders.rootFor(uri) ?? process.cwd();
    const pending = indexing.get(root);
    if (pending) return pending;
    const settings = await settingsFor(uri);
    const have = folders.get(root);
    if (have && have.patterns.join('\n') === settings.corpus.join('\n')) return have;
    return index(root, settings.corpus);
  }

  async function reindexAll(): Promise<number> {
    let n = 0;
    const roots = new Set([...folders.rootPaths, ...folders.all().map(f => f.root)]);
    for (const root of roots) {
      const patterns = folders.get(root)?.patterns ?? (await settingsFor(rootUri(root))).corpus;
      n += (await index(root, patterns)).loaded.corpus.docs.length;
    }
    drafts.recheckAll();
    return n;
  }

  const ctx: ServerContext = { connection, documents, folders, drafts: undefined as unknown as Drafts, settingsFor, corpusFor, reindexAll };
  const drafts = new Drafts(ctx);
  ctx.drafts = drafts;

  connection.onInitialize((params: InitializeParams) => {
    const roots = params.workspaceFolders?.map(f => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    folders.setRoots(roots);
    canConfigure = !!params.capabilities.workspace?.configuration;
    canWatch = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canFollowFolders = !!params.capabilities.workspace?.workspaceFolders;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'sumber' },
    };
  });

  connection.onInitialized(async () => {
    if (canWatch) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{txt,md,markdown}' }] });
    } else {
      stopWatching = watchFolders(() => folders.all().map(f => f.root),
        (root, file) => { const f = folders.get(root); return !!f && folders.affects(f, file); },
        root => void reindexRoot(root));
    }
    for (const root of folders.rootPaths) await corpusFor(rootUri(root));
    if (canFollowFolders) connection.workspace.onDidChangeWorkspaceFolders(async e => {
      const current = new Set(folders.rootPaths.map(rootUri));
      e.removed.forEach(f => current.delete(f.uri));
      e.added.forEach(f => current.add(f.uri));
      folders.setRoots([...current]);
      drafts.recheckAll();
    });
  });

  async function reindexRoot(root: string): Promise<void> {
    const patterns = folders.get(root)?.patterns ?? (await settingsFor(rootUri(root))).corpus;
    await index(root, patterns);
    drafts.recheckAll();
  }

  connection.onDidChangeWatchedFiles(async e => {
    const touched = new Set<string>();
    for (const change of e.changes) {
      const p = change.uri.startsWith('file:') ? fileURLToPath(change.uri) : '';
      for (const f of folders.all()) if (p && folders.affects(f, p)) touched.add(f.root);
    }
    for (const root of touched) await reindexRoot(root);
  });

  connection.onDidChangeConfiguration(() => void reindexAll());
  connection.onRequest(REINDEX_REQUEST, async () => ({ documents: await reindexAll() }));
  connection.onShutdown(() => stopWatching?.());

  registerFeatures(ctx);
  documents.listen(connection);
  connection.listen();
}

function rootUri(root: string): string {
  return pathToFileURL(root).toString();
}
