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
