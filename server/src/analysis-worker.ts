import { parentPort } from 'node:worker_threads';
import { CorpusContext, makeContext, TextFormat } from './core/facts/analyze';
import { countVocabulary } from './core/index/vocabulary-counts';
import { AnalysedFile, analyseApart } from './core/index/analysed-file';
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
      const doc = inOneBuffer(packDoc(result.doc));
      const packed: PackedAnalysedFile = { ...result, doc };
      parentPort!.postMessage({ kind: 'analysed', id: m.id, result: packed }, [doc.sentences.buffer as ArrayBuffer]);
    }
  } catch (e) {
    parentPort!.postMessage({ kind: 'failed', id: 'id' in m ? m.id : -1, message: e instanceof Error ? e.stack ?? e.message : String(e) });
  }
});

/**
 * The document's arrays as views into one buffer, handed over instead of copied. Each buffer of its own costs its
 * bookkeeping whatever its size: 60,000 documents' worth of arrays (six each) took 81 MB more memory that way than
 * with one buffer per document.
 */
function inOneBuffer(d: PackedDoc): PackedDoc {
  const ints = [d.sentences, d.tokens, d.longTokens, d.words, d.wordForms, d.names?.ints, d.asked];
  const intBytes = ints.reduce((n, a) => n + (a ? a.byteLength : 0), 0);
  const buffer = new ArrayBuffer(intBytes + d.quoteBytes.byteLength + d.objects.byteLength);
  let at = 0;
  const place = <T extends Int32Array | Uint8Array>(a: T): T => {
    const view = (a instanceof Int32Array ? new Int32Array(buffer, at, a.length) : new Uint8Array(buffer, at, a.length)) as T;
    view.set(a as never);
    at += a.byteLength;
    return view;
  };
  const out: PackedDoc = { ...d, sentences: place(d.sentences), tokens: place(d.tokens), words: place(d.words) };
  if (d.longTokens) out.longTokens = place(d.longTokens);
  if (d.wordForms) out.wordForms = place(d.wordForms);
  if (d.names) out.names = { ...d.names, ints: place(d.names.ints) };
  if (d.asked) out.asked = place(d.asked);
  out.quoteBytes = place(d.quoteBytes);
  out.objects = place(d.objects);
  return out;
}
