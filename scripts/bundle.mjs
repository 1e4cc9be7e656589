// Bundles the extension client and the CLI/language server into dist/ with esbuild.
//
//   node scripts/bundle.mjs               development build (sourcemaps, not minified)
//   node scripts/bundle.mjs --production  minified
//   node scripts/bundle.mjs --watch       rebuild on change
//
// Exits non-zero when any bundle fails.
import * as esbuild from 'esbuild';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // esbuild rewrites a regular expression with \p{…} into `new RegExp(…)` for any engine target, since the set of
  // Unicode properties grows; Node 20 knows every property Sumber's expressions name. Kept as literals, they are
  // compiled once instead of on every call: the tokenizer and tagger test words with them millions of times.
  supported: { 'regexp-unicode-property-escapes': true },
  sourcemap: 'linked',
  minify: production,
  logLevel: 'info',
};

/**
 * linkedom parses a <style> element's CSS (with cssomnom, a fifth of the server bundle) only when its `sheet` is
 * read. Sumber reads saved web pages for their text and never asks for a style sheet, so the parser is left out:
 * reading `sheet` would throw, saying why.
 * @type {import('esbuild').Plugin}
 */
const noStyleSheets = {
  name: 'no-style-sheets',
  setup(build) {
    build.onResolve({ filter: /^cssomnom(?:\/|$)/ }, (args) => ({ path: args.path, namespace: 'no-style-sheets' }));
    build.onLoad({ filter: /.*/, namespace: 'no-style-sheets' }, () => ({
      contents: "exports.parse = () => { throw new Error('Sumber does not bundle a CSS parser: style sheets of web pages are not read'); };",
      loader: 'js',
    }));
  },
};

/**
 * pdf.js is loaded only when a corpus holds a PDF (server/src/extract/pdfjs-modules.ts imports it dynamically).
 * esbuild would inline a dynamic import into a CommonJS bundle, where every start would read it; instead its two
 * modules are bundled apart (below) into dist/pdfjs/, and the module that imports them, bundled there too, imports
 * those files beside it at run time.
 * @type {import('esbuild').Plugin}
 */
const pdfjsApart = {
  name: 'pdfjs-apart',
  setup(build) {
    build.onResolve({ filter: /^pdfjs-dist\/legacy\/build\/pdf(?:\.worker)?\.mjs$/ }, (args) => ({
      path: `./${args.path.slice(args.path.lastIndexOf('/') + 1)}`,
      external: true,
    }));
  },
};

/**
 * The Word and web-page readers (server/src/extract/docx.ts and html.ts, with mammoth, linkedom and Readability: 1.4
 * of the server bundle's 3.1 MB) are required only on the first such file (extract/index.ts). Inside the server
 * bundle every start would still read and parse their code; bundled apart (below), the server bundle requires
 * those files beside it at run time.
 * @type {import('esbuild').Plugin}
 */
const readersApart = {
  name: 'readers-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/(?:docx|html)$/ }, (args) => (/extract[\\/]index\.ts$/.test(args.importer)
      ? { path: `./readers/${args.path.slice(2)}.js`, external: true }
      : undefined));
  },
};

/**
 * The English word vectors (server/src/core/lexicon/model/en-word-vectors.ts, 3.7 MB of base64) are required on the
 * first English comparison only (lexicon/word-vectors.ts). Inside a bundle every start would read and hash them;
 * bundled apart (below), they are required from dist/models/ at run time.
 * @type {import('esbuild').Plugin}
 */
const modelsApart = {
  name: 'models-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/model\/en-word-vectors$/ }, (args) => (/lexicon[\\/]word-vectors\.ts$/.test(args.importer)
      ? { path: './models/en-word-vectors.js', external: true }
      : undefined));
  },
};

/**
 * The module that imports pdf.js (server/src/extract/pdfjs-modules.ts) is bundled apart too, into dist/pdfjs/, and
 * required from there: the server bundle runs from V8's code cache (server/src/start.ts), where Node allows no
 * dynamic import(), and a file Node loads itself imports pdf.js's ES modules as usual.
 * @type {import('esbuild').Plugin}
 */
const pdfjsModulesApart = {
  name: 'pdfjs-modules-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/pdfjs-modules$/ }, () => ({ path: './pdfjs/modules.js', external: true }));
  },
};

/**
 * pg chooses its sockets by asking whether it runs in a Cloudflare Worker (pg/lib/stream.js, as it loads), and on
 * Node 20 the question reads the `Response` global, which makes Node load its fetch implementation: about 20 ms of
 * every process that connects to an archive, a language server's start among them. The bundle runs on Node alone,
 * so pg is given Node's sockets as that file gives them on Node.
 * @type {import('esbuild').Plugin}
 */
const pgNodeSockets = {
  name: 'pg-node-sockets',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]pg[\\/]lib[\\/]stream\.js$/ }, () => ({
      contents: "const net = require('net'), tls = require('tls');\n"
        + 'module.exports = { getStream: () => new net.Socket(), getSecureStream: (options) => tls.connect(options) };\n',
      loader: 'js',
    }));
  },
};

/**
 * The program every process compiles (dist/sumber-main.js, and the analysis threads' file) is kept to ASCII: a few
 * characters that esbuild leaves as they are (in regular expressions and comments) would make the whole 2 MB source
 * a two-byte string, which Node decodes and V8 scans more slowly: `sumber check` of a one-sentence draft took a median
 * 320 ms against 343 ms (15 runs each, alternating). Each such UTF-16 unit is written as its \u escape, which means
 * the same in a string, a template, a regular expression (a surrogate pair is one character under the u flag) and a
 * comment. Columns of the lines that held one shift in the source map.
 * @type {import('esbuild').Plugin}
 */
const asciiOnly = {
  name: 'ascii-only',
  setup(build) {
    build.onEnd(async (result) => {
      if (result.errors.length) return;
      const file = join(root, build.initialOptions.outfile);
      const text = await readFile(file, 'utf8');
      if (/[^\x00-\x7f]/.test(text)) await writeFile(file, text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
    });
  },
};

/** @type {import('esbuild').BuildOptions[]} */
const bundles = [
  {
    ...common,
    entryPoints: ['client/src/extension.ts'],
    outfile: 'dist/client.js',
    // Provided by the extension host at run time.
    external: ['vscode'],
  },
  {
    ...common,
    // Every process starts here: it runs the program below from V8's code cache (server/src/start.ts).
    entryPoints: ['server/src/start.ts'],
    outfile: 'dist/sumber.js',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    ...common,
    entryPoints: ['server/src/cli.ts'],
    outfile: 'dist/sumber-main.js',
    plugins: [noStyleSheets, pdfjsModulesApart, readersApart, pgNodeSockets, modelsApart, asciiOnly],
  },
  {
    ...common,
    entryPoints: { 'models/en-word-vectors': 'server/src/core/lexicon/model/en-word-vectors.ts' },
    outdir: 'dist',
    sourcemap: false,
  },
  {
    ...common,
    entryPoints: { 'readers/docx': 'server/src/extract/docx.ts', 'readers/html': 'server/src/extract/html.ts' },
    outdir: 'dist',
    plugins: [noStyleSheets],
  },
  {
    ...common,
    // Beside pdf.js's modules, which it imports by './pdf.mjs' and './pdf.worker.mjs'.
    entryPoints: { 'pdfjs/modules': 'server/src/extract/pdfjs-modules.ts' },
    outdir: 'dist',
    plugins: [pdfjsApart],
  },
  {
    ...common,
    // pdf.js's Node ("legacy") build as ES modules, as its package ships them, for the server bundle to import.
    entryPoints: { 'pdfjs/pdf': 'pdfjs-dist/legacy/build/pdf.mjs', 'pdfjs/pdf.worker': 'pdfjs-dist/legacy/build/pdf.worker.mjs' },
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    format: 'esm',
  },
  {
    ...common,
    // The analysis pool's threads load this file from beside the server bundle (server/src/analysis-pool.ts).
    entryPoints: ['server/src/analysis-worker.ts'],
    outfile: 'dist/analysis-worker.js',
    plugins: [modelsApart, asciiOnly],
  },
];

async function makeExecutable() {
  try {
    await chmod(join(root, 'dist/sumber.js'), 0o755);
  } catch {
    // The server bundle failed; esbuild has already said why.
  }
}

if (watch) {
  const contexts = await Promise.all(bundles.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((ctx) => ctx.watch()));
  await makeExecutable();
} else {
  const results = await Promise.allSettled(bundles.map((options) => esbuild.build(options)));
  await makeExecutable();
  const failed = results.filter((r) => r.status === 'rejected').length;
  if (failed > 0) {
    console.error(`bundle: ${failed} of ${bundles.length} bundles failed`);
    process.exit(1);
  }
}
