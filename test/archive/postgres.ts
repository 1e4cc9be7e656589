import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';

// A PostgreSQL server of the tests' own: a fresh cluster in a temporary folder, reached over a Unix socket in
// that folder only, stopped and removed when the tests end. Nothing is mocked: these are Debian's own binaries
// (`apt-get install postgresql`). PostgreSQL refuses to run as root, so as root the cluster runs as `postgres`.

export interface TestPostgres {
  /** The address of a database on the test server (over TCP on localhost when it speaks TLS). */
  url(database: string): string;
  /** With `tls`: the server's self-signed certificate, the one a client verifying the server trusts. */
  certificate?: string;
  /** A new empty database; returns its address. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server at once, as a crash or an administrator would. */
  stop(): void;
  /** Starts it again on the same folder and socket. */
  start(): void;
  /** Stops it for good and removes its folder. */
  remove(): void;
}

function binDir(): string {
  const base = '/usr/lib/postgresql';
  const versions = fs.existsSync(base) ? fs.readdirSync(base).filter(v => fs.existsSync(path.join(base, v, 'bin', 'initdb'))) : [];
  if (!versions.length) throw new Error('the PostgreSQL server is not installed (apt-get install postgresql)');
  return path.join(base, versions.sort((a, b) => Number(b) - Number(a))[0], 'bin');
}

/** A PostgreSQL server of the tests' own; with `tls`, on localhost TCP with a self-signed certificate for "localhost". */
export function startTestPostgres(options: { tls?: boolean } = {}): TestPostgres {
  const bin = binDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sumber-pg-'));
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? 'postgres' : os.userInfo().username;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString()), gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    fs.chownSync(dir, uid, gid);
  }
  const run = (cmd: string, args: string[]) => {
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args]] : [path.join(bin, cmd), args];
    const r = spawnSync(file, argv, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.stdout}`);
  };
  const data = path.join(dir, 'data');
  const port = 20000 + Math.floor(Math.random() * 20000);
  run('initdb', ['-D', data, '--auth=trust', '--username', user, '--encoding=UTF8', '--locale=C.UTF-8']);
  let listen = `-c listen_addresses='' -k ${dir}`, certificate: string | undefined;
  if (options.tls) {
    certificate = path.join(dir, 'server.crt');
    const key = path.join(dir, 'server.key');
    execFileSync('openssl', ['req', '-new', '-x509', '-days', '2', '-nodes', '-subj', '/CN=localhost', '-keyout', key, '-out', certificate], { stdio: 'ignore' });
    fs.chmodSync(key, 0o600);
    if (asRoot) for (const f of [key, certificate]) execFileSync('chown', ['postgres', f]);
    listen = `-c listen_addresses=127.0.0.1 -k ${dir} -c ssl=on -c ssl_cert_file=${certificate} -c ssl_key_file=${key}`;
  }
  const start = () => run('pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), '-w', '-o', `${listen} -p ${port} -c fsync=off -c full_page_writes=off`, 'start']);
  start();
  const url = (database: string) => options.tls ? `postgres://${user}@localhost:${port}/${database}` : `postgres://${user}@/${database}?host=${encodeURIComponent(dir)}&port=${port}`;
  return {
    url,
    certificate,
    async createDatabase(name) {
      const admin = new Client({ connectionString: url('postgres') });
      await admin.connect();
      try { await admin.query(`CREATE DATABASE ${name}`); } finally { await admin.end(); }
      return url(name);
    },
    stop: () => run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']),
    start,
    remove() {
      try { run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']); } catch { /* already stopped */ }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
