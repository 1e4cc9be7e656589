import { Corpus } from '../index/corpus';
import { DocFacts, quotesTouching, sentenceAt } from '../facts/analyze';
import { DEFAULT_SEVERITY, sentenceReportSteps } from './check';
import { Span } from '../types';
import { CheckOptions, CoreDiagnostic, EvidenceRef, Finding, SupportedClaim } from './types';
import { CancellationToken, runSteps, runStepsBetween, Slices, throwIfCancelled } from '../cancellation';
import { applyDisableComments } from './disable-comments';
import { severityOf } from './weak-support';
import { readerLanguage } from '../messages/catalogue';
import { Growth, ReadLog, readingInto } from '../index/read-log';
import { keyOfOptions, sentenceKey } from './sentence-keys';

// Checks that cost what changed. A sentence's findings are cached under a key made of exactly what its check reads,
// offsets relative to the sentence (sentence-keys.ts). A one-character edit then re-checks the one sentence it
// touched; moving a paragraph re-checks nothing. The coverage line and the claims' standing are in coverage.ts.
//
// Checking is cut into slices: between sentences the caller's `pause` lets other requests (hover, definition)
// run, and a cancelled token stops the work, so a stale check never delays a fresh one.

/** Entries kept per corpus; far more than the sentences of any open drafts, small next to the corpus. */
const MAX_ENTRIES = 50_000;
/**
 * Work done between two pauses, in milliseconds. A sentence's check is cut between its steps (check.ts
 * `sentenceReportSteps`), the longest of which take a few milliseconds at 10 MB of sources. A pause costs a turn
 * of the event loop.
 */
const SLICE_MS = 2;

export interface SliceOptions {
  token?: CancellationToken;
  /** Gives other work a turn (e.g. `() => new Promise(r => setImmediate(r))`). */
  pause?: () => Promise<void>;
}

/** A checked draft: its findings, the stretches of it that are claims (what coverage counts), and those the sources back. */
export interface DraftReport {
  diagnostics: CoreDiagnostic[];
  claims: Span[];
  supported: SupportedClaim[];
  /** Sentences this report checked, rather than read from the cache. */
  checkedAnew: number;
}

/**
 * A sentence's check, offsets relative to the sentence (the evidence's are the source's own); against a corpus drawn
 * from a larger whole, with what it read of the corpus, so that it can be carried over when the corpus grows.
 */
interface Entry { claim: boolean; findings: Finding[]; support?: EvidenceRef; reads?: ReadLog }

export class SentenceCheckCache {
  /** By the options' key, then the sentence's (two maps, so a lookup hashes the sentence's key string as kept). */
  private entries = new Map<string, Map<string, Entry>>();
  private size = 0;
  hits = 0;
  misses = 0;
  /** Results taken over from the cache of the corpus this one grew from. */
  carried = 0;
  /**
   * The results of the corpus this one grew from, and where each of its documents stands here (Corpus.grownFrom);
   * not that corpus itself, which can go.
   */
  private earlier?: { entries: Map<string, Map<string, Entry>>; docAt: Int32Array; growth?: Growth };

  constructor(readonly corpus: Corpus) {}

  /**
   * The cache for `corpus` after `before`'s corpus, when `corpus` is that one grown (an archive's working set that
   * drew more documents), a sentence checked before keeps its result if every read of its check answers the same
   * here (read-log.ts), taken over when first asked for. Only the latest step is followed: `before` lets go of its
   * own predecessor. Undefined when `corpus` is not `before`'s grown.
   */
  static following(before: SentenceCheckCache, corpus: Corpus): SentenceCheckCache | undefined {
    const docAt = corpus.grownFrom(before.corpus);
    if (!docAt) return undefined;
    const cache = new SentenceCheckCache(corpus);
    cache.earlier = { entries: before.entries, docAt };
    before.earlier = undefined;
    return cache;
  }

  /** A sentence's result: this corpus's own, else one carried over from the corpus it grew from. */
  private entryFor(optionsKey: string, key: string): Entry | undefined {
    return runSteps(this.entrySteps(optionsKey, key));
  }

  /** `entryFor` in steps, a read asked again at a time (the check runs them between its slices). */
  private *entrySteps(optionsKey: string, key: string): Generator<void, Entry | undefined> {
    const own = this.entries.get(optionsKey)?.get(key);
    if (own || !this.earlier) return own;
    const { entries, docAt } = this.earlier;
    const before = entries.get(optionsKey);
    const old = before?.get(key);
    if (!old) return undefined;
    // Every entry kept for the corpus before was checked or carried over there: its reads answered on that corpus.
    const growth = this.earlier.growth ??= { added: addedDocs(this.corpus.docs.length, docAt), ordered: docAt.every((at, d) => d === 0 || at > docAt[d - 1]) };
    const holds = !!old.reads && (yield* old.reads.holdsOnSteps(this.corpus, growth));
    // Asked once (a check cancelled meanwhile asks again): a result that no longer holds is checked again and kept here.
    before!.delete(key);
    if (!holds) return undefined;
    const moved = movedTo(old, docAt);
    this.keep(optionsKey, key, moved);
    this.carried++;
    return moved;
  }

  private keep(optionsKey: string, key: string, entry: Entry): void {
    if (this.size >= MAX_ENTRIES) { this.entries.clear(); this.size = 0; }
    let forOptions = this.entries.get(optionsKey);
    if (!forOptions) { forOptions = new Map(); this.entries.set(optionsKey, forOptions); }
    forOptions.set(key, entry);
    this.size++;
  }

  /** The findings of every sentence of an analysed draft, with severities applied, in document order. */
  async check(draft: DocFacts, options: CheckOptions, slice: SliceOptions = {}): Promise<CoreDiagnostic[]> {
    return (await this.report(draft, options, slice)).diagnostics;
  }

  /** The findings, as `check` gives them, and the sentences that are claims. */
  async report(draft: DocFacts, options: CheckOptions, slice: SliceOptions = {}): Promise<DraftReport> {
    const out: CoreDiagnostic[] = [], claims: Span[] = [], supported: SupportedClaim[] = [];
    if (this.corpus.docs.length === 0) return { diagnostics: out, claims, supported, checkedAnew: 0 };
    let checkedAnew = 0;
    const optionsKey = keyOfOptions(options);
    // A turn of its own first: the draft's analysis, which a check follows at once, may just have used this one.
    if (slice.pause) await slice.pause();
    const slices = new Slices(SLICE_MS, slice.pause, slice.token);
    for (const sentence of draft.sentences) {
      throwIfCancelled(slice.token);
      await slices.next();
      const key = sentenceKey(this.corpus, draft, sentence, quotesTouching(draft, sentence));
      // A result of this corpus's own is read at once: only one carried over from the corpus before takes steps.
      let found = this.entries.get(optionsKey)?.get(key) ?? (this.earlier ? await runStepsBetween(this.entrySteps(optionsKey, key), () => slices.next()) : undefined);
      if (found) this.hits++;
      else {
        this.misses++;
        checkedAnew++;
        // A corpus drawn from a larger whole may grow under this result: note what the check reads.
        const reads = this.corpus.drawn ? new ReadLog() : undefined;
        const steps = sentenceReportSteps(this.corpus, draft, sentence, options);
        const checked = await runStepsBetween(reads ? readingSteps(this.corpus, reads, steps) : steps, () => slices.next());
        found = { claim: checked.claim, findings: checked.findings.map(f => rebase(f, -sentence.start)), ...(checked.support ? { support: checked.support } : {}), ...(reads ? { reads } : {}) };
        this.keep(optionsKey, key, found);
      }
      if (found.claim) claims.push({ start: sentence.start, end: sentence.end });
      if (found.support) supported.push({ start: sentence.start, end: sentence.end, evidence: found.support });
      for (const f of found.findings) {
        const severity = severityOf(f, options, DEFAULT_SEVERITY);
        if (severity !== 'off') out.push({ ...rebase(f, sentence.start), severity });
      }
    }
    // Directives are read from the whole draft after the cache: a directive added above a line silences a finding
    // without re-checking the sentence, and the editor and the CLI, which both come here, agree on what is silenced.
    return { diagnostics: applyDisableComments(draft.text, out, readerLanguage(options.messageLanguage, draft.lang)), claims, supported, checkedAnew };
  }

  /**
   * The supported claims among a draft's sentences (those overlapping `within`, or all), read from what earlier
   * checks of these very sentences found; a sentence not checked yet (just edited) has none until its check runs.
   * Hover, the support lens and "Insert citation" come here, so they show what the diagnostics came from and
   * never check again.
   */
  supportedIn(draft: DocFacts, options: CheckOptions, within?: Span): SupportedClaim[] {
    const optionsKey = keyOfOptions(options), out: SupportedClaim[] = [];
    const from = within ? sentenceAt(draft.sentences, within.start) : 0;
    for (let i = from; i < draft.sentences.length; i++) {
      const sentence = draft.sentences[i];
      if (within && sentence.start > within.end) break;
      if (within && sentence.end < within.start) continue;
      const found = this.entryFor(optionsKey, sentenceKey(this.corpus, draft, sentence, quotesTouching(draft, sentence)));
      if (found?.support) out.push({ start: sentence.start, end: sentence.end, evidence: found.support });
    }
    return out;
  }
}

/** Each step of a check run with its reads noted (only the step's own: other work runs between steps). */
function* readingSteps<T>(corpus: Corpus, log: ReadLog, steps: Generator<void, T>): Generator<void, T> {
  for (;;) {
    const step = readingInto(corpus, log, () => steps.next());
    if (step.done) return step.value;
    yield;
  }
}

/** The documents of a grown corpus that the one before lacked: those no document of it moved to. */
function addedDocs(count: number, docAt: Int32Array): number[] {
  const had = new Uint8Array(count);
  for (const at of docAt) had[at] = 1;
  const out: number[] = [];
  for (let d = 0; d < count; d++) if (!had[d]) out.push(d);
  return out;
}

/** A result with its evidence pointing at where the documents stand in the grown corpus. */
function movedTo(entry: Entry, docAt: Int32Array): Entry {
  const move = (e: EvidenceRef): EvidenceRef => ({ ...e, doc: docAt[e.doc] });
  return {
    ...entry,
    findings: entry.findings.map(f => ({ ...f, evidence: f.evidence.map(move) })),
    ...(entry.support ? { support: move(entry.support) } : {}),
  };
}

function rebase(f: Finding, by: number): Finding {
  return {
    ...f,
    start: f.start + by,
    end: f.end + by,
    fixes: f.fixes.map(x => ({ ...x, start: x.start + by, end: x.end + by })),
  };
}
