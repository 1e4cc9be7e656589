import { Corpus, SourceFile } from './core/index/corpus';
import type { ParallelAnalyser } from './core/index/build-options';
import { CancellationToken } from './core/cancellation';

// The first source a writer saves, adds or deletes after start-up waited twice as long as the next ones: the
// update's code (the vocabularies' change, the postings' and the registry's updates) had never run, and was
// compiled then. Once a large corpus is ready, the server rehearses an update in the background on a small corpus
// built apart from a few of its documents, and keeps nothing. Measured in process on the 10 MB benchmark corpus, a
// source added in the middle as the first update: 603 and 785 ms without (two runs), 392-644 ms after this (six
// runs, five of them under 500 ms); later ones 280-370 ms either way.

/** Corpora smaller than this update quickly enough the first time: no rehearsal. */
export const REHEARSAL_MIN_DOCS = 500;
/** Documents of the small corpus, taken spread over the corpus, and the one added, changed and removed. */
const REHEARSAL_DOCS = 30;
/**
 * Longer documents are passed over: an update analyses a document between two pauses, and a hover waits for it.
 */
const REHEARSAL_MAX_CHARS = 3_000;

/** An update of so few files is done on this thread, as the server's is: the threads are never asked. */
const HERE: ParallelAnalyser = {
  worthFor: () => false,
  vocabulary: () => Promise.reject(new Error('a rehearsal asks no thread for vocabularies')),
  analyse: () => Promise.reject(new Error('a rehearsal asks no thread for analyses')),
};

/** A corpus document as a source file of the small corpus, named to keep the corpus's order. */
function fileOf(corpus: Corpus, d: number, n: number, text = corpus.docs[d].text): SourceFile {
  const doc = corpus.docs[d], label = `rehearsal-${String(n).padStart(4, '0')}`;
  return { uri: `${label}:${doc.uri}`, label, format: doc.format, text };
}

/**
 * Builds a small corpus from documents spread over `corpus`, then updates it as the server updates a folder: a
 * document added in the middle, changed, removed. Between slices it awaits `pause`; a cancelled token stops it
 * (CancelledError). How many updates it rehearsed: none for a corpus with too few short documents.
 */
export async function rehearseUpdates(corpus: Corpus, pause: () => Promise<void>, token: CancellationToken): Promise<number> {
  const short: number[] = [];
  corpus.docs.forEach((d, i) => { if (d.text.length <= REHEARSAL_MAX_CHARS && d.text.trim()) short.push(i); });
  if (short.length < REHEARSAL_DOCS + 1) return 0;
  const step = Math.floor(short.length / (REHEARSAL_DOCS + 1));
  // Even numbers for the small corpus, an odd one for the document added between its halves.
  const files = Array.from({ length: REHEARSAL_DOCS }, (_, i) => fileOf(corpus, short[i * step], 2 * i));
  const half = REHEARSAL_DOCS / 2, extra = short[REHEARSAL_DOCS * step], between = 2 * half - 1;
  const added = [...files.slice(0, half), fileOf(corpus, extra, between), ...files.slice(half)];
  const line = corpus.docs[0].text.split('\n').find(l => l.trim()) ?? '';
  const changed = added.map((f, i) => (i === half ? fileOf(corpus, extra, between, `${f.text}\n\n${line}`) : f));
  let current = await Corpus.buildAsync(files, { pause, token, updatable: true });
  const updates = [added, changed, files];
  for (const next of updates) current = await Corpus.buildAsync(next, { pause, token, updatable: true, previous: current.earlier(), parallel: HERE });
  return updates.length;
}
