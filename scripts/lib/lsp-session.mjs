// What the benchmark and the archive load script share: their children (killed when the script leaves), a small
// LSP client over a server's stdio, and the ~1,000-word draft they edit and hover, with its deterministic randomness.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SUMBER = path.join(ROOT, 'dist', 'sumber.js');

// --- children: every process we start is killed when we leave, however we leave ----------------------------

const children = new Set();
// On POSIX each child leads its own process group, so killing the group also reaches the node process that
// /usr/bin/time started (killing `time` alone would orphan it).
const DETACH = process.platform !== 'win32';

export function start(cmd, args, options = {}) {
  const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'], detached: DETACH, ...options });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

export function kill(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try { if (DETACH) process.kill(-child.pid, 'SIGKILL'); else child.kill('SIGKILL'); } catch { /* already gone */ }
}

/** Kills every child still running (an exit handler's job). */
export function killAll() {
  for (const c of children) kill(c);
}

/** Rejects after `ms` with a message that says what was being waited for. */
export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out after ${(ms / 1000).toFixed(0)} s waiting for ${what}`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

// --- a small LSP client: Content-Length framing over the server's stdio ---------------------------------------

/**
 * A language server over stdio. SUMBER_SERVER_FLAGS: Node flags for every server a script starts, to look inside
 * one without changing the script (`--cpu-prof --cpu-prof-dir=DIR`, `--require FILE`).
 */
export class Lsp {
  constructor(cwd, config) {
    this.proc = start(process.execPath, [...(process.env.SUMBER_SERVER_FLAGS ?? '').split(' ').filter(Boolean), SUMBER, 'lsp', '--stdio'], { cwd });
    this.config = config;
    this.buffer = Buffer.alloc(0);
    this.nextId = 1;
    this.pending = new Map();
    this.waiters = [];
    this.seen = [];
    this.serverCheckMs = [];
    this.stderr = '';
    this.exited = new Promise(resolve => this.proc.on('exit', (code, signal) => resolve({ code, signal })));
    this.exited.then(({ code, signal }) => {
      const err = new Error(`the language server exited (${signal ?? code}); stderr: ${this.stderr.trim().slice(-2000)}`);
      for (const p of this.pending.values()) p.reject(err);
      for (const w of this.waiters) w.reject(err);
    });
    this.proc.stdout.on('data', d => this.receive(d));
    this.proc.stderr.on('data', d => { this.stderr += d; });
  }

  receive(data) {
    this.buffer = Buffer.concat([this.buffer, data]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const m = this.buffer.subarray(0, headerEnd).toString().match(/Content-Length: *(\d+)/i);
      if (!m) throw new Error(`the language server wrote something that is not LSP: ${this.buffer.subarray(0, headerEnd)}`);
      const end = headerEnd + 4 + Number(m[1]);
      if (this.buffer.length < end) return;
      const msg = JSON.parse(this.buffer.subarray(headerEnd + 4, end).toString('utf8'));
      this.buffer = this.buffer.subarray(end);
      this.dispatch(msg);
    }
  }

  dispatch(msg) {
    const at = performance.now();
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (msg.error) p?.reject(new Error(`${p.method} failed: ${msg.error.message}`)); else p?.resolve(msg.result);
    } else if (msg.id !== undefined) {
      // Server → client requests: settings for every scope, and null for the rest (progress tokens, watcher
      // registrations), which is all a real editor's answer means to the server.
      const result = msg.method === 'workspace/configuration' ? msg.params.items.map(() => this.config) : null;
      this.send({ jsonrpc: '2.0', id: msg.id, result });
    } else {
      if (msg.method === 'window/logMessage') {
        // SUMBER_SERVER_LOG=1: the server's log lines on stderr, timed from the session's start.
        if (process.env.SUMBER_SERVER_LOG) process.stderr.write(`[${(at / 1000).toFixed(2)} s] ${msg.params?.message}\n`);
        const m = /checked .* in (\d+) ms/.exec(msg.params?.message ?? '');
        if (m) this.serverCheckMs.push(Number(m[1]));
      }
      if (msg.method === '$/progress') return;
      const note = { method: msg.method, params: msg.params, at };
      this.seen.push(note);
      this.waiters = this.waiters.filter(w => {
        if (w.method !== msg.method || !w.test(msg.params)) return true;
        w.resolve(note);
        return false;
      });
    }
  }

  send(msg) {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
  }

  request(method, params, timeoutMs = 30_000) {
    const id = this.nextId++;
    const answer = new Promise((resolve, reject) => this.pending.set(id, { method, resolve, reject }));
    this.send({ jsonrpc: '2.0', id, method, params });
    return withTimeout(answer, timeoutMs, `the answer to ${method}`).finally(() => this.pending.delete(id));
  }

  notify(method, params) {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** The first notification, already received or still to come, that passes the test; resolves with its arrival time. */
  /** The first notification (from the `from`-th one seen on) that passes the test, waiting for it if need be. */
  waitFor(method, test, timeoutMs, what = method, from = 0) {
    const had = this.seen.slice(from).find(n => n.method === method && test(n.params));
    if (had) return Promise.resolve(had);
    let waiter;
    const p = new Promise((resolve, reject) => { waiter = { method, test, resolve, reject }; this.waiters.push(waiter); });
    return withTimeout(p, timeoutMs, what).finally(() => { this.waiters = this.waiters.filter(w => w !== waiter); });
  }

  /** Peak RSS of the server process so far, where /proc says it (Linux). */
  peakRssMb() {
    try {
      const m = readFileSync(`/proc/${this.proc.pid}/status`, 'utf8').match(/^VmHWM:\s+(\d+) kB/m);
      return m ? Number(m[1]) / 1024 : undefined;
    } catch { return undefined; }
  }

  async stop() {
    try {
      await this.request('shutdown', null, 5_000);
      this.notify('exit', null);
      await withTimeout(this.exited, 5_000, 'the language server to exit');
    } catch { /* it is killed below either way */ } finally { kill(this.proc); }
  }
}

// --- the draft ---------------------------------------------------------------------------------------------

/** mulberry32: a fixed seed, so every run edits and hovers at the same places. */
export function random(seed) {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const words = text => text.split(/\s+/).filter(Boolean).length;

/**
 * About 1,000 words of the seed articles' paragraphs (the corpus holds the same articles), taken from each article
 * in turn, with some numbers changed so the draft has something to find, as a reporter's rewrite would.
 */
export function makeDraft() {
  const rnd = random(7);
  const articles = readdirSync(path.join(ROOT, 'seeds')).filter(f => /\.(?:txt|md)$/.test(f)).sort()
    .map(f => readFileSync(path.join(ROOT, 'seeds', f), 'utf8').split('\n').map(l => l.trim()).filter(l => words(l) >= 12));
  const paragraphs = [];
  let total = 0;
  for (let i = 0; total < 980 && articles.some(a => i < a.length); i++) {
    for (const a of articles) {
      const p = a[i];
      if (!p || total + words(p) > 1050) continue;
      paragraphs.push(p.replace(/\d+/g, n => (rnd() < 0.3 ? String(Number(n) + 1 + Math.floor(rnd() * 9)) : n)));
      total += words(p);
      if (total >= 980) break;
    }
  }
  return paragraphs.join('\n\n') + '\n';
}

export function positionAt(text, offset) {
  let line = 0, lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) { line++; lineStart = i + 1; }
  return { line, character: offset - lineStart };
}

/** Offsets inside capitalised words and inside quotations: where a writer asks who someone is or where a quote is from. */
export function lookupOffsets(text, n, rnd) {
  const names = [...text.matchAll(/(?<!\p{L})\p{Lu}\p{Ll}+/gu)].map(m => m.index + 1);
  const quotes = [...text.matchAll(/[“"]([^”"\n]{3,})[”"]/g)].map(m => m.index + 1 + Math.floor(m[1].length / 2));
  const out = [];
  for (let i = 0; i < n; i++) {
    const kind = quotes.length && i % 2 ? 'quote' : 'name';
    const from = kind === 'quote' ? quotes : names;
    out.push({ kind, offset: from[Math.floor(rnd() * from.length)] });
  }
  return out;
}


/** One letter typed inside a random word of four letters or more, as a typo fixed mid-word would: the new text and its LSP change. */
export function typo(text, rnd) {
  const candidates = [...text.matchAll(/\p{L}{4,}/gu)];
  const m = candidates[Math.floor(rnd() * candidates.length)];
  const offset = m.index + 1 + Math.floor(rnd() * (m[0].length - 2));
  const at = positionAt(text, offset);
  return { text: text.slice(0, offset) + 'e' + text.slice(offset), change: { range: { start: at, end: at }, text: 'e' } };
}
