// The fuzzer's LSP client: Content-Length framing over the server's stdio, nothing more. Unlike a polite
// client it reads the server's output strictly (every byte must belong to a well-framed JSON-RPC message), it
// remembers when each request was sent so a late answer is caught, and it keeps a transcript of what it sent
// so a failing session can be replayed by hand.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const HEADER = /^(Content-Length: \d+|Content-Type: [^\r\n]+)$/i;

export class FuzzClient {
  constructor(serverScript, cwd, answer) {
    this.proc = spawn(process.execPath, [serverScript, 'lsp', '--stdio'], { cwd, stdio: 'pipe' });
    this.answer = answer;
    this.buffer = Buffer.alloc(0);
    this.nextId = 1;
    this.pending = new Map();
    this.transcript = [];
    this.stderr = '';
    this.garbage = [];
    this.rawIds = new Set();
    this.errors = [];
    /** Internal errors in answer to well-formed requests (filled by the session). */
    this.internal = [];
    this.diagnostics = new Map();
    this.exitExpected = false;
    this.exit = undefined;
    this.started = performance.now();
    this.proc.stdout.on('data', d => this.receive(d));
    this.proc.stderr.on('data', d => { this.stderr = (this.stderr + d.toString()).slice(-20000); });
    this.proc.on('exit', (code, signal) => { this.exit = { code, signal, at: performance.now() }; });
    // A write after the server died must surface as the death, not as an unhandled EPIPE.
    this.proc.stdin.on('error', () => undefined);
  }

  get alive() { return this.exit === undefined; }

  receive(data) {
    this.buffer = Buffer.concat([this.buffer, data]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) {
        if (this.buffer.length > 4096) { this.garbage.push(this.buffer.subarray(0, 200).toString()); this.buffer = Buffer.alloc(0); }
        return;
      }
      const lines = this.buffer.subarray(0, headerEnd).toString('ascii').split('\r\n');
      const length = lines.map(l => /^Content-Length: (\d+)$/i.exec(l)).find(Boolean);
      if (!length || lines.some(l => !HEADER.test(l))) {
        this.garbage.push(this.buffer.subarray(0, headerEnd + 4).toString());
        this.buffer = this.buffer.subarray(headerEnd + 4);
        continue;
      }
      const len = Number(length[1]);
      if (this.buffer.length < headerEnd + 4 + len) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + len).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + len);
      let msg;
      try { msg = JSON.parse(body); } catch { this.garbage.push(`unparsable body: ${body.slice(0, 200)}`); continue; }
      if (!msg || typeof msg !== 'object' || msg.jsonrpc !== '2.0') { this.garbage.push(`not JSON-RPC 2.0: ${body.slice(0, 200)}`); continue; }
      this.dispatch(msg);
    }
  }

  dispatch(msg) {
    if (msg.method === undefined) {
      const p = this.pending.get(msg.id);
      // A broken frame may still carry an id the server answers (with an error): that answer is protocol too.
      if (!p && this.rawIds.has(JSON.stringify(msg.id))) return;
      if (!p) { this.garbage.push(`response to no request: ${JSON.stringify(msg).slice(0, 200)}`); return; }
      this.pending.delete(msg.id);
      p.resolve({ result: msg.result, error: msg.error, ms: performance.now() - p.sent });
    } else if (msg.id !== undefined) {
      const reply = this.answer(msg.method, msg.params);
      this.write(reply && reply.error ? { jsonrpc: '2.0', id: msg.id, error: reply.error } : { jsonrpc: '2.0', id: msg.id, result: reply?.result ?? null });
    } else if (msg.method === 'window/logMessage' && msg.params?.type === 1) {
      // Errors the server logged: a handler that failed and was caught by the server's guard.
      this.errors.push(String(msg.params.message));
    } else if (msg.method === 'textDocument/publishDiagnostics' && msg.params) {
      this.diagnostics.set(msg.params.uri, msg.params.diagnostics);
    }
  }

  elapsed() { return Math.round(performance.now() - this.started); }

  /** Keeps an answer to the server's own request in the transcript, so a replay can give the same one. */
  recordAnswer(method, reply) {
    this.transcript.push({ t: this.elapsed(), answer: { method, reply } });
    return reply;
  }

  write(msg) {
    this.writeBody(JSON.stringify(msg));
  }

  /** A frame with any body, JSON or not: a client bug the server must survive. */
  writeBody(text, rawId) {
    if (rawId !== undefined) this.rawIds.add(JSON.stringify(rawId));
    this.transcript.push({ t: this.elapsed(), body: text });
    if (!this.alive) return;
    const body = Buffer.from(text, 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  /** Sends a request; resolves with `{ result, error, ms }` whenever the answer comes (never rejects). */
  request(method, params) {
    const id = this.nextId++;
    const promise = new Promise(resolve => this.pending.set(id, { method, sent: performance.now(), resolve }));
    this.write(params === undefined ? { jsonrpc: '2.0', id, method } : { jsonrpc: '2.0', id, method, params });
    return { id, promise };
  }

  notify(method, params) {
    this.write(params === undefined ? { jsonrpc: '2.0', method } : { jsonrpc: '2.0', method, params });
  }

  /** The request waiting longest, if it has waited more than `boundMs`. */
  overdue(boundMs) {
    const now = performance.now();
    for (const [id, p] of this.pending) if (now - p.sent > boundMs) return { id, method: p.method, ms: now - p.sent };
    return undefined;
  }

  kill() {
    if (this.alive) this.proc.kill();
  }
}
