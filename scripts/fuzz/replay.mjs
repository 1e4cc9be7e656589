#!/usr/bin/env node
// Replays a failed server session from its failure file: the same messages, file changes and answers to the
// server's requests, in the same order and (unless --fast) at the same times, against a fresh copy of the
// workspace. Prints what the server did: logged errors, stray output, requests left unanswered, whether it died.
//
//   node scripts/fuzz/replay.mjs fuzz-failures/lsp-seed5-session33.json [--fast]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { FuzzClient } from './lsp-client.mjs';
import { applyFs, resetWorkspace } from './lsp-ops.mjs';

const [file, flag] = process.argv.slice(2);
if (!file) { console.error('usage: replay.mjs FAILURE.json [--fast]'); process.exit(2); }
const record = JSON.parse(readFileSync(file, 'utf8'));
const repo = resolve('.');
const dir = mkdtempSync(join(tmpdir(), 'sumber-replay-'));
resetWorkspace(dir, repo);
const root = pathToFileURL(dir).toString();
const sleep = ms => new Promise(r => setTimeout(r, ms));

// Answers are given in the recorded order, per method.
const answers = record.transcript.filter(e => e.answer).map(e => e.answer);
const client = new FuzzClient(join(repo, 'dist/sumber.js'), dir, method => {
  const i = answers.findIndex(a => a.method === method);
  return i < 0 ? { result: null } : answers.splice(i, 1)[0].reply;
});
const sent = new Map();
client.dispatch = (original => msg => {
  if (msg.method === undefined && sent.has(JSON.stringify(msg.id))) {
    sent.delete(JSON.stringify(msg.id));
    return;
  }
  original(msg);
})(client.dispatch.bind(client));

const started = performance.now();
for (const e of record.transcript) {
  if (flag !== '--fast') while (performance.now() - started < e.t) await sleep(Math.min(20, e.t - (performance.now() - started)));
  if (e.fs) applyFs(dir, e.fs);
  if (e.body === undefined) continue;
  const body = e.body.split(record.root).join(root);
  try { const m = JSON.parse(body); if (m && m.id !== undefined && m.method !== undefined) sent.set(JSON.stringify(m.id), performance.now()); } catch { /* a broken frame */ }
  client.writeBody(body);
}
const until = performance.now() + 6000;
while (sent.size && client.alive && performance.now() < until) await sleep(50);
console.log(`server ${client.alive ? 'alive' : `exited (${JSON.stringify(client.exit)})`}`);
console.log(`unanswered requests: ${[...sent.keys()].join(', ') || 'none'}`);
console.log(`stray output: ${client.garbage.length ? client.garbage.join('\n') : 'none'}`);
console.log(`logged errors:\n  ${client.errors.join('\n  ') || 'none'}`);
if (client.stderr) console.log(`stderr:\n${client.stderr}`);
client.kill();
rmSync(dir, { recursive: true, force: true });
