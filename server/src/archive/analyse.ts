import { analyseApart, AnalysedFile } from '../core/index/analysed-file';
import { SourceFile } from '../core/index/corpus';
import { makeContext } from '../core/facts/analyze';
import { poolFor } from '../analysis-pool';

// Analysing files for the archive: the same analysis a local index makes, under vocabularies the caller gives.

/** Analyses sources under the vocabularies, on worker threads when there is enough text. */
export async function analyseAll(sources: readonly SourceFile[], sets: { lower: Set<string>; midCap: Set<string> }, threads?: number): Promise<AnalysedFile[]> {
  const out: AnalysedFile[] = new Array(sources.length);
  const pool = poolFor(sources.map(s => s.text), threads);
  if (pool) {
    try {
      await pool.analyse(sources.map((s, id) => ({ id, text: s.text, format: s.format })), { lowerVocab: sets.lower, midCapVocab: sets.midCap }, (id, r) => { out[id] = r; });
    } finally {
      pool.close();
    }
    return out;
  }
  const ctx = makeContext(sets.lower, sets.midCap);
  sources.forEach((s, id) => { out[id] = analyseApart(id, s.text, s.format, ctx); });
  return out;
}
