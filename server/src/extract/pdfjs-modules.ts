// pdf.js's two ES modules, imported from a file of their own. The bundle runs from V8's code cache (server/src/
// start.ts), and Node gives code compiled with a cache no dynamic import(): "A dynamic import callback was not
// specified". This file is bundled apart (scripts/bundle.mjs), required at run time as Node loads any module, and
// its imports work there. From the compiled modules (out/) it is an ordinary module beside pdfjs.ts.

/** pdf.js's worker module (handed to pdf.js as globalThis.pdfjsWorker) and its main module. */
export async function importPdfjsModules(): Promise<{ worker: unknown; pdf: unknown }> {
  // @ts-expect-error pdfjs-dist ships no types for its worker module, which is only handed to pdf.js here.
  const worker: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  const pdf: unknown = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return { worker, pdf };
}
