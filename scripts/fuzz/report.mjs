// Failure files and the summary table of `npm run fuzz`. A failure is written so that it can be reproduced
// without the fuzzer: the draft as its own file, and everything else (corpus, options, offset, LSP transcript)
// in a JSON file beside it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FAILURE_DIR = 'fuzz-failures';

/** Writes a failure's files; returns the paths written. */
export function writeFailure(name, record, draftText) {
  mkdirSync(FAILURE_DIR, { recursive: true });
  const json = join(FAILURE_DIR, `${name}.json`);
  writeFileSync(json, JSON.stringify(record, null, 2));
  const written = [json];
  if (typeof draftText === 'string') {
    const draft = join(FAILURE_DIR, `${name}.draft.txt`);
    writeFileSync(draft, draftText);
    written.push(draft);
  }
  return written;
}

/** Prints per-call counts and timings: calls, total, slowest call (size), slowest per KB. */
export function printStats(title, stats) {
  const rows = [...stats.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  if (!rows.length) return;
  console.log(`\n${title}`);
  console.log(`  ${'call'.padEnd(32)} ${'calls'.padStart(7)} ${'total s'.padStart(8)} ${'slowest ms'.padStart(11)} ${'at KB'.padStart(7)} ${'worst ms/KB'.padStart(12)}`);
  for (const [call, s] of rows) {
    console.log(`  ${call.padEnd(32)} ${String(s.calls).padStart(7)} ${(s.totalMs / 1000).toFixed(1).padStart(8)} ${s.worstMs.toFixed(0).padStart(11)} ${(s.worstChars / 1024).toFixed(1).padStart(7)} ${s.worstMsPerKB.toFixed(1).padStart(12)}`);
  }
}

/** Prints the server's round trips per method: answers, total, slowest. */
export function printRoundTrips(title, stats) {
  console.log(`\n${title}`);
  console.log(`  ${'method'.padEnd(32)} ${'answers'.padStart(7)} ${'total s'.padStart(8)} ${'slowest ms'.padStart(11)}`);
  for (const [method, s] of [...stats.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(`  ${method.padEnd(32)} ${String(s.calls).padStart(7)} ${(s.totalMs / 1000).toFixed(1).padStart(8)} ${s.worstMs.toFixed(0).padStart(11)}`);
  }
}

/** Parses `--name value` pairs with defaults; unknown flags are an error so a typo is not silently ignored. */
export function parseArgs(argv, defaults) {
  const out = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, '');
    if (!argv[i].startsWith('--') || !(key in defaults)) throw new Error(`unknown argument ${argv[i]}; known: ${Object.keys(defaults).map(k => `--${k}`).join(' ')}`);
    const value = typeof defaults[key] === 'boolean' ? true : argv[++i];
    if (typeof defaults[key] === 'number') {
      if (value === undefined || !Number.isFinite(Number(value))) throw new Error(`--${key} needs a number`);
      out[key] = Number(value);
    } else out[key] = value;
  }
  return out;
}
