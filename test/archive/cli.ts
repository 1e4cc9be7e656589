import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { REPO } from '../workspace';

// The bundled CLI run as a user runs it, for the archive tests: its exit code and what it printed.

const CLI = path.join(REPO, 'dist/sumber.js');

export function runSumber(args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise(resolve => {
    const p = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, ...env } });
    let stdout = '', stderr = '';
    p.stdout.on('data', d => (stdout += d));
    p.stderr.on('data', d => (stderr += d));
    p.on('close', code => resolve({ code, stdout, stderr }));
  });
}

/** An archive holding the folder's seeds: migrated, then `sumber ingest seeds`, each required to exit 0. */
export async function archiveOfSeeds(url: string, cwd: string): Promise<void> {
  const env = { SUMBER_DB: '' };
  const migrated = await runSumber(['db', 'migrate', '--db', url], cwd, env);
  if (migrated.code !== 0) throw new Error(`db migrate exited ${migrated.code}: ${migrated.stderr}`);
  const ingested = await runSumber(['ingest', '--db', url, 'seeds'], cwd, env);
  if (ingested.code !== 0) throw new Error(`ingest exited ${ingested.code}: ${ingested.stderr}`);
}
