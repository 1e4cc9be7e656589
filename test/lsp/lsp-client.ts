import { spawn, ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';

// A deliberately small LSP client for tests: Content-Length framing over the server's stdio, requests with
// ids, notifications collected by method, and server→client requests answered by a handler. Written apart from
// vscode-languageclient so the tests prove the server speaks plain LSP.

export const SERVER = path.resolve(__dirname, '../../../dist/sumber.js');

type Handler = (params: unknown) => unknown;

export class LspClient {
  /** Clients whose server is still running, with where each was made: a test that leaves one keeps mocha alive. */
  static readonly running = new Map<LspClient, string>();
  private proc: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private waiters: Array<{ method: string; test: (p: any) => boolean; resolve: (p: any) => void }> = [];
  readonly notifications: Array<{ method: string; params: any }> = [];
  /** The requests the server sent to the client, in order. */
  readonly requests: Array<{ method: string; params: any }> = [];
  readonly stderr: string[] = [];
  /** Bytes on stdout that were not a well-framed message (must stay empty). */
  readonly garbage: string[] = [];

  constructor(private readonly onRequest: Record<string, Handler> = {}, cwd?: string, env?: Record<string, string>) {
    this.proc = spawn(process.execPath, [SERVER, 'lsp', '--stdio'], { cwd, stdio: 'pipe', env: { ...process.env, ...env } });
    this.proc.stdout.on('data', (d: Buffer) => this.receive(d));
    this.proc.stderr.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    // A server gone before the test ends is a finding, not a broken pipe: writes after that are dropped and
    // a timeout says how it ended, with what it logged.
    this.proc.stdin.on('error', () => undefined);
    LspClient.running.set(this, new Error().stack?.split('\n').slice(2, 5).join('\n') ?? '');
    this.proc.on('exit', () => {
      LspClient.running.delete(this);
      // A request the server can no longer answer fails now instead of hanging the test.
      for (const p of this.pending.values()) p.reject(new Error(`the server ended before answering; ${this.lastWords}`));
      this.pending.clear();
    });
  }

  /** What the server said before it went: its stderr, its log messages and how it ended. */
  private get lastWords(): string {
    const log = this.notifications.filter(n => n.method === 'window/logMessage').slice(-5).map(n => n.params.message);
    const ended = this.alive ? '' : `; exited with ${this.proc.exitCode ?? this.proc.signalCode}`;
    return `stderr: ${this.stderr.join('')}; log: ${log.join(' | ')}${ended}`;
  }

  /** Stops the server whatever state it is in. */
  kill(): void {
    this.proc.kill('SIGKILL');
  }

  private receive(data: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, data]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString();
      const m = header.match(/Content-Length: (\d+)/i);
      if (!m) { this.garbage.push(header); this.buffer = this.buffer.subarray(headerEnd + 4); continue; }
      const len = Number(m[1]);
      if (this.buffer.length < headerEnd + 4 + len) return;
      const body = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + len).toString('utf8'));
      this.buffer = this.buffer.subarray(headerEnd + 4 + len);
      this.dispatch(body);
    }
  }

  private dispatch(msg: any): void {
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (msg.error) p?.reject(Object.assign(new Error(msg.error.message), { code: msg.error.code })); else p?.resolve(msg.result);
    } else if (msg.id !== undefined) {
      this.requests.push({ method: msg.method, params: msg.params });
      const h = this.onRequest[msg.method];
      const result = h ? h(msg.params) : null;
      this.send({ jsonrpc: '2.0', id: msg.id, result: result ?? null });
    } else {
      this.notifications.push({ method: msg.method, params: msg.params });
      this.waiters = this.waiters.filter(w => {
        if (w.method !== msg.method || !w.test(msg.params)) return true;
        w.resolve(msg.params);
        return false;
      });
    }
  }

  private send(msg: object): void {
    if (!this.proc.stdin.writable) return;
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  request<T = any>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      if (!this.alive) { reject(new Error(`the server has ended; ${this.lastWords}`)); return; }
      this.pending.set(id, { resolve: v => resolve(v as T), reject });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the first notification (already received or future) that passes the test. */
  waitFor<T = any>(method: string, test: (p: any) => boolean = () => true, timeoutMs = 15000, from = 0): Promise<T> {
    const seen = this.notifications.slice(from).find(n => n.method === method && test(n.params));
    if (seen) return Promise.resolve(seen.params);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${method}; ${this.lastWords}`)), timeoutMs);
      this.waiters.push({ method, test, resolve: p => { clearTimeout(timer); resolve(p); } });
    });
  }

  /** Resolves with the next notification that passes the test, ignoring those already received. */
  waitForNext<T = any>(method: string, test: (p: any) => boolean = () => true, timeoutMs = 15000): Promise<T> {
    return this.waitFor<T>(method, test, timeoutMs, this.notifications.length);
  }

  /** Whether the server process is still running. */
  get alive(): boolean {
    return this.proc.exitCode === null && this.proc.signalCode === null;
  }

  /** The server's exit code once it has ended (null when a signal ended it). */
  exitCode(): Promise<number | null> {
    if (!this.alive) return Promise.resolve(this.proc.exitCode);
    return new Promise(resolve => this.proc.on('exit', code => resolve(code)));
  }

  /** Closes the server's standard input, as a client that goes away does. */
  closeInput(): void {
    this.proc.stdin.end();
  }

  async shutdown(): Promise<void> {
    try {
      await this.request('shutdown', null);
      this.notify('exit', null);
    } finally {
      setTimeout(() => this.proc.kill(), 500).unref();
    }
  }
}
