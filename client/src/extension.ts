// Thin client: start the bundled language server, show its index in a language status item and the Sumber view,
// register the command table. Everything else happens in the server.
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, State, TransportKind } from 'vscode-languageclient/node';
import { ARCHIVE_PASSWORD_SECRET, commands } from './commands';
import { followSample } from './sample';
import { corpusOutsideAllowed, SourcesPrompt } from './sources-prompt';
import { SumberStatus } from './status';
import { DraftCoverage } from './coverage';
import { SumberView } from './view';
import { COVERAGE_NOTIFICATION, CoverageParams } from './statusText';
import { STATUS_NOTIFICATION, StatusParams } from './statusText';
import { DISPLAY_LANGUAGE_OPTION, KNOWN_NAME_COMMAND_OPTION } from '../../server/src/protocol';
import { originalOfExtracted, SOURCE_SCHEME, SOURCE_TEXT_REQUEST } from '../../server/src/protocol';

/** Drafts the server checks: Markdown and plain text, saved or not. */
const DRAFTS: { language: string; scheme: string }[] = [
  { language: 'markdown', scheme: 'file' },
  { language: 'markdown', scheme: 'untitled' },
  { language: 'plaintext', scheme: 'file' },
  { language: 'plaintext', scheme: 'untitled' },
];

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // First, before the secret storage and the server, so the sample's draft is on screen at once in the window
  // "Open Sample" opened.
  context.subscriptions.push(followSample(context));
  // The CLI bundle; its `lsp` subcommand picks the transport (`--node-ipc`) from argv.
  const serverModule = context.asAbsolutePath('dist/sumber.js');
  // The archive's password, if the writer gave one, goes to the server in its environment (see commands.ts).
  const serverEnv: NodeJS.ProcessEnv = { ...process.env };
  const password = await context.secrets.get(ARCHIVE_PASSWORD_SECRET);
  if (password) serverEnv.SUMBER_ARCHIVE_PASSWORD = password;
  const serverOptions: ServerOptions = {
    run: { module: serverModule, args: ['lsp'], transport: TransportKind.ipc, options: { env: serverEnv } },
    debug: {
      module: serverModule,
      args: ['lsp'],
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6011'], env: serverEnv },
    },
  };

  const output = vscode.window.createOutputChannel('Sumber', { log: true });
  context.subscriptions.push(output);

  const clientOptions: LanguageClientOptions = {
    documentSelector: DRAFTS,
    // No `synchronize.configurationSection`: the server keeps settings per resource and registers for their
    // change notifications itself (it would otherwise hear of each change twice).
    outputChannel: output,
    // This client runs the "add to known names" command itself (it writes VS Code settings); the server says what
    // belongs to no draft (indexing, skipped files) in the editor's display language.
    initializationOptions: { [KNOWN_NAME_COMMAND_OPTION]: true, [DISPLAY_LANGUAGE_OPTION]: vscode.env.language },
    middleware: {
      workspace: {
        // Each answer to workspace/configuration says whether its corpus entries may leave the workspace folder.
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          if (!Array.isArray(result)) return result;
          return result.map((value, i) => {
            const item = params.items[i];
            if (item?.section !== 'sumber' || !value || typeof value !== 'object') return value;
            const scope = item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined;
            return { ...value, corpusOutsideAllowed: corpusOutsideAllowed(scope) };
          });
        },
      },
    },
  };
  const lc = new LanguageClient('sumber', 'Sumber', serverOptions, clientOptions);
  client = lc;

  const extracted = registerExtractedSources(lc);
  context.subscriptions.push(extracted.disposable);
  const status = new SumberStatus(DRAFTS, 'sumber.reindex');
  const prompt = new SourcesPrompt();
  const coverage = new DraftCoverage();
  const view = new SumberView(lc, uri => coverage.isCheckedDraft(uri));
  context.subscriptions.push(
    status,
    coverage,
    view,
    lc.onNotification(COVERAGE_NOTIFICATION, (params: CoverageParams) => {
      coverage.update(params);
      view.onCoverage(params);
    }),
    lc.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => {
      status.update(params);
      coverage.indexed(params);
      view.onStatus(params);
      if (params.state === 'ready') extracted.refresh();
      void prompt.onStatus(params);
      void askArchivePassword(params);
    }),
    // Trust granted later: corpus entries the workspace names may now reach outside it.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void lc.sendNotification('workspace/didChangeConfiguration', { settings: null })),
    lc.onDidChangeState((e) => {
      if (e.newState === State.Starting) status.starting();
      else if (e.newState === State.Stopped) status.stopped(vscode.l10n.t('The Sumber language server stopped. See the Sumber output.'));
    }),
  );

  for (const command of commands) {
    context.subscriptions.push(
      vscode.commands.registerCommand(command.id, (...args: unknown[]) => command.run({ extension: context, serverEnv, client: lc, output, coverage, view }, ...args)),
    );
  }

  try {
    await lc.start();
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    output.error(`Sumber language server failed to start: ${reason}`);
    status.stopped(vscode.l10n.t('The Sumber language server failed to start: {0}', reason));
    return;
  }
}

/** Once a session: an archive that refused for want of a password gets the writer asked for one. */
let askedForPassword = false;
async function askArchivePassword(params: StatusParams): Promise<void> {
  if (askedForPassword || params.archive?.state !== 'unreachable' || !/password/i.test(params.archive.message ?? '')) return;
  askedForPassword = true;
  const set = vscode.l10n.t('Set Archive Password');
  const answer = await vscode.window.showWarningMessage(vscode.l10n.t('The Sumber archive {0} needs a password.', params.archive.address), set);
  if (answer === set) await vscode.commands.executeCommand('sumber.setArchivePassword');
}

/**
 * Read-only views of the text Sumber extracted from web pages, Word files and PDFs. Evidence links and go-to-source
 * point into that text (a .docx has no lines to open at), so the server answers them with uris of the
 * `sumber-source:` scheme and this provider asks the server for the text. Read-only, because editing extracted
 * text would change nothing: the source is the file. `refresh` re-reads the open views (a corpus is ready again).
 */
function registerExtractedSources(client: LanguageClient): { disposable: vscode.Disposable; refresh(): void } {
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const provider: vscode.TextDocumentContentProvider = {
    onDidChange: changed.event,
    async provideTextDocumentContent(uri, token) {
      const original = originalOfExtracted(uri.query);
      const answer = await client.sendRequest<{ text: string } | null>(SOURCE_TEXT_REQUEST, { uri: original }, token);
      return answer?.text ?? vscode.l10n.t('Sumber has no extracted text for {0}: it is not a source of an indexed corpus (re-index, or check the sumber.corpus setting).', original);
    },
  };
  // After a re-index the extracted text may differ (the file changed): open views are read again.
  const refresh = () => {
    for (const doc of vscode.workspace.textDocuments) if (doc.uri.scheme === SOURCE_SCHEME) changed.fire(doc.uri);
  };
  return { disposable: vscode.Disposable.from(vscode.workspace.registerTextDocumentContentProvider(SOURCE_SCHEME, provider), changed), refresh };
}

export async function deactivate(): Promise<void> {
  const lc = client;
  client = undefined;
  await lc?.dispose();
}
