// The language server under a fuzzing client: sessions of random steps (lsp-ops.mjs) against the bundled server
// in a scratch workspace holding a copy of seeds/. A session fails when the server dies before it is told to
// exit, when a request goes unanswered for BOUND_MS, when its stdout carries anything but protocol, or when it
// reports an internal failure that no junk the session sent explains.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { FuzzClient } from './lsp-client.mjs';
import { junk, settings } from './lsp-junk.mjs';
import { applyFs, resetWorkspace, STEPS } from './lsp-ops.mjs';

const require = createRequire(import.meta.url);
const { Rng } = require('../../out/server/src/tools/fuzz-random.js');
const { makeDraft, mutate } = require('../../out/server/src/tools/fuzz-inputs.js');

/** Longest a request may wait for its answer. */
export const BOUND_MS = 5000;
const sleep = ms => new Promise(r => setTimeout(r, ms));
/** A wait that does not keep the process alive once everything else is done. */
const bound = ms => new Promise(r => setTimeout(r, ms).unref());

const INTERNAL_ERROR = -32603;
/** The method behind each handler label the server's guard logs ("sumber: onHover failed: …"). */
const HANDLER_METHODS = {
  onHover: 'textDocument/hover', onDefinition: 'textDocument/definition', onReferences: 'textDocument/references',
  onCodeAction: 'textDocument/codeAction', onDidOpenTextDocument: 'textDocument/didOpen', onDidChangeTextDocument: 'textDocument/didChange',
  onDidCloseTextDocument: 'textDocument/didClose', onDidSaveTextDocument: 'textDocument/didSave',
  onDidChangeWatchedFiles: 'workspace/didChangeWatchedFiles', onDidChangeConfiguration: 'workspace/didChangeConfiguration',
  'workspace folders changed': 'workspace/didChangeWorkspaceFolders', 'onRequest sumber/reindex': 'sumber/reindex',
};

/**
 * Failures the server logged that no junk explains. A handler that throws on parameters of the wrong type is
 * answered with an error and logged, which is fair; one that throws on well-formed parameters, or work of the
 * server's own (checking, indexing, the last-resort handler) that fails, is a bug.
 */
function unexplained(client, junkSent) {
  return client.errors.filter(e => {
    const m = /^sumber: (.+?) failed: /.exec(e);
    if (!m) return /unexpected failure/.test(e);
    const method = HANDLER_METHODS[m[1]];
    return !method || !junkSent.has(method);
  });
}

/** Why the session has failed so far, or undefined. */
function problemOf(client, junkSent = new Set()) {
  const internal = [...client.internal, ...unexplained(client, junkSent)];
  if (internal.length) return { reason: 'internal error', message: internal.join('\n') };
  if (!client.alive && !client.exitExpected) return { reason: 'server died', message: `exit code ${client.exit.code}, signal ${client.exit.signal}\n${client.stderr.slice(-4000)}` };
  const late = client.overdue(BOUND_MS);
  if (late) return { reason: 'request unanswered', message: `request ${late.id} (${late.method}) unanswered after ${late.ms.toFixed(0)} ms` };
  return undefined;
}

/** Waits until every request is answered, or a problem shows. */
async function settle(client, junkSent) {
  while (client.pending.size && !problemOf(client, junkSent)) await sleep(20);
  return problemOf(client, junkSent);
}

async function session(index, { seed, samples, repo, dir, deadline, stats }) {
  const rng = Rng.forIteration(seed ^ 0x5e55, index);
  // Answers to the server's own requests come at times the scheduler picks: a generator of their own keeps the
  // session's steps the same for a seed whatever the timing.
  const answers = Rng.forIteration(seed ^ 0xa115, index);
  const root = pathToFileURL(dir).toString();
  const st = { rng, dir, root, samples, makeDraft, mutate, docs: new Map(), opened: 0, config: rng.chance(0.5) ? {} : settings(rng), client: undefined };
  const client = new FuzzClient(join(repo, 'dist/sumber.js'), dir, (method, params) => {
    if (method !== 'workspace/configuration') return { result: null };
    return client.recordAnswer(method, answers.weighted([[17, () => ({ result: (Array.isArray(params?.items) ? params.items : [null]).map(() => st.config) })],
      [1, () => ({ error: { code: -32603, message: 'no configuration' } })], [1, () => ({ result: null })], [1, () => ({ result: junk(answers) })]])());
  });
  st.client = client;
  st.fs = op => { client.transcript.push({ t: client.elapsed(), fs: op }); applyFs(dir, op); };
  st.junk = new Set();
  st.notify = (method, params, valid) => {
    if (!valid) st.junk.add(method);
    client.notify(method, params);
  };
  st.request = async (method, params, wait, valid = false) => {
    if (!valid) st.junk.add(method);
    const { id, promise } = client.request(method, params);
    const counted = promise.then(r => {
      if (valid && r.error?.code === INTERNAL_ERROR) client.internal.push(`request ${id} (${method}) with valid parameters failed: ${r.error.message}`);
      const s = stats.get(method) ?? { calls: 0, totalMs: 0, worstMs: 0 };
      s.calls++; s.totalMs += r.ms; s.worstMs = Math.max(s.worstMs, r.ms);
      stats.set(method, s);
    });
    if (wait) await Promise.race([counted, bound(BOUND_MS + 500)]);
  };
  let step = 0, stepKind = 'start';
  const fail = problem => ({ ...problem, root, session: index, step, stepKind, stderr: client.stderr.slice(-8000), transcript: client.transcript });
  try {
    if (rng.chance(0.15)) {
      stepKind = 'before initialize';
      st.request('textDocument/hover', { textDocument: { uri: `${root}/drafts/x.md` }, position: { line: 0, character: 0 } }, false, true);
      client.notify('textDocument/didOpen', { textDocument: { uri: `${root}/drafts/x.md`, languageId: 'markdown', version: 1, text: 'Putin.' } });
      client.notify('workspace/didChangeConfiguration', { settings: junk(rng) });
    }
    stepKind = 'initialize';
    const capabilities = rng.chance(0.9)
      ? { workspace: { configuration: rng.chance(0.7), workspaceFolders: rng.chance(0.5), didChangeWatchedFiles: { dynamicRegistration: rng.chance(0.5) } } }
      : junk(rng);
    const folders = rng.pick([[{ uri: root, name: 'ws' }], undefined, null, [{ uri: root, name: 'ws' }, { uri: `${root}/drafts`, name: 'd' }], [{ uri: 'file:///nonexistent', name: 'n' }]]);
    await st.request('initialize', { processId: rng.pick([process.pid, null, 'x']), rootUri: rng.chance(0.9) ? root : null, workspaceFolders: folders, capabilities }, true);
    client.notify('initialized', {});
    const steps = rng.int(10, 120);
    for (step = 0; step < steps && performance.now() < deadline; step++) {
      const [, kind, run] = rng.weighted(STEPS.map(s => [s[0], s]));
      stepKind = kind;
      await run(st);
      if (rng.chance(0.3)) await sleep(rng.int(0, 30));
      const problem = problemOf(client, st.junk);
      if (problem) return { steps: step + 1, failure: fail(problem) };
    }
    stepKind = 'settle';
    let problem = await settle(client, st.junk);
    if (problem) return { steps: step, failure: fail(problem) };
    stepKind = 'shutdown';
    await st.request('shutdown', null, true);
    problem = await settle(client, st.junk);
    if (problem) return { steps: step, failure: fail(problem) };
    client.exitExpected = true;
    client.notify('exit');
    const until = performance.now() + BOUND_MS;
    while (client.alive && performance.now() < until) await sleep(20);
    if (client.alive) return { steps: step, failure: fail({ reason: 'no exit', message: `still running ${BOUND_MS} ms after exit` }) };
    return { steps: step };
  } finally {
    client.kill();
  }
}

/** The text of the last draft the session opened, the likeliest culprit, for its own failure file. */
function lastOpened(transcript) {
  for (let i = transcript.length - 1; i >= 0; i--) {
    try {
      const msg = JSON.parse(transcript[i].body);
      if (msg?.method === 'textDocument/didOpen' && typeof msg.params?.textDocument?.text === 'string') return msg.params.textDocument.text;
    } catch { /* a file change or an answer, or a deliberately broken frame */ }
  }
  return undefined;
}

/** Runs sessions until the deadline; returns counts, per-method round trips, and the first failure if any. */
export async function fuzzServer({ seed, samples, deadline, repo }) {
  const dir = mkdtempSync(join(tmpdir(), 'sumber-fuzz-'));
  const stats = new Map();
  let sessions = 0, steps = 0;
  try {
    for (let i = 0; performance.now() < deadline; i++) {
      resetWorkspace(dir, repo);
      const r = await session(i, { seed, samples, repo, dir, deadline, stats });
      sessions++;
      steps += r.steps;
      if (r.failure) {
        return { sessions, steps, stats, failure: { ...r.failure, draftText: lastOpened(r.failure.transcript) } };
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const requests = [...stats.values()].reduce((n, s) => n + s.calls, 0);
  return { sessions, steps, requests, stats };
}
