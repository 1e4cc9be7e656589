import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { TextFormat } from './core/facts/analyze';
import { AnalysedFile } from './core/index/analysed-file';
import { ParallelAnalyser } from './core/index/corpus';
import { CancellationToken, CancelledError } from './core/cancellation';
import type { PackedAnalysedFile, WorkerRequest } from './analysis-worker';
import { unpackDoc } from './cache-packing';

// Analysis of source files on worker threads. Indexing is nearly all per-file analysis, which needs nothing
// from other files but the corpus's vocabulary, so it spreads over the machine's cores; the main thread only
// files the results in order (core/index/corpus.ts), so a language server keeps answering hovers meanwhile.
// A pool serves one build: its threads end when the analysis does, since idle ones would hold a corpus
// vocabulary each.

/**
 * Below this much text to analyse, starting threads costs more than it saves: each thread starts, loads the models
 * and compiles the analysis for itself. On two cores the threads also share the machine with the main thread and
 * the collector, and an index was faster without them up to about 4 MB: `sumber index --no-cache` with two threads
 * against none, two runs each, took 2.30-2.38 against 2.01-2.11 s at 1 MB, 3.45-3.61 against 3.22 s at 2 MB,
 * 4.78-5.09 against 4.43-4.82 s at 3 MB, 5.45-5.57 against 5.33-6.19 s at 4 MB and 6.59-6.67 against 7.05-7.51 s at
 * 5 MB. With more cores each thread's share is smaller and the main thread has one to itself: there the threshold
 * stays at 512 KB (not measured here). An ingest keeps 512 KB everywhere: its main thread writes rows meanwhile.
 */
export const WORTH_THREADS_CHARS = 512 * 1024;

/** The least text an index build analyses on threads, on a machine of this many cores. */
export function worthThreadsChars(coreCount: number): number {
  return coreCount <= 2 ? 4 * 1024 * 1024 : WORTH_THREADS_CHARS;
}

function cores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}
/** Files sent ahead to each worker, so none waits for its next file between two. */
const IN_FLIGHT = 2;
/** How often a wait looks at the cancellation token (it cannot call back). */
const POLL_MS = 50;

type WorkerReply =
  | { kind: 'vocabulary'; lower: Array<[string, number]>; midCap: Array<[string, number]> }
  | { kind: 'analysed'; id: number; result: PackedAnalysedFile }
  | { kind: 'failed'; id: number; message: string };

/**
 * How many threads to analyse on: SUMBER_THREADS when set (0: none; for the language server, which takes no
 * command-line options), else one per core, at most eight (memory: each holds the vocabulary).
 */
export function defaultThreads(): number {
  const asked = Number(process.env.SUMBER_THREADS);
  if (process.env.SUMBER_THREADS && Number.isInteger(asked) && asked >= 0) return asked;
  return Math.max(1, Math.min(8, cores()));
}

/**
 * A pool for analysing these texts, or undefined when they are too few to be worth threads (or threads is 0).
 * `worth`: the least text worth threads, by default what an index build's is on this machine.
 */
export function poolFor(texts: readonly string[], threads = defaultThreads(), worth = worthThreadsChars(cores())): AnalysisPool | undefined {
  const chars = texts.reduce((n, t) => n + t.length, 0);
  if (threads <= 0 || chars < worth) return undefined;
  return new AnalysisPool(Math.min(threads, texts.length), worth, THREAD_OLD_SPACE_MB, chars >= LEAN_THREADS_CHARS ? THREAD_YOUNG_SPACE_MB : undefined);
}

/**
 * The old generation a thread may grow to. Left to itself, V8 let each thread's heap grow to 300-340 MB over the
 * 100 MB corpus, though what it keeps alive (models, memos) stays near 100 MB: two threads were a third of the
 * build's peak memory. A thread that truly needs more is replaced by one without the limit (see `replace`).
 */
const THREAD_OLD_SPACE_MB = 256;
/**
 * The young generation a thread may use over LEAN_THREADS_CHARS of text, where memory is what bounds a build. At
 * 8 MB, against V8's default, the 100 MB build's peak was 28 MB lower and the 10 MB build's 44 MB lower, the latter
 * 4-6% slower (so smaller corpora keep the default); at 4 MB the 100 MB peak was no lower and the build took a
 * quarter longer.
 */
const THREAD_YOUNG_SPACE_MB = 8;
const LEAN_THREADS_CHARS = 32 * 1024 * 1024;

export class AnalysisPool implements ParallelAnalyser {
  private workersStarted?: Worker[];
  /** Per thread, the requests it was sent and has not answered: a thread that ran out of memory gets them again. */
  private pending: WorkerRequest[][] = [];
  /** How many threads ran out of memory under the limit and were replaced. */
  replaced = 0;
  /** The last context sent, which a replacement thread needs first. */
  private context?: WorkerRequest;
  private onReply: (w: number, reply: WorkerReply) => void = () => undefined;
  private onFailure: (e: Error) => void = () => undefined;
  private closed = false;
  /** The vocabularies the threads hold, as last sent. */
  private contextOf?: object;

  /** Threads start on first use: an update that analyses one file never needs them. */
  constructor(readonly size: number, private readonly worthChars = WORTH_THREADS_CHARS, private readonly oldSpaceMb: number | undefined = THREAD_OLD_SPACE_MB,
    private readonly youngSpaceMb?: number) {}

  private get workers(): Worker[] {
    if (this.workersStarted) return this.workersStarted;
    this.pending = Array.from({ length: this.size }, () => []);
    return this.workersStarted = Array.from({ length: this.size }, (_, i) => this.start(i, this.oldSpaceMb));
  }

  private start(i: number, oldSpaceMb: number | undefined): Worker {
    const w = new Worker(path.join(__dirname, 'analysis-worker.js'),
      oldSpaceMb ? { resourceLimits: { maxOldGenerationSizeMb: oldSpaceMb, ...(this.youngSpaceMb ? { maxYoungGenerationSizeMb: this.youngSpaceMb } : {}) } } : {});
    const current = () => this.workersStarted?.[i] === w;
    w.on('message', (reply: WorkerReply) => {
      if (!current()) return;
      const pending = this.pending[i], k = pending.findIndex(r => reply.kind === 'vocabulary' ? r.kind === 'vocabulary' : reply.kind === 'analysed' && r.kind === 'analyse' && r.id === reply.id);
      if (k >= 0) pending.splice(k, 1);
      this.onReply(i, reply);
    });
    w.on('error', e => {
      if (!current()) return;
      if ((e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' && oldSpaceMb !== undefined) this.replace(i);
      else this.onFailure(e);
    });
    w.on('exit', code => { if (current() && !this.closed) this.onFailure(new Error(`an analysis thread stopped (exit code ${code})`)); });
    return w;
  }

  /** A thread that ran out of memory under the limit: a new one without it takes the context and its unanswered requests. */
  private replace(i: number): void {
    if (this.closed || !this.workersStarted) return;
    this.replaced++;
    const w = this.start(i, undefined);
    this.workersStarted[i] = w;
    if (this.context) w.postMessage(this.context);
    for (const r of this.pending[i]) w.postMessage(r);
  }

  worthFor(chars: number): boolean {
    return chars >= this.worthChars;
  }

  async vocabulary(texts: readonly string[], token?: CancellationToken): Promise<Array<{ lower: Array<[string, number]>; midCap: Array<[string, number]> }>> {
    // Contiguous shares of about equal size, one per worker.
    const total = texts.reduce((n, t) => n + t.length, 0), shares: string[][] = this.workers.map(() => []);
    let done = 0;
    for (const t of texts) { shares[Math.min(shares.length - 1, Math.floor(done * shares.length / Math.max(1, total)))].push(t); done += t.length; }
    const parts: Array<{ lower: Array<[string, number]>; midCap: Array<[string, number]> }> = [];
    let waiting = shares.length;
    await this.run(token, finish => {
      this.onReply = (_, r) => {
        if (r.kind === 'failed') throw new Error(r.message);
        if (r.kind !== 'vocabulary') return;
        parts.push({ lower: r.lower, midCap: r.midCap });
        if (--waiting === 0) finish();
      };
      shares.forEach((share, i) => this.post(i, { kind: 'vocabulary', texts: share }));
    });
    return parts;
  }

  async analyse(jobs: ReadonlyArray<{ id: number; text: string; format: TextFormat }>, vocab: { lowerVocab: ReadonlySet<string>; midCapVocab: ReadonlySet<string> },
    done: (id: number, result: AnalysedFile) => void, token?: CancellationToken, keepOpen = false): Promise<void> {
    // A pool kept open for several calls under the same vocabularies (an ingest's batches) sends them once.
    if (this.contextOf !== vocab) {
      const context: WorkerRequest = { kind: 'context', lower: [...vocab.lowerVocab], midCap: [...vocab.midCapVocab] };
      this.workers.forEach((_, i) => this.post(i, context));
      this.contextOf = vocab;
    }
    let next = 0, remaining = jobs.length;
    const sendNext = (w: number) => {
      if (next < jobs.length) { const j = jobs[next++]; this.post(w, { kind: 'analyse', id: j.id, text: j.text, format: j.format }); }
    };
    await this.run(token, finish => {
      this.onReply = (w, r) => {
        if (r.kind === 'failed') throw new Error(`analysis of a file failed: ${r.message}`);
        if (r.kind !== 'analysed') return;
        done(r.id, { ...r.result, doc: unpackDoc(r.result.doc) });
        if (--remaining === 0) finish(); else sendNext(w);
      };
      if (!jobs.length) return finish();
      for (let k = 0; k < IN_FLIGHT; k++) this.workers.forEach((_, i) => sendNext(i));
    });
    // Analysis is a build's last use of the threads: their memory (a vocabulary each, stems worked out) goes now,
    // before the main thread builds postings and registry.
    if (!keepOpen) this.close();
  }

  /**
   * Ends the threads; the pool cannot be used again. An exchange still running fails: an ingest that stops on a failed
   * write while the next batch is being analysed must not be left waiting (its poll would keep the process alive).
   */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    const running = this.onFailure;
    this.onFailure = () => undefined;
    running(new Error('the analysis pool was closed'));
    for (const w of this.workersStarted ?? []) void w.terminate();
  }

  private post(w: number, m: WorkerRequest): void {
    const worker = this.workers[w];
    if (m.kind === 'context') this.context = m; else this.pending[w].push(m);
    worker.postMessage(m);
  }

  /** Runs one exchange: settles when `start`'s finish is called, a reply handler throws, a thread fails or the token is cancelled. */
  private run(token: CancellationToken | undefined, start: (finish: () => void) => void): Promise<void> {
    if (this.closed) return Promise.reject(new Error('the analysis pool is closed'));
    return new Promise<void>((resolve, reject) => {
      let settled = false;
      const timer = setInterval(() => { if (token?.isCancellationRequested) fail(new CancelledError()); }, POLL_MS);
      const settle = () => { settled = true; clearInterval(timer); this.onReply = () => undefined; this.onFailure = () => undefined; };
      const fail = (e: Error) => { if (settled) return; settle(); this.close(); reject(e); };
      const finish = () => { if (settled) return; settle(); resolve(); };
      this.onFailure = fail;
      try {
        start(finish);
      } catch (e) {
        fail(e instanceof Error ? e : new Error(String(e)));
        return;
      }
      const reply = this.onReply;
      this.onReply = (w, r) => {
        if (token?.isCancellationRequested) return fail(new CancelledError());
        try { reply(w, r); } catch (e) { fail(e instanceof Error ? e : new Error(String(e))); }
      };
    });
  }
}
