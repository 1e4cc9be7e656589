import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SERVER } from '../lsp/lsp-client';
import { FORMAT_FIXTURES, makeWorkspace, removeWorkspace } from '../workspace';

// `sumber check` on a draft in a workspace whose seeds/ are the format fixtures (web page, Word file, PDF), plus
// the files of `extraSources` when given: the JSON diagnostics, the text output and stderr.

export function checkAgainstFormats(draft: string, extraSources?: string): { diagnostics: any[]; text: string; stderr: string } {
  const ws = makeWorkspace(draft, 'draft.md', FORMAT_FIXTURES);
  try {
    if (extraSources) for (const f of fs.readdirSync(extraSources)) fs.copyFileSync(path.join(extraSources, f), path.join(ws.dir, 'seeds', f));
    const r = spawnSync(process.execPath, [SERVER, 'check', '--no-cache', '--format', 'json', 'draft.md'], { cwd: ws.dir, encoding: 'utf8' });
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    const text = spawnSync(process.execPath, [SERVER, 'check', '--no-cache', 'draft.md'], { cwd: ws.dir, encoding: 'utf8' }).stdout;
    return { diagnostics: JSON.parse(r.stdout).files[0].diagnostics as any[], text, stderr: r.stderr };
  } finally {
    removeWorkspace(ws);
  }
}
