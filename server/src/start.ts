import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { isAscii } from 'node:buffer';
import { PROGRAM_HASH, defaultCacheDir, hashProgram } from './cache-key';
import { restoreFlagDefaults } from './v8-flags';

// Where every Sumber process starts (the CLI and the language server: dist/sumber.js). It runs the program, the
// bundle beside it, from V8's code cache when it has one: compiled functions that V8 would otherwise parse and
// compile anew in every process, the whole 2 MB bundle's outline first and then each function on its first call. The
// cache is made when a process ends that found none (or one V8 refused), holding every function that process
// compiled, and lies in the cache directory beside the index caches, named by the bundle's content, Node's version and
// the process's V8 flags, so a new build or a new Node never reads an old one. SUMBER_CODE_CACHE=0 turns it off.
// Measured on two cores: `sumber check` of a one-sentence draft on the seeds 157-167 ms against 194-206 ms, of a
// 25 KB draft 504-528 ms against 573-603 ms.

const PROGRAM = path.join(__dirname, 'sumber-main.js');

/**
 * The cache's file for this program, Node and V8 flags; undefined when the cache is off. The flags a process starts
 * with (node's options, NODE_OPTIONS) are part of the name: V8 refuses a cache made under other flags, and a process
 * started with a flag of its own must not leave every other one a cache it refuses.
 */
function cacheFileFor(programHash: string): string | undefined {
  if (process.env.SUMBER_CODE_CACHE === '0') return undefined;
  const hash = (...parts: string[]) => crypto.createHash('sha1').update(parts.join('\u0000')).digest('hex').slice(0, 20);
  const build = hash(programHash, process.version, process.arch);
  const flags = hash(...process.execArgv, process.env.NODE_OPTIONS ?? '');
  return path.join(defaultCacheDir(), 'code', `${build}-${flags}.bin`);
}

/** The part of a cache's name that its build gives: the caches of other builds are removed. */
const buildOf = (file: string) => path.basename(file).split('-')[0];

function readOrNothing(file: string | undefined): Buffer | undefined {
  try {
    return file ? fs.readFileSync(file) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes the script's code cache, with the flags it was compiled under, and removes the caches of other builds. A
 * cache V8 refused is made again once: refused again (its flags differ in a way restoreFlagDefaults does not undo),
 * it is not made any more, so no process pays for a cache that is never used.
 */
function writeCache(file: string, script: vm.Script, refused: boolean): void {
  const refusedMark = `${file}.refused`;
  try {
    if (refused && fs.existsSync(refusedMark)) return;
    restoreFlagDefaults();
    const data = script.createCachedData();
    const dir = path.dirname(file);
    fs.mkdirSync(dir, { recursive: true });
    for (const other of fs.readdirSync(dir)) if (buildOf(other) !== buildOf(file)) fs.rmSync(path.join(dir, other), { force: true });
    if (refused) fs.writeFileSync(refusedMark, '');
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, data);
    fs.renameSync(temp, file);
  } catch {
    // A cache that cannot be written is only a slower start next time.
  }
}

/**
 * Runs the program as Node runs a CommonJS module, from the cache when there is one. Node gives code compiled with a
 * cache no dynamic import() ("A dynamic import callback was not specified"): the program has none, and pdf.js's ES
 * modules are imported by a file bundled apart (extract/pdfjs-modules.ts).
 */
function start(): void {
  // Read and hashed as bytes (a 2 MB string costs several times as much to hash). The bundle is ASCII
  // (scripts/bundle.mjs), and an ASCII buffer is decoded as Latin-1, the cheaper copy that gives the same string. With
  // the bundle kept to ASCII and its hash handed on (cache-key.ts), a one-sentence `sumber check` on the seeds took a
  // median 254 ms against 309 ms (15 runs each, alternating).
  const bytes = fs.readFileSync(PROGRAM);
  const programHash = hashProgram(bytes);
  (globalThis as { [PROGRAM_HASH]?: string })[PROGRAM_HASH] = programHash;
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  const file = cacheFileFor(programHash), cachedData = readOrNothing(file);
  const script = new vm.Script(Module.wrap(source), { filename: PROGRAM, cachedData });
  if (file && (!cachedData || script.cachedDataRejected)) process.once('exit', () => writeCache(file, script, !!cachedData));
  const program = new Module(PROGRAM, module);
  program.filename = PROGRAM;
  program.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(__dirname);
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  run.call(program.exports, program.exports, Module.createRequire(PROGRAM), program, PROGRAM, __dirname);
}

start();
