import { withNativeBuiltins } from './native-builtins';
import type * as Modules from './pdfjs-modules';

// pdf.js (Mozilla's `pdfjs-dist`), loaded the first time a PDF is met: it is the largest part of any build
// (~1.7 MB of code minified), and most corpora hold no PDF, so neither the server's start nor a corpus without
// PDFs pays for it. From the compiled modules (out/) the imports (pdfjs-modules.ts) resolve in node_modules; the
// esbuild bundle maps them to files of its own beside it (scripts/bundle.mjs), so the .vsix ships pdf.js without
// node_modules.
//
// The version is pdf.js 4: from 5 on, pdf.js constructs a DOMMatrix as it loads, which Node has only from a
// native canvas package (tens of MB a platform, which a lean .vsix cannot carry), and wants a newer Node than
// the one VS Code 1.91 runs extensions on. Text extraction needs neither.
//
// Only the narrow part of pdf.js that the extractor uses is typed here, so the layout code is plain data in and
// out and does not follow pdf.js's types (which lean on the DOM library this project compiles without).

/** One run of text as pdf.js reports it; `transform` is the text matrix in the page's user space. */
export interface PdfTextItem {
  str: string;
  transform: number[];
  /** Advance of the run along its baseline, in user space units. */
  width: number;
  fontName: string;
  hasEOL: boolean;
  /** 'ltr', 'rtl' or 'ttb'. */
  dir?: string;
}

export interface PdfPage {
  getViewport(params: { scale: number }): { width: number; height: number; transform: number[] };
  getTextContent(params?: { includeMarkedContent?: boolean }): Promise<{ items: Array<PdfTextItem | { type: string }> }>;
  cleanup(): void;
}

export interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  getMetadata(): Promise<{ info?: Record<string, unknown> }>;
  destroy(): Promise<void>;
}

export interface DocumentParams {
  data: Uint8Array;
  /** 0: errors only. pdf.js otherwise writes warnings with console.log, which is the LSP channel's stdout. */
  verbosity: number;
  /** Fonts are never compiled to functions: a PDF is untrusted input. */
  isEvalSupported: boolean;
  disableFontFace: boolean;
  useSystemFonts: boolean;
  stopAtErrors: boolean;
}

export interface Pdfjs {
  getDocument(params: DocumentParams): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
}

let loading: Promise<Pdfjs> | undefined;

/** The module that imports pdf.js (pdfjs-modules.ts), required only when a PDF is met. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfjsModules = (): typeof Modules => require('./pdfjs-modules');

/** pdf.js, imported once per process; a failed import is tried again on the next PDF. */
export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= importPdfjs().catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  return loading;
}

async function importPdfjs(): Promise<Pdfjs> {
  // While pdf.js's modules initialise it reports, with console.log, that it cannot polyfill what only rendering
  // needs (a canvas, DOMMatrix): verbosity can only be set once it is loaded. Those lines are dropped here;
  // anything else logged meanwhile passes through.
  const log = console.log;
  console.log = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].startsWith('Warning: ')) return;
    log(...args);
  };
  try {
    // The "legacy" build is pdf.js's build for Node and older engines. Node has no worker pdf.js can use, so
    // it parses in this thread with the worker's own code, which it takes from `globalThis.pdfjsWorker` when set
    // (instead of importing a worker file by a path that would not exist inside a bundle).
    // Its polyfills would replace some of the engine's own functions for the whole process, which is slower for
    // everything after (native-builtins.ts): they are put back.
    return await withNativeBuiltins(async () => {
      const { worker, pdf } = await pdfjsModules().importPdfjsModules();
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      return pdf as Pdfjs;
    });
  } finally {
    console.log = log;
  }
}
