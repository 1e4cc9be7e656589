#!/usr/bin/env node
// `npm run fuzz -- --seconds 600 --seed 1`: random and mutated drafts and corpora through the core, then the
// bundled language server driven by a misbehaving client, for a fixed time with a fixed seed. Fails (exit 1) on
// any exception, any call over its time budget (max(200 ms, 50 ms per KB)), any broken invariant of an answer,
// any server death, unanswered request or stray byte on the server's stdout; the reproducing input goes to
// fuzz-failures/. Run after a build (the npm script builds first), from the project root.
//
//   --seconds N      total time (default 60); the core gets --core-share of it (default 0.6), the server the rest
//   --seed N         seed of the run (default 1); iteration i of a seed is always the same input
//   --only core|lsp  run one part
//   --iteration N    replay one core iteration of the seed and stop
//   --slow-factor N  multiply every time budget (a slow or busy machine)
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs, printRoundTrips, printStats, writeFailure } from './fuzz/report.mjs';
import { fuzzServer } from './fuzz/lsp-fuzz.mjs';

const require = createRequire(import.meta.url);
const { CoreFuzzer, FuzzFailureError } = require('../out/server/src/tools/fuzz-core.js');
const { loadSamples } = require('../out/server/src/tools/fuzz-inputs.js');

let args;
try {
  args = parseArgs(process.argv.slice(2), { seconds: 60, seed: 1, only: '', iteration: -1, 'core-share': 0.6, 'slow-factor': 1 });
} catch (err) {
  console.error(`fuzz: ${err.message}`);
  process.exit(2);
}
const seed = args.seed >>> 0;
const started = performance.now();
const repo = resolve('.');
const samples = loadSamples(repo);

function failCore(failure) {
  const name = `core-seed${failure.seed}-it${failure.iteration}-${failure.call.replace(/[^\w.]+/g, '_')}`;
  const written = writeFailure(name, failure, failure.edited ?? failure.draft.text);
  console.error(`\nFUZZ FAILURE (core): ${failure.reason} in ${failure.call}`);
  console.error(`  seed ${failure.seed}, iteration ${failure.iteration}, input ${failure.inputKind}, ${failure.draft.text.length} chars${failure.offset !== undefined ? `, offset ${failure.offset}` : ''}`);
  console.error(`  ${failure.message.split('\n').slice(0, 8).join('\n  ')}`);
  console.error(`  reproduce: node scripts/fuzz.mjs --seed ${failure.seed} --iteration ${failure.iteration}`);
  console.error(`  input written to ${written.join(', ')}`);
  process.exit(1);
}

async function runCore(deadline) {
  const fuzzer = new CoreFuzzer({ seed, samples, slowFactor: args['slow-factor'] });
  let iteration = args.iteration >= 0 ? args.iteration : 0;
  const last = args.iteration >= 0 ? args.iteration : Infinity;
  try {
    for (; iteration <= last && performance.now() < deadline; iteration++) await fuzzer.iteration(iteration);
  } catch (err) {
    if (err instanceof FuzzFailureError) failCore(err.failure);
    throw err;
  }
  return { iterations: iteration - Math.max(0, args.iteration), fuzzer };
}

const total = args.seconds * 1000;
const coreShare = args.only === 'core' || args.iteration >= 0 ? 1 : args.only === 'lsp' ? 0 : args['core-share'];
let core, server;
if (coreShare > 0) core = await runCore(started + total * coreShare);
if (coreShare < 1) {
  server = await fuzzServer({ seed, samples, deadline: started + total, repo });
  if (server.failure) {
    const f = server.failure;
    const written = writeFailure(`lsp-seed${seed}-session${f.session}`, f, f.draftText);
    console.error(`\nFUZZ FAILURE (server): ${f.reason}`);
    console.error(`  seed ${seed}, session ${f.session}, step ${f.step} (${f.stepKind})`);
    console.error(`  ${String(f.message).split('\n').slice(0, 12).join('\n  ')}`);
    console.error(`  transcript written to ${written.join(', ')}`);
    process.exit(1);
  }
}

console.log(`fuzz: seed ${seed}, ${((performance.now() - started) / 1000).toFixed(1)} s, no failures`);
if (core) {
  console.log(`core: ${core.iterations} iterations; inputs by kind: ${[...core.fuzzer.inputKinds].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  printStats('core calls', core.fuzzer.stats);
}
if (server) {
  console.log(`\nserver: ${server.sessions} sessions, ${server.steps} steps, ${server.requests} requests answered`);
  printRoundTrips('server requests (round trip)', server.stats);
}
