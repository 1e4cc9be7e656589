import { performance } from 'node:perf_hooks';
import { Corpus } from '../core/index/corpus';
import { analyzeDraft, checkDraft, DEFAULT_OPTIONS, toCheckOptions } from '../core/checks/check';
import { hoverAt } from '../core/features/hover';
import { definitionAt, referencesAt } from '../core/features/navigation';
import { SentenceCheckCache } from '../core/checks/sentence-cache';
import { prepareQuoteSearch } from '../core/index/quote-search';
import { CancellationToken } from '../core/cancellation';
import type { DocFacts } from '../core/facts/analyze';
import type { CheckOptions } from '../core/checks/types';
import { Rng } from './fuzz-random';
import { FuzzCorpus, FuzzDraft, makeCorpus, makeDraft, mutate, Samples } from './fuzz-inputs';
import { diagnosticProblem, firstDifference, hoverProblem, locationsProblem } from './fuzz-invariants';

// The core under random input: every entry point the LSP layer calls (index, analyse, check, the sentence cache,
// hover, definition, references), each call timed against a budget that grows with its input. Shared by
// `npm run fuzz` and the smoke test, so both find the same failures for the same seed.

export interface CoreFuzzOptions {
  seed: number;
  samples: Samples;
  /** Largest draft generated (characters); the script uses ~50 KB, the smoke test less to stay quick. */
  maxDraftChars?: number;
  /** Largest corpus file generated. */
  maxCorpusChars?: number;
  /** Multiplies every time budget; above 1 on a slow or shared machine. */
  slowFactor?: number;
}

export interface CallStats { calls: number; totalMs: number; worstMs: number; worstChars: number; worstMsPerKB: number }

export interface FuzzFailure {
  seed: number;
  iteration: number;
  inputKind: string;
  call: string;
  reason: 'exception' | 'slow' | 'invariant';
  message: string;
  draft: FuzzDraft;
  /** Absent when the draft was checked against the seed articles. */
  corpus?: FuzzCorpus;
  offset?: number;
  options?: CheckOptions;
  /** The edited draft, when the failure came from re-checking an edit. */
  edited?: string;
}

export class FuzzFailureError extends Error {
  constructor(readonly failure: FuzzFailure) {
    super(`${failure.reason} in ${failure.call} (seed ${failure.seed}, iteration ${failure.iteration}, ${failure.inputKind}): ${failure.message}`);
  }
}

/** What one call may take: 200 ms, or 50 ms per KB of input when that is more. */
export function budgetMs(chars: number): number {
  return Math.max(200, (50 * chars) / 1024);
}

type Current = Omit<FuzzFailure, 'call' | 'reason' | 'message'>;

/** A token that reports cancellation after a number of looks, as an edit arriving mid-check would. */
function cancelAfter(looks: number): CancellationToken {
  let n = 0;
  return { get isCancellationRequested() { return ++n > looks; } };
}

export class CoreFuzzer {
  readonly stats = new Map<string, CallStats>();
  readonly inputKinds = new Map<string, number>();
  private readonly seedCorpus: Corpus;
  private readonly seedCache: SentenceCheckCache;
  private current!: Current;

  constructor(private readonly opts: CoreFuzzOptions) {
    this.seedCorpus = Corpus.build(opts.samples.seeds);
    prepareQuoteSearch(this.seedCorpus);
    this.seedCache = new SentenceCheckCache(this.seedCorpus);
    // The first calls compile the code they run; that must not count against the first inputs' budgets. Small
    // drafts of every kind, from a generator of their own, reach most of it.
    const warm = new Rng(opts.seed ^ 0x3a3a);
    for (const text of opts.samples.others) checkDraft(this.seedCorpus, text, 'markdown');
    for (let i = 0; i < 40; i++) {
      const d = makeDraft(warm, opts.samples, 3000);
      const facts = analyzeDraft(this.seedCorpus, d.text, d.format);
      checkDraft(this.seedCorpus, d.text, d.format);
      definitionAt(this.seedCorpus, facts, warm.int(0, d.text.length));
    }
  }

  private fail(call: string, reason: FuzzFailure['reason'], message: string): never {
    throw new FuzzFailureError({ ...this.current, call, reason, message });
  }

  private record(call: string, chars: number, ms: number): void {
    const s = this.stats.get(call) ?? { calls: 0, totalMs: 0, worstMs: 0, worstChars: 0, worstMsPerKB: 0 };
    s.calls++;
    s.totalMs += ms;
    if (ms > s.worstMs) { s.worstMs = ms; s.worstChars = chars; }
    s.worstMsPerKB = Math.max(s.worstMsPerKB, ms / Math.max(1, chars / 1024));
    this.stats.set(call, s);
  }

  /**
   * Runs a call, failing on a throw or on a time over budget. The time is the smaller of wall-clock and CPU time
   * of this process: other processes on a busy machine stretch the first, the collector's helper threads the
   * second, and neither is the call's own work. A slow call is run again (up to twice) before it counts, so one
   * garbage collection is not reported as a slow path; the inputs are fixed, so a real slow path is slow every time.
   */
  private async timed<T>(call: string, chars: number, fn: () => T | Promise<T>, again: () => T | Promise<T> = fn): Promise<T> {
    const budget = budgetMs(chars) * (this.opts.slowFactor ?? 1);
    let best = Infinity, result!: T;
    for (let attempt = 0; attempt < 3 && best > budget; attempt++) {
      const wall = performance.now(), cpu = process.cpuUsage();
      try {
        result = await (attempt === 0 ? fn() : again());
      } catch (err) {
        this.fail(call, 'exception', err instanceof Error ? err.stack ?? err.message : String(err));
      }
      const used = process.cpuUsage(cpu);
      best = Math.min(best, performance.now() - wall, (used.user + used.system) / 1000);
    }
    this.record(call, chars, best);
    if (best > budget) this.fail(call, 'slow', `${best.toFixed(0)} ms for ${chars} chars (budget ${budget.toFixed(0)} ms)`);
    return result;
  }

  private check(what: string, problem: string | undefined): void {
    if (problem) this.fail(what, 'invariant', problem);
  }

  /** One iteration: a draft (and sometimes a corpus) from the iteration's own generator, through every call. */
  async iteration(iteration: number): Promise<void> {
    const { seed, samples } = this.opts;
    const rng = Rng.forIteration(seed, iteration);
    const maxDraft = this.opts.maxDraftChars ?? 50 * 1024, maxSource = this.opts.maxCorpusChars ?? 30 * 1024;
    const fuzzCorpus = rng.chance(0.2) ? makeCorpus(rng, samples, maxSource) : undefined;
    // A draft is written from its sources: against a made-up corpus, it is often made of that corpus's text.
    const draft = makeDraft(rng, fuzzCorpus && rng.chance(0.5) ? { seeds: fuzzCorpus.files, others: samples.others } : samples, maxDraft);
    const options = rng.chance(0.7) ? DEFAULT_OPTIONS
      : toCheckOptions(rng.pick<unknown>([null, {}, { supportThreshold: 0 }, { supportThreshold: 1 }, { supportThreshold: NaN, severity: { 'unsupported-claim': 'off', contradiction: 'hint' } }, { severity: 'error' }]));
    const inputKind = `${draft.kind}/${draft.format}${fuzzCorpus ? ` vs ${fuzzCorpus.kind}` : ''}`;
    this.inputKinds.set(draft.kind, (this.inputKinds.get(draft.kind) ?? 0) + 1);
    this.current = { seed, iteration, inputKind, draft, corpus: fuzzCorpus, options };

    let corpus = this.seedCorpus, cache = this.seedCache;
    if (fuzzCorpus) {
      const chars = fuzzCorpus.files.reduce((n, f) => n + f.text.length, 0);
      corpus = await this.timed('Corpus.build', chars, () => Corpus.build(fuzzCorpus.files));
      await this.timed('prepareQuoteSearch', chars, () => prepareQuoteSearch(corpus), () => prepareQuoteSearch(Corpus.build(fuzzCorpus.files)));
      cache = new SentenceCheckCache(corpus);
    }
    const text = draft.text, n = text.length;
    const facts = await this.timed('analyzeDraft', n, () => analyzeDraft(corpus, text, draft.format));
    const full = await this.timed('checkDraft', n, () => checkDraft(corpus, text, draft.format, options));
    this.check('checkDraft', diagnosticProblem(corpus, text, full));
    const pause = rng.chance(0.5) ? () => Promise.resolve() : undefined;
    const cached = await this.timed('SentenceCheckCache.check', n, () => cache.check(facts, options, { pause }),
      () => new SentenceCheckCache(corpus).check(facts, options));
    this.check('SentenceCheckCache.check', firstDifference(cached, full) && `the sentence cache disagrees with a full check: ${firstDifference(cached, full)}`);

    await this.navigate(rng, corpus, facts);
    if (rng.chance(0.3) && n < 16 * 1024) await this.edit(rng, corpus, cache, draft, options);
    if (rng.chance(0.1)) await this.cancelled(rng, corpus, draft, options, fuzzCorpus);
  }

  /** Hover, definition and references at random offsets, at names and quotes, and just outside the text. */
  private async navigate(rng: Rng, corpus: Corpus, facts: DocFacts): Promise<void> {
    const text = facts.text, n = text.length;
    const marks = [...facts.quotes.flatMap(q => [q.open, q.start, q.end]), ...facts.sentences.flatMap(s => s.names.map(m => m.start))];
    for (let k = rng.int(1, 6); k > 0; k--) {
      const offset = rng.weighted<() => number>([[5, () => rng.int(0, n)], [4, () => (marks.length ? rng.pick(marks) : 0)], [1, () => rng.pick([-1, n + 1, n + 1000])]])();
      this.current.offset = offset;
      const link = (l: { doc: number; start: number }) => `fuzz:${l.doc}#${l.start}`;
      const hover = await this.timed('hoverAt', n, () => hoverAt(corpus, facts, offset, link, facts.lang));
      this.check('hoverAt', hoverProblem(text, hover));
      const defs = await this.timed('definitionAt', n, () => definitionAt(corpus, facts, offset));
      this.check('definitionAt', locationsProblem(corpus, defs));
      const refs = await this.timed('referencesAt', n, () => referencesAt(corpus, facts, offset));
      this.check('referencesAt', locationsProblem(corpus, refs));
    }
    this.current.offset = undefined;
  }

  /** A writer's edit: the cache re-checks what changed and must agree with a full check of the new text. */
  private async edit(rng: Rng, corpus: Corpus, cache: SentenceCheckCache, draft: FuzzDraft, options: CheckOptions): Promise<void> {
    const edited = mutate(rng, draft.text);
    this.current.edited = edited;
    const facts = await this.timed('analyzeDraft', edited.length, () => analyzeDraft(corpus, edited, draft.format));
    const cached = await this.timed('SentenceCheckCache.check', edited.length, () => cache.check(facts, options));
    const full = await this.timed('checkDraft', edited.length, () => checkDraft(corpus, edited, draft.format, options));
    const diff = firstDifference(cached, full);
    this.check('SentenceCheckCache.check', diff && `after an edit, the sentence cache disagrees with a full check: ${diff}`);
    this.current.edited = undefined;
  }

  /** A check or an index cancelled part way: it may finish or throw CancelledError, and nothing else. */
  private async cancelled(rng: Rng, corpus: Corpus, draft: FuzzDraft, options: CheckOptions, fuzzCorpus?: FuzzCorpus): Promise<void> {
    const token = cancelAfter(rng.int(0, 40));
    const call = fuzzCorpus && rng.chance(0.5) ? 'Corpus.build (cancelled)' : 'checkDraft (cancelled)';
    const started = performance.now();
    try {
      if (call.startsWith('Corpus')) Corpus.build(fuzzCorpus!.files, token);
      else checkDraft(corpus, draft.text, draft.format, options, token);
    } catch (err) {
      if (!(err instanceof Error && err.name === 'CancelledError')) this.fail(call, 'exception', err instanceof Error ? err.stack ?? err.message : String(err));
    }
    this.record(call, fuzzCorpus && call.startsWith('Corpus') ? fuzzCorpus.files.reduce((n, f) => n + f.text.length, 0) : draft.text.length, performance.now() - started);
  }
}
