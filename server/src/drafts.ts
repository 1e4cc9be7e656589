import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeLensRefreshRequest } from 'vscode-languageserver/node';
import { draftAnalysisSteps } from './core/checks/check';
import { CancellationToken, runStepsBetween } from './core/cancellation';
import { rehearseEdit } from './edit-rehearsal';
import { checkFolderAhead, warmUpText } from './check-ahead';
import { DocFacts } from './core/facts/analyze';
import { Corpus } from './core/index/corpus';
import { SentenceCheckCache } from './core/checks/sentence-cache';
import { isOversized, oversizeFinding } from './core/checks/draft-limit';
import { Analysed, DraftAnalyses, formatOfDocument, pause, TokenSource } from './draft-analyses';
import { CoreDiagnostic, SupportedClaim } from './core/checks/types';
import { Lang, Span } from './core/types';
import { DraftReport } from './core/checks/sentence-cache';
import { coverageOf, describeCoverage } from './core/checks/coverage';
import { COVERAGE_NOTIFICATION, CoverageParams } from './protocol';
import { readerLanguage } from './core/messages/catalogue';
import { detectLanguage } from './core/text/language';
import { FolderCorpus } from './folders';
import type { Settings } from './settings';
import { SourceDocuments, toLspDiagnostic } from './convert';
import { describe, isCancellation } from './lifecycle';
import { CheckedDraft, findsMore, PublishedChecks } from './published-checks';
import type { ServerContext } from './server';

// Open drafts' checks, debounced. A check takes the draft's analysis (draft-analyses.ts), runs in slices that let
// hover and definition through, is cancelled as soon as the draft changes again, re-checks only sentences whose
// facts changed (the sentence cache), and publishes only if the document is still at the version it checked.

/** A draft's supported claims, with what is needed to show them: its corpus, the reader's language, its settings. */
export interface SupportedIn { claims: SupportedClaim[]; folder: FolderCorpus; lang: Lang; settings: Settings }

export { formatOfDocument };

/** Checkers kept for a grown corpus to follow: more than the folders one writer has open at once. */
const LATEST_CHECKERS = 4;

export class Drafts {
  private readonly analyses: DraftAnalyses;
  private timers = new Map<string, NodeJS.Timeout>();
  private running = new Map<string, TokenSource>();
  private sources = new WeakMap<FolderCorpus, SourceDocuments>();
  private checkers = new WeakMap<Corpus, SentenceCheckCache>();
  /**
   * The checkers made last, newest first: one per folder in use, what a grown corpus's checker follows. Weakly
   * held: a corpus no longer in use goes, with its checker.
   */
  private latest: Array<WeakRef<SentenceCheckCache>> = [];
  /** Each open draft's last published check, and the requests waiting for one (published-checks.ts). */
  private published = new PublishedChecks();
  /** Per draft, the hold on background work from its last edit until its check ends (foreground.ts). */
  private holds = new Map<string, () => void>();
  /** The background check-ahead under way, if any (checkFolderAhead). */
  private ahead?: TokenSource;

  constructor(private readonly ctx: ServerContext) {
    this.analyses = new DraftAnalyses(ctx);
    ctx.documents.onDidChangeContent(e => this.schedule(e.document));
    ctx.documents.onDidClose(e => {
      this.cancel(e.document.uri);
      this.analyses.forget(e.document.uri);
      this.published.forget(e.document.uri);
      void ctx.connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }).catch(() => undefined);
    });
  }

  sourcesOf(folder: FolderCorpus): SourceDocuments {
    let s = this.sources.get(folder);
    if (!s) { s = new SourceDocuments(folder.loaded.corpus, folder.loaded.extractions); this.sources.set(folder, s); }
    return s;
  }

  /** The draft's analysis (draft-analyses.ts `facts`). */
  facts(doc: TextDocument, known?: Settings, retry = true): Promise<Analysed | undefined> {
    return this.analyses.facts(doc, known, retry);
  }

  /** The analysis a request at `offset` can be answered from (draft-analyses.ts `factsAt`). */
  factsAt(doc: TextDocument, settings: Settings, offset: number): ReturnType<DraftAnalyses['factsAt']> {
    return this.analyses.factsAt(doc, settings, offset);
  }

  /** The draft's last published check, as its diagnostics came from it; undefined before the first. */
  lastCheck(uri: string): CheckedDraft | undefined {
    return this.published.last(uri);
  }

  private cancel(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.holds.get(uri)?.();
    this.holds.delete(uri);
    this.running.get(uri)?.cancel();
    this.running.delete(uri);
  }

  private schedule(doc: TextDocument, delayOverride?: number): void {
    // The draft changed: whatever is checking the old text is wasted work.
    this.cancel(doc.uri);
    // From the edit on, background work holds still (foreground.ts): the turns before the check starts (the
    // settings, the debounce) otherwise each waited for one of its slices.
    const uri = doc.uri, release = this.ctx.foreground.hold();
    this.holds.set(uri, release);
    const done = () => { if (this.holds.get(uri) === release) this.holds.delete(uri); release(); };
    void this.ctx.settingsFor(uri).then(settings => {
      // A later edit took over (and let this hold go): its own timer is the one to set.
      if (this.holds.get(uri) !== release) return;
      clearTimeout(this.timers.get(uri));
      this.timers.set(uri, setTimeout(() => this.ctx.lifecycle.run('checking a draft', () => this.validate(uri).finally(done)), delayOverride ?? settings.debounceMs));
    }, done);
  }

  recheckAll(): void {
    for (const doc of this.ctx.documents.all()) this.schedule(doc, 0);
  }

  /**
   * Runs a small check against a freshly indexed corpus, in slices, before any draft asks (check-ahead.ts): the
   * first check after start-up otherwise pays for compiling the checking code and filling the corpus's caches.
   */
  async warmUp(folder: FolderCorpus, settings: Settings): Promise<void> {
    const sample = warmUpText(folder.loaded.corpus);
    if (sample) await this.checkAhead(folder, await runStepsBetween(draftAnalysisSteps(folder.loaded.corpus, sample, 'markdown'), pause), settings);
  }

  /**
   * Checks ahead in the background once a folder's first index is announced (check-ahead.ts): its newest drafts on
   * disk, then more of its sentences, holding still while a draft's own check runs. A re-index stops it.
   */
  checkFolderAhead(root: string, folder: FolderCorpus, settings: Settings, log: (message: string) => void): void {
    const token = new TokenSource();
    this.ahead?.cancel();
    this.ahead = token;
    const started = Date.now();
    void checkFolderAhead({
      skip: uri => this.ctx.folders.isCorpusFile(uri) || this.ctx.documents.get(uri) !== undefined,
      source: file => this.ctx.folders.isCorpusPath(file),
      settingsFor: uri => this.ctx.settingsFor(uri),
      checkAhead: (f, facts, s, t) => this.checkAhead(f, facts, s, t, this.ctx.foreground.pause),
      pause: this.ctx.foreground.pause,
    }, root, folder, settings, token)
      .then(done => log(`sumber: checked ahead ${done.drafts} draft(s) on disk and ${done.sentences} sentence(s) in all (${Date.now() - started} ms)`))
      .catch(err => log(isCancellation(err) ? `sumber: stopped checking ahead after ${Date.now() - started} ms: the sources changed` : `sumber: checking ahead failed: ${describe(err)}`))
      .finally(() => { if (this.ahead === token) this.ahead = undefined; });
  }

  /** Stops the background check-ahead: a re-index makes its corpus old. */
  stopAhead(): void {
    this.ahead?.cancel();
  }

  /**
   * Checks, in slices, a text no editor has open yet (a draft on disk drawn ahead), analysed against the folder's
   * corpus or one that analyses alike: its sentences' results wait in the corpus's sentence cache, so the draft's
   * first check when opened re-checks nothing.
   */
  async checkAhead(folder: FolderCorpus, facts: DocFacts, settings: Settings, token?: CancellationToken, between = pause): Promise<void> {
    await this.checkerOf(folder.loaded.corpus).check(facts, settings.check, { pause: between, ...(token ? { token } : {}) });
  }

  /**
   * The draft's supported claims (those overlapping `within`, or all), as the checks that made its diagnostics
   * found them: read from the sentence cache, never checked again. A sentence edited since its last check has none
   * until the check after the edit, which then asks the client to draw its lenses again.
   */
  async supported(doc: TextDocument, within?: Span): Promise<SupportedIn | undefined> {
    const settings = await this.ctx.settingsFor(doc.uri);
    const analysed = await this.facts(doc, settings);
    return analysed && this.supportedOf(analysed, settings, within);
  }

  /** `supported` for a draft analysed already (the hover has it): no request to the client, no wait for a check slice. */
  supportedOf(analysed: { facts: DocFacts; folder: FolderCorpus }, settings: Settings, within?: Span): SupportedIn {
    const claims = this.checkerOf(analysed.folder.loaded.corpus).supportedIn(analysed.facts, settings.check, within);
    return { claims, folder: analysed.folder, lang: readerLanguage(settings.check.messageLanguage, analysed.facts.lang), settings };
  }

  /**
   * Whether the check of the draft's current version (or a later one) is published within `timeoutMs`: what the
   * support lenses wait for (PublishedChecks.whenChecked).
   */
  whenChecked(doc: TextDocument, timeoutMs: number): Promise<boolean> {
    return this.published.whenChecked(doc, timeoutMs);
  }

  private checkerOf(corpus: Corpus): SentenceCheckCache {
    let c = this.checkers.get(corpus);
    if (!c) {
      // A working set that grew keeps the results its growth cannot touch (SentenceCheckCache.following).
      let before: SentenceCheckCache | undefined;
      for (const ref of this.latest) {
        const b = ref.deref();
        if (b && (c = SentenceCheckCache.following(b, corpus))) { before = b; break; }
      }
      c ??= new SentenceCheckCache(corpus);
      this.checkers.set(corpus, c);
      this.latest = [new WeakRef(c), ...this.latest.filter(r => { const x = r.deref(); return x && x !== before; })].slice(0, LATEST_CHECKERS);
    }
    return c;
  }

  private async validate(uri: string): Promise<void> {
    this.timers.delete(uri);
    const doc = this.ctx.documents.get(uri);
    if (!doc || !this.ctx.lifecycle.running) return;
    if (this.ctx.folders.isCorpusFile(uri)) {
      await this.ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    const token = new TokenSource();
    this.running.get(uri)?.cancel();
    this.running.set(uri, token);
    const version = doc.version, first = !this.published.has(uri);
    try {
      const settings = await this.ctx.settingsFor(uri);
      const folder = await this.ctx.corpusFor(uri);
      if (token.isCancellationRequested || this.ctx.folders.isCorpusFile(uri)) return;
      const started = Date.now();
      const text = doc.getText();
      let found: CoreDiagnostic[], checked = folder, coverage: CoverageParams['coverage'];
      let report: DraftReport, lang: Lang, analysedNow: Analysed | undefined;
      // Where a check against a shared archive spent its time, for the log: analysis, draw, the index it grew, check.
      const phases: string[] = [];
      if (isOversized(text, settings.maxDraftKB)) {
        lang = readerLanguage(settings.check.messageLanguage, detectLanguage(text));
        found = [oversizeFinding(text, settings.maxDraftKB, 'sumber.maxDraftSizeKB', lang)];
        report = { diagnostics: found, claims: [], supported: [], checkedAnew: 0 };
      } else {
        const analysing = Date.now();
        let analysed = await this.facts(doc, settings, false);
        if (settings.archive) phases.push(`analysis ${Date.now() - analysing} ms`);
        // Over the limit now: the draft grew while this check waited, and that edit scheduled a check of its own.
        if (!analysed) return;
        // A shared archive's documents that the draft's words, names and quotes need join the corpus (drawFor).
        // The draft's first check waits for them. After an edit, a check against the documents drawn before is
        // published when it finds nothing new; a new finding waits for the grown corpus, so no claim is reported
        // unsupported for want of a document the archive has; a check published before it is made again after it.
        const drawing = Date.now();
        const grow = await this.ctx.drawFor(uri, analysed.facts);
        if (settings.archive) phases.push(`draw ${Date.now() - drawing} ms`);
        let growing: Promise<unknown> | undefined;
        if (grow && !this.published.has(uri)) {
          const indexing = Date.now();
          await grow();
          phases.push(`index ${Date.now() - indexing} ms`);
          analysed = await this.facts(doc, settings, false);
          if (!analysed || token.isCancellationRequested) return;
        } else if (grow) {
          growing = grow();
        }
        checked = analysed.folder;
        const checking = Date.now();
        report = await this.checkerOf(checked.loaded.corpus).report(analysed.facts, settings.check, { token, pause });
        if (settings.archive) phases.push(`check ${Date.now() - checking} ms`);
        if (growing && findsMore(report, this.published.last(uri))) {
          await growing;
          analysed = await this.facts(doc, settings, false);
          if (!analysed || token.isCancellationRequested) return;
          checked = analysed.folder;
          report = await this.checkerOf(checked.loaded.corpus).report(analysed.facts, settings.check, { token, pause });
        } else if (growing) {
          void growing.then(() => { const now = this.ctx.documents.get(uri); if (now) this.schedule(now, 0); });
        }
        found = report.diagnostics;
        analysedNow = analysed;
        lang = readerLanguage(settings.check.messageLanguage, analysed.facts.lang);
        const counts = coverageOf(report.claims, found);
        coverage = { ...counts, summary: describeCoverage(lang, counts) };
      }
      const current = this.ctx.documents.get(uri);
      // A newer edit arrived while checking: its own check is scheduled; don't publish stale results.
      if (token.isCancellationRequested || !current || current.version !== version) return;
      // The evidence points into the corpus the draft was checked against, which a re-index may have replaced.
      const sources = this.sourcesOf(checked);
      const diagnostics = found.map(d => toLspDiagnostic(d, doc, sources));
      this.ctx.connection.console.log(`sumber: checked ${uri} in ${Date.now() - started} ms${phases.length ? ` (${phases.join(', ')})` : ''}: ${diagnostics.length} finding(s), ${report.checkedAnew} sentence(s) checked anew`);
      await this.ctx.connection.sendDiagnostics({ uri, version, diagnostics });
      this.published.publish(uri, { version, text, report, folder: checked, lang });
      await this.ctx.connection.sendNotification(COVERAGE_NOTIFICATION, { uri, version, ...(coverage ? { coverage } : {}), findings: diagnostics.length } satisfies CoverageParams);
      // The support lenses come from the checks just made: the client draws them again (a lens request before the
      // check found sentences it had not checked yet).
      if (this.ctx.canRefreshCodeLens) void this.ctx.connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
      if (first && analysedNow) {
        const { foreground, documents, connection } = this.ctx;
        rehearseEdit({ foreground, documents, connection, rehearse: (...a) => this.analyses.rehearse(...a), checkAhead: (...a) => this.checkAhead(...a) }, doc, analysedNow, settings);
      }
    } catch (err) {
      if (!isCancellation(err)) throw err;
    } finally {
      if (this.running.get(uri) === token) this.running.delete(uri);
    }
  }
}
