import { TextDocument } from 'vscode-languageserver-textdocument';
import { analysedAlike, draftAnalysisSteps } from './core/checks/check';
import { CorpusContext, DocFacts, sentenceAt, SentenceFacts, TextFormat } from './core/facts/analyze';
import { SentenceFactsMemo } from './core/facts/sentence-facts-memo';
import { isOversized } from './core/checks/draft-limit';
import { CancellationToken, runStepsBetween, Slices, throwIfCancelled } from './core/cancellation';
import { offsetAfter, offsetBefore, spanUnchanged, unchangedParts } from './core/text/unchanged';
import { FolderCorpus } from './folders';
import type { Settings } from './settings';
import { isCancellation } from './lifecycle';
import type { ServerContext } from './server';
import { nextTurn } from './turns';

// Open drafts' analyses: one per document version and corpus generation, which the check, hover, definition and
// references share. After an edit a draft is analysed again sentence by sentence through its facts memo, in
// slices between other requests; a hover away from the edit is answered from the analysis before it.

/** A draft's analysis: the version and corpus generation it is of, its facts, and the folder whose corpus it used. */
export interface Analysed { version: number; generation: number; facts: DocFacts; folder: FolderCorpus }

/** Work done between turns while a draft is analysed again after an edit (a sentence's analysis is not cut). */
const ANALYSIS_SLICE_MS = 2;

export class TokenSource implements CancellationToken {
  isCancellationRequested = false;
  cancel(): void { this.isCancellationRequested = true; }
}

export function formatOfDocument(doc: TextDocument): TextFormat {
  return doc.languageId === 'markdown' || /\.(?:md|markdown)$/i.test(doc.uri) ? 'markdown' : 'plaintext';
}

/** A foreground slice's pause: a turn of the event loop, taken in turn with every other sliced task (turns.ts). */
export const pause = (): Promise<void> => nextTurn();

export class DraftAnalyses {
  private cache = new Map<string, Analysed>();
  /** Each draft's analysis being made, for the version, corpus generation and text it is of. */
  private analysing = new Map<string, { version: number; generation: number; text: string; token: TokenSource; promise: Promise<Analysed> }>();
  /**
   * Each open draft's analysed sentences, for the corpus context they were analysed with (stems come from its
   * lexicon): a corpus updated under the same vocabularies keeps its context, and the draft its memo.
   */
  private memos = new Map<string, { ctx: CorpusContext; memo: SentenceFactsMemo<SentenceFacts> }>();

  constructor(private readonly ctx: Pick<ServerContext, 'corpusFor' | 'settingsFor' | 'documents'>) {}

  /** A closed draft: its analysis stops and nothing of it is kept. */
  forget(uri: string): void {
    this.analysing.get(uri)?.token.cancel();
    this.analysing.delete(uri);
    this.cache.delete(uri);
    this.memos.delete(uri);
  }

  /**
   * The draft's analysis against its folder's corpus, from the cache when still current; undefined when too large.
   * A check passes the settings it has read, so that one check goes by one reading of them (the client may answer
   * differently when asked again). The analysis after an edit is made in slices (a sentence at most, analysed
   * afresh, between turns); callers asking for the same version share it, and a newer version stops an older
   * one. Unless `retry` is false (the check, which stops for the newer version), a caller whose version was
   * overtaken gets the analysis of the draft as it is now.
   */
  async facts(doc: TextDocument, known?: Settings, retry = true): Promise<Analysed | undefined> {
    const [folder, settings] = await Promise.all([this.ctx.corpusFor(doc.uri), known ?? this.ctx.settingsFor(doc.uri)]);
    if (isOversized(doc.getText(), settings.maxDraftKB)) return undefined;
    const hit = this.cache.get(doc.uri);
    // The text is compared too: a client that opens a document again without closing it, or without a version
    // (taken as 0), would otherwise get the analysis of the old text at the same version number.
    if (hit && hit.version === doc.version && hit.facts.text === doc.getText()) {
      if (hit.generation === folder.generation) return hit;
      // A corpus updated under the same vocabularies (an archive's working set that drew documents): the facts stand.
      if (analysedAlike(hit.folder.loaded.corpus, folder.loaded.corpus)) {
        const moved = { ...hit, generation: folder.generation, folder };
        this.cache.set(doc.uri, moved);
        return moved;
      }
    }
    const text = doc.getText(), version = doc.version;
    let run = this.analysing.get(doc.uri);
    if (!run || run.version !== version || run.generation !== folder.generation || run.text !== text) {
      run?.token.cancel();
      const token = new TokenSource();
      const promise = this.analyse(doc.uri, folder, text, formatOfDocument(doc), version, token);
      run = { version, generation: folder.generation, text, token, promise };
      this.analysing.set(doc.uri, run);
      const mine = run;
      promise.then(() => undefined, () => undefined).finally(() => { if (this.analysing.get(doc.uri) === mine) this.analysing.delete(doc.uri); });
    }
    try {
      return await run.promise;
    } catch (err) {
      if (!retry || !isCancellation(err)) throw err;
      const now = this.ctx.documents.get(doc.uri);
      return now && this.facts(now, known);
    }
  }

  private async analyse(uri: string, folder: FolderCorpus, text: string, format: TextFormat, version: number, token: TokenSource): Promise<Analysed> {
    const corpus = folder.loaded.corpus;
    let kept = this.memos.get(uri);
    if (kept?.ctx !== corpus.ctx) { kept = { ctx: corpus.ctx, memo: new SentenceFactsMemo() }; this.memos.set(uri, kept); }
    // A turn first: the request that asked (a hover away from the edit) is answered before any of the work.
    await pause();
    throwIfCancelled(token);
    const slices = new Slices(ANALYSIS_SLICE_MS, pause, token);
    const facts = await runStepsBetween(draftAnalysisSteps(corpus, text, format, token, kept.memo), () => slices.next());
    const entry = { version, generation: folder.generation, facts, folder };
    // An analysis overtaken on its last step must not replace a newer one's.
    if (!token.isCancellationRequested) this.cache.set(uri, entry);
    return entry;
  }

  /**
   * The analysis `text` would get as the draft's next version, its memo's sentences reused, kept nowhere: an edit's
   * rehearsal (edit-rehearsal.ts). Undefined when the draft has no memo for this corpus's context.
   */
  async rehearse(uri: string, folder: FolderCorpus, text: string, format: TextFormat, between: () => Promise<void>, token: CancellationToken): Promise<DocFacts | undefined> {
    const kept = this.memos.get(uri), corpus = folder.loaded.corpus;
    if (kept?.ctx !== corpus.ctx) return undefined;
    return runStepsBetween(draftAnalysisSteps(corpus, text, format, token, kept.memo.copy()), between);
  }

  /**
   * The analysis a request at `offset` can be answered from (a hover), and where the offset stands in it: the
   * draft's current one; or, while the analysis of the latest edit is being made, the one before it, when the
   * offset lies in a sentence the edit left alone (`toNow` then moves its offsets to the text as it is now).
   */
  async factsAt(doc: TextDocument, settings: Settings, offset: number): Promise<{ analysed: Analysed; at: number; toNow: (offset: number) => number } | undefined> {
    const hit = this.cache.get(doc.uri), text = doc.getText();
    if (hit && hit.facts.text !== text && !isOversized(text, settings.maxDraftKB)) {
      const folder = await this.ctx.corpusFor(doc.uri);
      const u = unchangedParts(hit.facts.text, text), at = offsetBefore(u, offset);
      const sentences = hit.facts.sentences, s = at === undefined ? undefined : sentences[sentenceAt(sentences, at)];
      if (hit.generation === folder.generation && at !== undefined && s && s.start <= at && at <= s.end && spanUnchanged(u, s.start, s.end)) {
        // The current version's analysis goes on (or starts) in slices after this answer.
        this.facts(doc, settings).catch(() => undefined);
        return { analysed: hit, at, toNow: o => offsetAfter(u, o) ?? o };
      }
    }
    const analysed = await this.facts(doc, settings);
    return analysed && { analysed, at: offset, toNow: o => o };
  }
}
