import { parentPort } from 'node:worker_threads';
import { CorpusContext, makeContext, TextFormat } from './core/facts/analyze';
import { countVocabulary } from './core/index/vocabulary-counts';
import { AnalysedFile, analyseApart, transferables } from './core/index/analysed-file';
import { PackedDoc, packDoc } from './cache-packing';

// A worker thread of the analysis pool (analysis-pool.ts): it collects vocabularies and analyses files as the
// core does on the main thread, and sends back plain data. It keeps the corpus's vocabulary it was last given, so
// the stems it works out serve every later file of the same build.

export type WorkerRequest =
  | { kind: 'vocabulary'; texts: string[] }
  | { kind: 'context'; lower: string[]; midCap: string[] }
  | { kind: 'analyse'; id: number; text: string; format: TextFormat };

/** An analysed file as it crosses to the main thread: its document packed (cache-packing.ts). */
export type PackedAnalysedFile = Omit<AnalysedFile, 'doc'> & { doc: PackedDoc };

let ctx: CorpusContext | undefined;

parentPort?.on('message', (m: WorkerRequest) => {
  try {
    if (m.kind === 'vocabulary') {
      parentPort!.postMessage({ kind: 'vocabulary', ...countVocabulary(m.texts) });
    } else if (m.kind === 'context') {
      ctx = makeContext(new Set(m.lower), new Set(m.midCap));
    } else {
      if (!ctx) throw new Error('asked to analyse before being given the corpus vocabulary');
      const result = analyseApart(m.id, m.text, m.format, ctx);
      // The document's small objects (quotes, figures, name notes) cross as bytes and stay bytes until a check
      // reads them: at 10 MB they were 20 MB of the main thread's heap, and a clone of each object on arrival.
      const doc = packDoc(result.doc), objects = doc.objects.byteOffset === 0 && doc.objects.byteLength === doc.objects.buffer.byteLength ? doc.objects : new Uint8Array(doc.objects);
      const packed: PackedAnalysedFile = { ...result, doc: { ...doc, objects } };
      parentPort!.postMessage({ kind: 'analysed', id: m.id, result: packed }, [...transferables(result), objects.buffer as ArrayBuffer]);
    }
  } catch (e) {
    parentPort!.postMessage({ kind: 'failed', id: 'id' in m ? m.id : -1, message: e instanceof Error ? e.stack ?? e.message : String(e) });
  }
});
