import { AnalysedFile, analyseApart } from '../core/index/analysed-file';
import { ParallelAnalyser } from '../core/index/build-options';
import { AnalysisContext, makeContext, TextFormat } from '../core/facts/analyze';
import { countVocabulary } from '../core/index/vocabulary-counts';
import { mentionsOf } from '../core/index/indexing';
import { namedSentences } from '../core/index/stored-doc-codec';
import type { StoredAnalysis } from './load';
import { CancellationToken, throwIfCancelled } from '../core/cancellation';

// A build over archive documents gets their stored analyses as if a thread had just made them (the document with
// its own string table, renumbered into the corpus's store on arrival, and its name mentions read back from it);
// what has none (a local file, an archive document stored in another layout) is analysed on the pool, or here
// between turns. So a corpus that grows by a few drawn documents is an update of the one before (build-options.ts
// `previous`): only the new documents arrive here.

/** Work between turns while stored analyses are read (a server answers hovers meanwhile). */
const SLICE_MS = 10;

type Job = { id: number; text: string; format: TextFormat };

export class StoredAnalyser implements ParallelAnalyser {
  /**
   * `storedOf`: the stored analysis of the build's document `id`, if it has one; `pool`: threads for the rest when
   * there is enough of it; `pause`: gives other work a turn.
   */
  constructor(private readonly storedOf: (id: number) => StoredAnalysis | undefined, private readonly pool?: ParallelAnalyser,
    private readonly pause: () => Promise<void> = () => Promise.resolve()) {}

  worthFor(): boolean {
    return true;
  }

  async vocabulary(texts: readonly string[]): Promise<Array<{ lower: Array<[string, number]>; midCap: Array<[string, number]> }>> {
    return [countVocabulary(texts)];
  }

  async analyse(jobs: readonly Job[], vocab: { lowerVocab: ReadonlySet<string>; midCapVocab: ReadonlySet<string> },
    done: (id: number, result: AnalysedFile) => void, token?: CancellationToken): Promise<void> {
    const rest: Job[] = [];
    let sliceStart = Date.now();
    for (const j of jobs) {
      const stored = this.storedOf(j.id);
      if (stored) done(j.id, readStored(j.id, stored, j.text));
      else rest.push(j);
      if (Date.now() - sliceStart >= SLICE_MS) { await this.pause(); throwIfCancelled(token); sliceStart = Date.now(); }
    }
    if (!rest.length) return;
    if (this.pool?.worthFor(rest.reduce((n, j) => n + j.text.length, 0))) return this.pool.analyse(rest, vocab, done, token);
    const ctx: AnalysisContext = 'toolsFor' in vocab ? vocab as AnalysisContext : makeContext(vocab.lowerVocab, vocab.midCapVocab);
    for (const j of rest) {
      done(j.id, analyseApart(j.id, j.text, j.format, ctx, token));
      await this.pause();
      throwIfCancelled(token);
    }
  }
}

/** A stored analysis (archive/writes.ts `pack`) as document `id` of a build: with the name mentions read back. */
function readStored(id: number, { doc, strings }: StoredAnalysis, text: string): AnalysedFile {
  const mentions = mentionsOf(id, { text, lang: doc.lang, sentences: namedSentences(doc, text, strings, !doc.nameNotes) }, doc.nameNotes);
  return { doc, strings, mentions };
}
