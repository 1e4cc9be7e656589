import * as v8 from 'node:v8';
import { PerformanceEntry, PerformanceObserver, constants } from 'node:perf_hooks';
import { givenFlag } from './v8-flags';

// How far the JavaScript heap may grow past what survived the last full collection before the next one. V8 picks
// a factor between 1.1 and 4 by itself, and while indexing (minutes of steady garbage over a large live set) it
// picked high: the process peaked at two to three times its live data, which at 100 MB of sources went past
// 2 GB. Growing by a fifth at most keeps the peak near the live data; on the 10 MB benchmark corpus it cost no
// measurable wall time on one thread and about a tenth more CPU time on two. An explicit flag on the command line wins.

const GROWING_PERCENT = 20;

/**
 * A fifth of a small heap is a few megabytes: a language server whose sources are a shared archive keeps about
 * 40-50 MB alive, and held to a fifth it collected the whole heap twice during a new draft's first check. The heap
 * may grow by this much at least; past five times as much live data, a fifth is more.
 */
const GROWING_AT_LEAST = 64 * 1024 * 1024;
/** The most the heap may grow between full collections, as a share of what lives: twice the live data. */
const GROWING_MOST_PERCENT = 100;

/**
 * An ingest keeps less alive on its main thread (no index is built there) but allocates the rows and statements of
 * every document: held to a fifth, it collected so often that the 100 MB benchmark corpus took 228 s against 191 s
 * at 100% (peak 1.24 against 1.87 GB). After its vocabularies were kept as ids (archive/vocabulary-ids.ts), half
 * gave 191.8 s and 221 s of user CPU against 199.5 s and 243 s at a fifth, peak 1.09 against 0.93 GB.
 */
export const INGEST_GROWING_PERCENT = 50;

/** The growth allowed for this much live data: GROWING_AT_LEAST in bytes, a fifth, or twice it at most. */
export function growingPercentFor(liveBytes: number): number {
  const floor = Math.ceil((GROWING_AT_LEAST / Math.max(liveBytes, 1)) * 100);
  return Math.min(GROWING_MOST_PERCENT, Math.max(GROWING_PERCENT, floor));
}

/** A fixed growth factor for the whole process (an ingest). */
export function limitHeapGrowth(percent: number): void {
  if (!givenFlag('heap-growing-percent')) v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}

/**
 * A growth factor that follows the live data: after each full collection, what survived sets the factor the next
 * one's limit is drawn with (V8 reads the flag as it sets a limit). A small heap grows by GROWING_AT_LEAST, a large
 * one by a fifth, so the peak of a large index stays near its live data.
 */
export function adaptHeapGrowth(): void {
  if (givenFlag('heap-growing-percent')) return;
  let percent = growingPercentFor(v8.getHeapStatistics().used_heap_size);
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
  const observer = new PerformanceObserver(list => {
    if (!list.getEntries().some(e => (e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR)) return;
    const next = growingPercentFor(v8.getHeapStatistics().used_heap_size);
    if (next === percent) return;
    percent = next;
    v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
  });
  observer.observe({ entryTypes: ['gc'] });
}
