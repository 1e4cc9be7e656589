import { analyseApart, AnalysedFile } from '../core/index/analysed-file';
import { SourceFile } from '../core/index/corpus';
import { makeContext } from '../core/facts/analyze';
import { AnalysisPool, poolFor, WORTH_THREADS_CHARS } from '../analysis-pool';

// Analysing files for the archive: the same analysis a local index makes, under vocabularies the caller gives,
// on worker threads when there is enough text. One analyser serves all of an ingest's batches, so the threads
// start and receive the vocabularies once.

export interface BatchAnalyser {
  analyse(sources: readonly SourceFile[]): Promise<AnalysedFile[]>;
  close(): void;
}

export function batchAnalyser(allTexts: readonly string[], sets: { lower: Set<string>; midCap: Set<string> }, threads?: number): BatchAnalyser {
  const pool: AnalysisPool | undefined = poolFor(allTexts, threads, WORTH_THREADS_CHARS);
  const vocab = { lowerVocab: sets.lower, midCapVocab: sets.midCap };
  let ctx: ReturnType<typeof makeContext> | undefined;
  return {
    async analyse(sources) {
      const out: AnalysedFile[] = new Array(sources.length);
      if (pool) {
        await pool.analyse(sources.map((s, id) => ({ id, text: s.text, format: s.format })), vocab, (id, r) => { out[id] = r; }, undefined, true);
      } else {
        ctx ??= makeContext(sets.lower, sets.midCap);
        sources.forEach((s, id) => { out[id] = analyseApart(id, s.text, s.format, ctx!); });
      }
      return out;
    },
    close: () => pool?.close(),
  };
}

/** Analyses sources under the vocabularies, once. */
export async function analyseAll(sources: readonly SourceFile[], sets: { lower: Set<string>; midCap: Set<string> }, threads?: number): Promise<AnalysedFile[]> {
  const analyser = batchAnalyser(sources.map(s => s.text), sets, threads);
  try {
    return await analyser.analyse(sources);
  } finally {
    analyser.close();
  }
}
