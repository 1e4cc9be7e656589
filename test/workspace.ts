import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

// A throwaway workspace like a writer's: the seed corpus in seeds/ and a draft beside it.

export const REPO = path.resolve(__dirname, '../..');
export const SEEDS = path.join(REPO, 'seeds');

export interface Workspace { dir: string; draft: string; draftUri: string; rootUri: string }

export function makeWorkspace(draftText: string, draftName = 'draft.md'): Workspace {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sumber-ws-'));
  fs.mkdirSync(path.join(dir, 'seeds'));
  for (const f of fs.readdirSync(SEEDS)) fs.copyFileSync(path.join(SEEDS, f), path.join(dir, 'seeds', f));
  const draft = path.join(dir, draftName);
  fs.writeFileSync(draft, draftText);
  return { dir, draft, draftUri: pathToFileURL(draft).toString(), rootUri: pathToFileURL(dir).toString() };
}

export function removeWorkspace(ws: Workspace): void {
  fs.rmSync(ws.dir, { recursive: true, force: true });
}
