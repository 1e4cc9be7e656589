import * as v8 from 'node:v8';

// How far the JavaScript heap may grow past what survived the last full collection before the next one. V8 picks
// a factor between 1.1 and 4 by itself, and while indexing (minutes of steady garbage over a large live set) it
// picked high: the process peaked at two to three times its live data, which at 100 MB of sources went past
// 2 GB. Growing by a fifth at most keeps the peak near the live data; on the 10 MB benchmark corpus it cost no
// measurable wall time on one thread and about a tenth more CPU time on two. An explicit flag on the command line wins.

const GROWING_PERCENT = 20;

/**
 * An ingest keeps less alive on its main thread (no index is built there) but allocates the rows and statements of
 * every document: held to a fifth, it collected so often that the 100 MB benchmark corpus took 228 s against 191 s
 * at 100% (peak 1.24 against 1.87 GB). After its vocabularies were kept as ids (archive/vocabulary-ids.ts), half
 * gave 191.8 s and 221 s of user CPU against 199.5 s and 243 s at a fifth, peak 1.09 against 0.93 GB.
 */
export const INGEST_GROWING_PERCENT = 50;

export function limitHeapGrowth(percent = GROWING_PERCENT): void {
  if (process.execArgv.some(a => a.startsWith('--heap-growing-percent')) || /--heap-growing-percent/.test(process.env.NODE_OPTIONS ?? '')) return;
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
