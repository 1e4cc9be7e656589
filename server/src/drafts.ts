import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDraft, checkDraft } from './core/check';
import { DocFacts, TextFormat } from './core/analyze';
import { FolderCorpus } from './folders';
import { SourceDocuments, toLspDiagnostic } from './convert';
import type { ServerContext } from './server';

// Open drafts: a cached analysis per document version and corpus generation (hover, definition and
// references reuse it), and debounced checking. Results are published only if the document is still at the
// version that was checked, so a slow check never overwrites a newer one and nothing flickers.

interface Cached { version: number; generation: number; facts: DocFacts; folder: FolderCorpus }

export function formatOfDocument(doc: TextDocument): TextFormat {
  return doc.languageId === 'markdown' || /\.(?:md|markdown)$/i.test(doc.uri) ? 'markdown' : 'plaintext';
}

export class Drafts {
  private cache = new Map<string, Cached>();
  private timers = new Map<string, NodeJS.Timeout>();
  private sources = new WeakMap<FolderCorpus, SourceDocuments>();

  constructor(private readonly ctx: ServerContext) {
    ctx.documents.onDidChangeContent(e => this.schedule(e.document));
    ctx.documents.onDidClose(e => {
      clearTimeout(this.timers.get(e.document.uri));
      this.timers.delete(e.document.uri);
      this.cache.delete(e.document.uri);
      void ctx.connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    });
  }

  sourcesOf(folder: FolderCorpus): SourceDocuments {
    let s = this.sources.get(folder);
    if (!s) { s = new SourceDocuments(folder.loaded.corpus); this.sources.set(folder, s); }
    return s;
  }

  /** The draft's analysis against its folder's corpus, from the cache when still current. */
  async facts(doc: TextDocument): Promise<{ facts: DocFacts; folder: FolderCorpus }> {
    const folder = await this.ctx.corpusFor(doc.uri);
    const hit = this.cache.get(doc.uri);
    if (hit && hit.version === doc.version && hit.generation === folder.generation) return hit;
    const facts = analyzeDraft(folder.loaded.corpus, doc.getText(), formatOfDocument(doc));
    const entry = { version: doc.version, generation: folder.generation, facts, folder };
    this.cache.set(doc.uri, entry);
    return entry;
  }

  private schedule(doc: TextDocument, delayOverride?: number): void {
    clearTimeout(this.timers.get(doc.uri));
    void this.ctx.settingsFor(doc.uri).then(settings => {
      clearTimeout(this.timers.get(doc.uri));
      this.timers.set(doc.uri, setTimeout(() => void this.validate(doc.uri), delayOverride ?? settings.debounceMs));
    });
  }

  recheckAll(): void {
    for (const doc of this.ctx.documents.all()) this.schedule(doc, 0);
  }

  private async validate(uri: string): Promise<void> {
    this.timers.delete(uri);
    const doc = this.ctx.documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    if (this.ctx.folders.isCorpusFile(uri)) {
      await this.ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    const settings = await this.ctx.settingsFor(uri);
    const folder = await this.ctx.corpusFor(uri);
    if (this.ctx.folders.isCorpusFile(uri)) return;
    const started = Date.now();
    const found = checkDraft(folder.loaded.corpus, doc.getText(), formatOfDocument(doc), settings.check);
    const current = this.ctx.documents.get(uri);
    // A newer edit arrived while checking: its own check is scheduled; don't publish stale results.
    if (!current || current.version !== version) return;
    const sources = this.sourcesOf(folder);
    const diagnostics = found.map(d => toLspDiagnostic(d, doc, sources));
    this.ctx.connection.console.log(`sumber: checked ${uri} in ${Date.now() - started} ms: ${diagnostics.length} finding(s)`);
    await this.ctx.connection.sendDiagnostics({ uri, version, diagnostics });
  }
}
